/**
 * `npm run bench:draft`: times the drafter on a 100 KB article in Node (generated articles with known
 * truth, joined until 100 KB). Aim: under a second. Prints the median of 5 runs after one warm-up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftStory } from '../../src/draft/index.ts';
import type { DraftTables } from '../../src/draft/types.ts';
import { generateArticle } from '../unit/draft/generateArticles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tables = {
  places: JSON.parse(readFileSync(`${root}geo/places.json`, 'utf8')),
  gazetteer: JSON.parse(readFileSync(`${root}geo/gazetteer.json`, 'utf8')),
} as DraftTables;

let text = '';
for (let seed = 1; text.length < 100_000; seed++) text += `${generateArticle(seed).text}\n`;
const times: number[] = [];
let quotes = 0;
for (let run = 0; run < 6; run++) {
  const start = performance.now();
  quotes = draftStory(text, { published: '2024-12-31' }, tables).story.quotes.length;
  if (run > 0) times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;
console.log(
  `bench:draft: ${(text.length / 1000).toFixed(0)} KB article, ${quotes} quotes: median ${median.toFixed(0)} ms ` +
    `(min ${times[0]?.toFixed(0)}, max ${times[times.length - 1]?.toFixed(0)}) ${median < 1000 ? 'under' : 'OVER'} the 1 s aim`,
);
