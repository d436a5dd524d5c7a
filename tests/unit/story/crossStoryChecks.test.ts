/** The site's stories checked together: ids two stories share, and what they may share. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStories } from '../../../scripts/storyFiles';
import { crossStoryErrors } from '../../../src/story/crossStoryChecks';
import type { RawStory } from '../../../src/story/types';
import { shippedStoryJson, validStory } from './fixtures';

const seed = { id: 'luhansk-july-2022', file: 'geo/stories/luhansk-july-2022.json', raw: shippedStoryJson() };

/** validStory with every own id given a prefix, so it shares none with the seed story. */
function renamed(prefix: string): RawStory {
  const story = validStory();
  story.sources[0]!.id = `${prefix}-article`;
  for (const list of [story.claims, story.control, story.events, story.quotes])
    for (const item of list as { id: string; source: string; reportedBy?: string }[]) {
      item.id = `${prefix}-${item.id}`;
      item.source = `${prefix}-article`;
      if (item.reportedBy) item.reportedBy = `${prefix}-article`;
    }
  return story;
}

describe('crossStoryErrors', () => {
  it('lets stories share parties and the places table, and refuses an item id two stories use', () => {
    expect(crossStoryErrors([seed, { id: 'test', file: 'b.json', raw: renamed('test') }])).toEqual([]);
    const clash = (kind: string, id: string) =>
      `b.json: ${kind} "${id}": id (${id}) is also ${kind === 'event' ? 'an' : 'a'} ${kind} id in geo/stories/luhansk-july-2022.json; ids must be unique across stories: rename one`;
    expect(crossStoryErrors([seed, { id: 'test', file: 'b.json', raw: validStory() }])).toEqual([
      clash('source', 'article'),
      clash('claim', 'ru-luhansk-control'),
      clash('control', 'lysychansk-ua'),
      clash('control', 'lysychansk-ru'),
      clash('event', 'invasion'),
      clash('quote', 'zelensky-we-will-return'),
    ]);
    const quote = renamed('test');
    quote.quotes[0]!.id = 'zelensky-we-will-return';
    expect(crossStoryErrors([seed, { id: 'test', file: 'b.json', raw: quote }])).toEqual([
      'b.json: quote "zelensky-we-will-return": id (zelensky-we-will-return) is also a quote id in geo/stories/luhansk-july-2022.json; ids must be unique across stories: rename one',
    ]);
  });

  it('refuses a party id that names another party, a place id carried twice for two places, and a bad story id', () => {
    const party = renamed('test');
    party.parties[0]!.name = 'Russian Federation';
    const place = (lon: number) => ({
      id: 'avdiivka',
      kind: 'city' as const,
      names: { en: 'Avdiivka' },
      coordinates: [lon, 48.14] as [number, number],
      source: 'GeoNames',
    });
    const one = { ...renamed('one'), places: [place(37.75)] };
    const two = { ...renamed('two'), places: [place(37.75)] };
    const moved = { ...renamed('three'), places: [place(37.9)] };
    expect(
      crossStoryErrors([
        seed,
        { id: 'Bad_Id', file: 'bad.json', raw: party },
        { id: 'one', file: 'one.json', raw: one },
        { id: 'two', file: 'two.json', raw: two },
        { id: 'three', file: 'three.json', raw: moved },
      ]),
    ).toEqual([
      'bad.json: story id (Bad_Id) must be a slug: lower-case letters and digits joined by single hyphens (the file name is the id)',
      'bad.json: party "ru": id (ru) is a party in geo/stories/luhansk-july-2022.json too, but there it is Russia (state), here Russian Federation (state); one id, one party in every story',
      'three.json: place "avdiivka": id (avdiivka) is a place in one.json too, but there it is city at [37.75,48.14], here city at [37.9,48.14]; one id, one place in every story',
    ]);
  });
});

describe('checkStories (story:check and the build)', () => {
  it('checks the shipped folder and an extra one together, in the site order, and refuses a draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-stories-'));
    const later = renamed('later');
    later.period = { from: '2022-07-01', to: '2022-07-20' };
    writeFileSync(join(dir, 'later.json'), JSON.stringify(later));
    const root = process.cwd();
    const folders = ['geo/stories', relative(root, dir)];
    const { stories, errors } = checkStories(root, folders);
    expect(errors).toEqual([]);
    expect(stories.map((s) => s.id)).toEqual(['luhansk-july-2022', 'later']);
    writeFileSync(
      join(dir, 'draft.json'),
      JSON.stringify({
        ...renamed('draft'),
        draft: { published: '2022-07-04', text: '', evidence: [], open: [], notes: [] },
      }),
    );
    const drafted = checkStories(root, folders);
    expect(drafted.stories).toEqual([]);
    expect(drafted.errors).toContain(
      `${relative(root, join(dir, 'draft.json'))}: draft (present) a story the site ships must be reviewed: settle its open items, then remove the draft block`,
    );
  });
});
