import { describe, expect, it } from 'vitest';
import { idsApart, takenIds } from '../../../src/story/idsApart';
import type { RawStory } from '../../../src/story/types';

/** A draft of the shape the drafter writes: its article as source `article`, a quote, a claim in the article's voice. */
function draft(): RawStory {
  return {
    title: 'A draft',
    period: { from: '2022-07-01', to: '2022-07-04' },
    parties: [{ id: 'ru', name: 'Russia', status: 'state' }],
    sources: [
      { id: 'article', kind: 'article', publisher: 'The Paper', title: 'T', date: '2022-07-04' },
      { id: 'reuters', kind: 'wire', publisher: 'Reuters', title: 'R', date: '2022-07-04', via: 'article' },
    ],
    claims: [
      {
        id: 'ru-claims-luhansk',
        party: 'ru',
        kind: 'claims',
        places: ['luhansk-oblast'],
        from: '2022-07-03',
        source: 'article',
        saidBy: 'article',
      },
    ],
    control: [],
    events: [
      {
        id: 'ru-took-lysychansk',
        day: '2022-07-03',
        title: 'Taken',
        places: ['lysychansk'],
        source: 'article',
      },
    ],
    quotes: [
      {
        id: 'we-will-return',
        text: 'We will return',
        speaker: { name: 'Z' },
        saidOn: '2022-07-03',
        source: 'article',
        reportedBy: 'reuters',
        reportedOn: '2022-07-04',
        places: [],
      },
    ],
    draft: {
      evidence: [{ collection: 'quotes', id: 'we-will-return', span: [0, 1], confidence: 0.9, fields: {} }],
      open: [{ collection: 'sources', id: 'article', field: 'url', reason: 'not given' }],
    },
  } as unknown as RawStory;
}

describe('idsApart', () => {
  it('renames what the site takes, with every reference to a renamed source, and nothing else', () => {
    const taken = new Set(['article', 'article-2', 'we-will-return', 'ru']);
    const apart = idsApart(draft(), taken) as unknown as Record<string, Record<string, unknown>[]>;
    expect(apart.sources!.map((s) => s.id)).toEqual(['article-3', 'reuters']);
    expect(apart.sources![1]!.via).toBe('article-3');
    expect(apart.claims![0]).toMatchObject({
      id: 'ru-claims-luhansk',
      source: 'article-3',
      saidBy: 'article-3',
    });
    expect(apart.events![0]).toMatchObject({ id: 'ru-took-lysychansk', source: 'article-3' });
    expect(apart.quotes![0]).toMatchObject({
      id: 'we-will-return-2',
      source: 'article-3',
      reportedBy: 'reuters',
    });
    // Parties are shared across stories: a party id the site uses is the same party, kept.
    expect(apart.parties![0]!.id).toBe('ru');
    const block = apart.draft as unknown as { evidence: { id: string }[]; open: { id: string }[] };
    expect(block.evidence[0]!.id).toBe('we-will-return-2');
    expect(block.open[0]!.id).toBe('article-3');
  });

  it('leaves a story whose ids are free as it is, and never changes its argument', () => {
    const story = draft();
    const before = structuredClone(story);
    expect(idsApart(story, new Set(['other-id']))).toEqual(before);
    idsApart(story, new Set(['article']));
    expect(story).toEqual(before);
  });

  it("takes every id of the stories' own collections, none of their parties' or places'", () => {
    expect([...takenIds([draft()])].sort()).toEqual(
      ['article', 'reuters', 'ru-claims-luhansk', 'ru-took-lysychansk', 'we-will-return'].sort(),
    );
  });
});
