/**
 * `npm run story:check [-- FILE]`: validates the site's stories (every file in geo/stories/, and the
 * folder CLAIMLINE_EXTRA_STORIES names, if set) against geo/places.json and against each other (no
 * id used by two stories), prints every error (one per line, naming file, item, field and why) and
 * exits 1; on success prints one line per story. Runs before `npm run build`, so a bad story never
 * reaches a reader.
 *
 * With FILE, checks that one file, which may be a draft (a story with a `draft` block, as `npm run
 * story:draft` writes it): its open items are listed, not fatal, and it passes when nothing else is
 * wrong. Its ids are checked against the site's stories: for a draft a clash is one more open item,
 * for a reviewed story a mistake, so it can be dropped into geo/stories/ once it passes. A story in geo/stories/ must never be a draft: the build refuses one.
 */
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossStoryErrors } from '../src/story/crossStoryChecks.ts';
import { loadStory } from '../src/story/loadStory.ts';
import type { RawPlacesFile, RawStory } from '../src/story/types.ts';
import { checkDraft } from '../src/story/validateStory.ts';
import {
  checkStories,
  PLACES_FILE,
  placeRefs,
  readJson,
  readStoryFiles,
  storyFolders,
} from './storyFiles.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function summary(file: string, raw: RawStory): string {
  const places = readJson(root, PLACES_FILE);
  const loaded = loadStory((places as { value: RawPlacesFile }).value, raw);
  return (
    `${file}: ${loaded.parties.length} parties, ${loaded.sources.length} sources, ` +
    `${loaded.claims.length} claims, ${loaded.holdings.length} holdings, ${loaded.events.length} events, ` +
    `${loaded.quotes.length} quotes; ${loaded.places.length} places`
  );
}

function checkSite(): number {
  const { stories, errors } = checkStories(root);
  if (errors.length > 0) {
    for (const line of errors) console.error(line);
    console.error(`story:check: ${errors.length} error(s); fix them before building.`);
    return 1;
  }
  for (const { file, story } of stories) console.log(`story:check OK: ${summary(file, story)}`);
  console.log(`story:check: ${stories.length} stories; a plain link opens ${stories[0]?.file}.`);
  return 0;
}

function checkOne(arg: string): number {
  // Names in messages are relative to the project, as the journalist typed them or as shipped.
  const file = relative(root, resolve(process.env.INIT_CWD ?? process.cwd(), arg));
  const story = readJson(root, file);
  const places = readJson(root, PLACES_FILE);
  const refs = 'value' in places ? placeRefs(places.value) : places.error;
  const draft =
    'value' in story && typeof story.value === 'object' && story.value !== null && 'draft' in story.value;
  const check =
    'value' in story && typeof refs !== 'string'
      ? checkDraft(story.value, refs, { file })
      : { errors: [], open: [] };
  const site = readStoryFiles(root, storyFolders()).files.filter((s) => s.file !== file);
  const clashes =
    'value' in story
      ? crossStoryErrors([...site, { id: basename(file, '.json'), file, raw: story.value }]).filter((line) =>
          line.startsWith(`${file}: `),
        )
      : [];
  // A draft's clashes are open items like its other gaps (the drafter names the article's source
  // `article`, as the seed story does); a reviewed story's are mistakes.
  const open = [
    ...check.open,
    ...(draft ? clashes.map((line) => `${line} (open: rename before publishing)`) : []),
  ];
  const errors = [
    ...('error' in story ? [story.error] : []),
    ...(typeof refs === 'string' ? [refs] : []),
    ...check.errors,
    ...(draft ? [] : clashes),
  ];
  for (const line of open) console.log(line);
  if (errors.length > 0 || !('value' in story)) {
    for (const line of errors) console.error(line);
    console.error(`story:check: ${errors.length} error(s); fix ${file} before building.`);
    return 1;
  }
  if (draft) {
    console.log(
      `story:check DRAFT: ${file}: no errors; ${open.length} open item(s) listed above to settle before it is published.`,
    );
    return 0;
  }
  console.log(`story:check OK: ${summary(file, story.value as RawStory)}`);
  return 0;
}

function main(args: readonly string[]): number {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    console.error(
      'story:check: usage: npm run story:check [-- FILE]   (default: every story in geo/stories/)',
    );
    return 2;
  }
  return args[0] === undefined ? checkSite() : checkOne(args[0]);
}

process.exitCode = main(process.argv.slice(2));
