/**
 * `npm run story:draft -- ARTICLE.txt --published YYYY-MM-DD [--outlet NAME] [--url URL] [--out FILE]`
 * drafts a story from an article (src/draft) and writes it as JSON (to FILE, or standard output),
 * then lists its open items. Check the draft with `npm run story:check -- FILE`.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { draftStory, DraftInputError, MAX_ARTICLE_CHARS, type Gazetteer } from '../src/draft/index.ts';
import { idsApart, takenIds } from '../src/story/idsApart.ts';
import type { RawPlacesFile, RawStory } from '../src/story/types.ts';
import { readStoryFiles, storyFolders } from './storyFiles.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'usage: npm run story:draft -- ARTICLE.txt --published YYYY-MM-DD [--outlet NAME] [--url URL] [--out FILE]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`story:draft: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`story:draft: give exactly one article file\n${USAGE}`);
    return 2;
  }
  if (values.published === undefined) {
    console.error(
      `story:draft: no publication date: give --published YYYY-MM-DD (the day the article appeared; "on Sunday" is resolved against it)\n${USAGE}`,
    );
    return 2;
  }
  if (values.url !== undefined && !/^https?:\/\//.test(values.url)) {
    console.error(`story:draft: --url (${values.url}) must start with http:// or https://`);
    return 2;
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const file = resolve(cwd, positionals[0] ?? '');
  let input: string;
  try {
    const size = statSync(file).size;
    // Read no more than an article can be (UTF-8 takes at most 4 bytes a character).
    if (size > MAX_ARTICLE_CHARS * 4) {
      console.error(
        `story:draft: ${positionals[0]}: ${(size / 1e6).toFixed(1)} MB is more than an article; give one article at a time`,
      );
      return 1;
    }
    input = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(
      `story:draft: ${positionals[0]}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const tables = {
    places: JSON.parse(readFileSync(resolve(root, 'geo/places.json'), 'utf8')) as RawPlacesFile,
    gazetteer: JSON.parse(readFileSync(resolve(root, 'geo/gazetteer.json'), 'utf8')) as Gazetteer,
  };
  try {
    const { story, open, notes } = draftStory(
      input,
      {
        published: values.published,
        ...(values.outlet ? { outlet: values.outlet } : {}),
        ...(values.url ? { url: values.url } : {}),
      },
      tables,
    );
    // The site's stories' ids are taken: a draft of the same days would clash with them otherwise.
    const site = readStoryFiles(root, storyFolders()).files.map((f) => f.raw as RawStory);
    const json = `${JSON.stringify(idsApart(story, takenIds(site)), null, 2)}\n`;
    if (values.out) writeFileSync(resolve(cwd, values.out), json);
    else process.stdout.write(json);
    const log = values.out ? console.log : console.error;
    log(
      `story:draft: ${story.quotes.length} quotes, ${story.claims.length} claims, ${story.events.length} events, ` +
        `${story.parties.length} parties, ${story.places?.length ?? 0} places added from the gazetteer; ${open.length} open item(s)` +
        (values.out ? ` -> ${values.out}` : ''),
    );
    for (const o of open) log(`  open: ${o.collection} "${o.id}": ${o.field}: ${o.reason}`);
    for (const n of notes) log(`  note: ${n}`);
    return 0;
  } catch (error) {
    if (error instanceof DraftInputError) {
      console.error(`story:draft: ${positionals[0]}: ${error.message.replace(/^the article: /, '')}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
