/** Precision and recall of a draft against known truth: quotes (verbatim), speakers, days, places. */
import type { RawStory } from '../../../src/story/types.ts';
import type { TruthQuote } from './generateArticles.ts';

import { tally, type Tally } from '../../../scripts/quality/tally.ts';

export { precision, recall } from '../../../scripts/quality/tally.ts';

export interface Scores {
  quotes: Tally;
  speakers: Tally;
  days: Tally;
  places: Tally;
}

export const scores = (): Scores => ({ quotes: tally(), speakers: tally(), days: tally(), places: tally() });

/** Adds one article's draft to the tallies. Speakers and days count over quotes found verbatim. */
export function score(s: Scores, story: RawStory, truth: { quotes: TruthQuote[]; places: string[] }): void {
  const truthByText = new Map(truth.quotes.map((q) => [q.text, q]));
  s.quotes.drafted += story.quotes.length;
  s.quotes.truth += truth.quotes.length;
  for (const q of story.quotes) {
    const t = truthByText.get(q.text);
    if (!t) continue;
    s.quotes.right++;
    s.speakers.truth++;
    if (q.speaker !== undefined) s.speakers.drafted++;
    if (q.speaker === t.speaker) s.speakers.right++;
    s.days.truth++;
    if (q.saidOn !== undefined) s.days.drafted++;
    if (q.saidOn === t.saidOn) s.days.right++;
  }
  // Every place the draft names is in its evidence, the table's and the gazetteer's alike.
  const drafted = new Set(story.draft?.evidence.filter((e) => e.collection === 'places').map((e) => e.id));
  const expected = new Set(truth.places);
  s.places.drafted += drafted.size;
  s.places.truth += expected.size;
  for (const id of drafted) if (expected.has(id)) s.places.right++;
}
