import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../../../src/author/highlightSpans.ts';
import type { RawDraftEvidence } from '../../../src/story/types.ts';
import { sampleStory } from './sample.ts';

const quote = (id: string, span: [number, number], fields = {}): RawDraftEvidence => ({
  collection: 'quotes',
  id,
  span,
  confidence: 0.9,
  fields,
});

describe('highlightSpans', () => {
  it('covers the text whole, in order, with plain runs between the marks', () => {
    const text = 'He said "go now" on Sunday.';
    const runs = highlightSpans(text, [quote('q', [9, 15], { saidOn: [20, 26] })]);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.kinds])).toEqual([
      ['He said "', []],
      ['go now', ['quote']],
      ['" on ', []],
      ['Sunday', ['day']],
      ['.', []],
    ]);
  });

  it('gives a run inside two spans both kinds, and splits where spans cross', () => {
    const text = 'abcdefghij';
    const runs = highlightSpans(text, [
      quote('q', [0, 6], { speaker: [4, 8] }),
      { collection: 'places', id: 'p', span: [2, 4], confidence: 1 },
    ]);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.kinds])).toEqual([
      ['ab', ['quote']],
      ['cd', ['quote', 'place']],
      ['ef', ['quote', 'speaker']],
      ['gh', ['speaker']],
      ['ij', []],
    ]);
  });

  it("marks a claim's verb, place and day but not its whole sentence, and leaves out deleted items", () => {
    const text = 'Russia says it took Lysychansk.';
    const claim: RawDraftEvidence = {
      collection: 'claims',
      id: 'c',
      span: [0, 31],
      confidence: 0.7,
      fields: { verb: [15, 19], place: [20, 30] },
    };
    const runs = highlightSpans(text, [claim]);
    expect(runs.filter((r) => r.kinds.length).map((r) => [text.slice(r.start, r.end), r.kinds])).toEqual([
      ['took', ['claim']],
      ['Lysychansk', ['place']],
    ]);
    expect(highlightSpans(text, [claim], ['claims/c'])).toEqual([{ start: 0, end: 31, kinds: [] }]);
  });

  it('keeps spans that run past the text, or backwards, from breaking the runs', () => {
    const runs = highlightSpans('short', [quote('a', [3, 99]), quote('b', [4, 1]), quote('c', [-5, 1])]);
    expect(runs).toEqual([
      { start: 0, end: 1, kinds: ['quote'] },
      { start: 1, end: 3, kinds: [] },
      { start: 3, end: 5, kinds: ['quote'] },
    ]);
  });

  it("marks a drafted article's quotes, speakers, places, days, parties and claims where the drafter read them", () => {
    const { draft } = sampleStory();
    const text = draft!.text;
    const runs = highlightSpans(text, draft!.evidence);
    const marked = (kind: string) =>
      runs.filter((r) => r.kinds.includes(kind as never)).map((r) => text.slice(r.start, r.end));
    expect(marked('quote')).toEqual(['We will return', 'liberated']);
    expect(marked('speaker')).toContain('Zelensky');
    expect(marked('day')).toEqual(['on Sunday']);
    expect(marked('place')).toEqual(['Lysychansk', 'Lysychansk', 'Severodonetsk', 'Bilovodsk']);
    expect(marked('party')).toEqual(['Russia', 'Ukrainian']);
    expect(marked('claim')).toEqual(['captured', 'retake', 'liberated']);
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
  });
});
