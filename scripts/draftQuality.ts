/**
 * `npm run draft:quality -- DIR [--verbose]` drafts every ARTICLE.txt in DIR with the real engine
 * (src/draft) and scores it against ARTICLE.truth.json, written by hand (scripts/quality/readTruth.ts):
 * precision and recall of quotes, their speakers and days, and places. The articles stay out of the
 * repository (they are someone else's copyright); this scores whatever set is at hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { draftStory, DraftInputError, type Gazetteer } from '../src/draft/index.ts';
import type { RawPlacesFile } from '../src/story/types.ts';
import { readTruth, TruthFileError } from './quality/readTruth.ts';
import { scoreArticle } from './quality/scoreArticle.ts';
import { addTally, precision, recall, tally, type Tally } from './quality/tally.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'usage: npm run draft:quality -- DIR [--verbose]   (DIR holds ARTICLE.txt and ARTICLE.truth.json pairs)';
const KINDS = ['quotes', 'speakers', 'days', 'places'] as const;

const row = (label: string, t: Tally): string =>
  `${label.padEnd(9)} precision ${precision(t).toFixed(3)} (${t.right}/${t.drafted})  recall ${recall(t).toFixed(3)} (${t.right}/${t.truth})`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { verbose: { type: 'boolean' } } });
  } catch (error) {
    console.error(`draft:quality: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`draft:quality: give exactly one folder\n${USAGE}`);
    return 2;
  }
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), parsed.positionals[0] ?? '');
  let articles: string[];
  try {
    articles = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch (error) {
    console.error(`draft:quality: ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (articles.length === 0) {
    console.error(`draft:quality: ${dir}: no ARTICLE.txt in it\n${USAGE}`);
    return 1;
  }
  const tables = {
    places: JSON.parse(readFileSync(resolve(root, 'geo/places.json'), 'utf8')) as RawPlacesFile,
    gazetteer: JSON.parse(readFileSync(resolve(root, 'geo/gazetteer.json'), 'utf8')) as Gazetteer,
  };
  const totals = { quotes: tally(), speakers: tally(), days: tally(), places: tally() };
  let words = 0;
  const outlets = new Set<string>();
  for (const name of articles) {
    const truthFile = name.replace(/\.txt$/, '.truth.json');
    const text = readFileSync(resolve(dir, name), 'utf8');
    let truth;
    try {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(resolve(dir, truthFile), 'utf8'));
      } catch (error) {
        throw new TruthFileError(`${truthFile}: ${error instanceof Error ? error.message : String(error)}`);
      }
      truth = readTruth(json, truthFile, text);
    } catch (error) {
      if (error instanceof TruthFileError) {
        console.error(`draft:quality: ${error.message}`);
        return 1;
      }
      throw error;
    }
    let story;
    try {
      story = draftStory(text, { published: truth.published, outlet: truth.outlet }, tables).story;
    } catch (error) {
      if (error instanceof DraftInputError) {
        console.error(`draft:quality: ${name}: ${error.message}`);
        return 1;
      }
      throw error;
    }
    const s = scoreArticle(story, truth, tables);
    for (const k of KINDS) addTally(totals[k], s[k]);
    words += text.split(/\s+/).filter(Boolean).length;
    outlets.add(truth.outlet);
    const line = KINDS.map((k) => `${k} ${s[k].right}/${s[k].drafted}/${s[k].truth}`).join('  ');
    console.log(`${basename(name, '.txt').padEnd(28)} ${line}`);
    if (parsed.values.verbose) for (const d of s.differences) console.log(`    ${d}`);
  }
  console.log(
    `\n${articles.length} articles, ${words} words, ${outlets.size} outlets (right/drafted/truth above)`,
  );
  for (const k of KINDS) console.log(row(k, totals[k]));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
