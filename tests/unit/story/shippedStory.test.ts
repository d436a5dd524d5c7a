/** The story that ships: valid, faithful to the article, and loadable in the browser without ajv or turf. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/loadStory.ts';
import { validateStory } from '../../../src/story/validateStory.ts';
import { placeRefs, shippedPlaces, shippedStoryJson } from './fixtures.ts';

// The article is not ours to redistribute, so it is not in the repo: it sits in shared/ beside the
// checkout (as on the developers' machines and in CI). Without it the story cannot be checked
// against its source, so a missing article fails the test rather than passing it by.
const ARTICLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/article.txt');

describe('shipped story (geo/stories/luhansk-july-2022.json)', () => {
  const raw = shippedStoryJson();

  it('is valid', () => {
    expect(validateStory(raw, placeRefs)).toEqual([]);
  });

  it('holds what the article needs', () => {
    expect(raw.parties.map((p) => p.id).sort()).toEqual(['dpr', 'lpr', 'ru', 'ua']);
    const quoteIds = raw.quotes.map((q) => q.id);
    expect(quoteIds).toEqual(
      expect.arrayContaining([
        'zelensky-only-one-thing',
        'zelensky-we-will-return',
        'zelensky-win-back-the-land',
        'ua-military-withdraw',
        'shoigu-liberated',
      ]),
    );
    const shoigu = raw.quotes.find((q) => q.id === 'shoigu-liberated');
    expect(shoigu?.places).toEqual(['luhansk-oblast']);
    expect(raw.claims.map((c) => `${c.party} ${c.kind} ${c.from}`)).toEqual(
      expect.arrayContaining([
        'lpr claims 2014-04-27',
        'dpr claims 2014-04-07',
        'ru recognises 2022-02-21',
        'ru controls 2022-07-03',
        'ua controls 2022-07-04',
        'ua aims-to-take 2022-07-03',
      ]),
    );
    const eventDays = Object.fromEntries(raw.events.map((e) => [e.id, e.day]));
    expect(eventDays).toMatchObject({
      invasion: '2022-02-24',
      'sievierodonetsk-taken': '2022-06-25',
      'lysychansk-taken': '2022-07-03',
      'ua-withdraws-lysychansk': '2022-07-03',
      'zelensky-evening-address': '2022-07-03',
    });
  });

  it('says how every relatively dated or background-dated item got its day', () => {
    const items = [...raw.claims, ...raw.control, ...raw.events, ...raw.quotes];
    const dated = items.filter(
      (i) => i.dateSource !== undefined || i.datePrecision === 'by' || i.source === 'background',
    );
    expect(dated.length).toBeGreaterThan(0);
    for (const item of dated) expect(item.note, item.id).toMatch(/\S/);
  });

  it('quotes the article verbatim', () => {
    expect(existsSync(ARTICLE), `the article is missing: ${ARTICLE}`).toBe(true);
    const article = readFileSync(ARTICLE, 'utf8');
    for (const quote of raw.quotes) {
      expect(article, quote.id).toContain(quote.text);
      if (quote.context !== undefined) expect(article, quote.id).toContain(quote.context);
    }
  });

  it('loads into a frozen, sorted Story', () => {
    const story = loadStory(shippedPlaces, raw);
    expect(Object.isFrozen(story)).toBe(true);
    expect(Object.isFrozen(story.quotes[0])).toBe(true);
    const saidOn = story.quotes.map((q) => q.saidOn);
    expect(saidOn).toEqual([...saidOn].sort());
    expect(story.placeById.get('lysychansk')?.spellings).toContain('Лисичанськ');
    expect(story.holdingsByPlace.get('lysychansk')?.map((c) => c.controller)).toEqual(['ua', 'ru']);
  });
});

describe('browser safety', () => {
  /** Module specifiers reachable from a file through relative imports. */
  function importsReachableFrom(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/(?:import|export)[^'"]*from\s+'([^']+)'/g)) {
      if (specifier.startsWith('.')) importsReachableFrom(resolve(dirname(file), specifier), seen);
      else seen.add(specifier);
    }
    return seen;
  }

  it('src/story/index.ts pulls in neither ajv nor turf', () => {
    const entry = fileURLToPath(new URL('../../../src/story/index.ts', import.meta.url));
    const reachable = [...importsReachableFrom(entry)];
    expect(reachable.filter((s) => /^(ajv|@turf\/)/.test(s) || s.endsWith('.json'))).toEqual([]);
  });
});
