/** The story drafter's input: any text an editor might paste, in any script, with or without markup. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftStory, DraftInputError } from '../../../src/draft/index.ts';
import { checkDraft } from '../../../src/story/validateStory.ts';
import { tables } from '../draft/tables.ts';
import { itHolds } from './fuzzRun.ts';

const placeRefs = tables.places.places.map((p) => ({ id: p.id, kind: p.kind }));

/** Pieces of news text: quotes of every form, speakers, places in several spellings, days, markup. */
const piece = fc.oneof(
  fc.constantFrom(
    '"We will return," Zelensky said on Sunday.',
    '“Lysychansk is under our control,” the ministry said.',
    '«Мы освободили Лисичанск», — заявил Шойгу.',
    '„Wir bleiben“, sagte er.',
    'He said on Telegram that Severodonetsk had fallen.',
    'Russia says it took Sievierdonetsk last week, Reuters reported.',
    'Kyiv still controls most of the territory.',
    'Artyomovsk (Bakhmut) was shelled on July 4th.',
    'The General Staff said forces withdrew from Лисичанськ.',
    '<p>Lugansk region</p>',
    '<script>alert(1)</script>',
    '"unclosed quote',
    '’',
    '\u0000',
    '\n\n',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const article = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
/** Mostly real days; now and then none, or one that is not a day. */
const published = fc.oneof(
  { arbitrary: fc.constant('2022-07-04'), weight: 2 },
  {
    arbitrary: fc
      .date({ min: new Date('2014-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    weight: 2,
  },
  { arbitrary: fc.constantFrom('', '2022-02-30', 'last Sunday', '04/07/2022'), weight: 1 },
);

/** How many cases drafted and how many were refused: the property must reach the drafter itself. */
const seen = { drafted: 0, quoted: 0, refused: 0 };

describe('story drafter', () => {
  itHolds('story drafter', 'any text gives a draft that passes as a draft, or a clear DraftInputError', () =>
    fc.property(article, published, (text, day) => {
      let result;
      try {
        result = draftStory(text, { published: day }, tables);
      } catch (error) {
        // Refused input says why, in words; anything else thrown is a bug.
        expect(error).toBeInstanceOf(DraftInputError);
        expect((error as Error).message.length).toBeGreaterThan(10);
        seen.refused++;
        return;
      }
      seen.drafted++;
      if ((result.story.quotes ?? []).length) seen.quoted++;
      const draftText = result.story.draft?.text ?? '';
      // Nothing invented: every quote is verbatim in the text, every span lies inside it.
      for (const quote of result.story.quotes ?? []) expect(draftText).toContain(quote.text);
      for (const evidence of result.story.draft?.evidence ?? []) {
        const [start, end] = evidence.span;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(draftText.length);
        expect(start).toBeLessThanOrEqual(end);
        expect(evidence.confidence).toBeGreaterThanOrEqual(0);
        expect(evidence.confidence).toBeLessThanOrEqual(1);
      }
      expect(checkDraft(result.story, placeRefs, { file: 'draft.json' }).errors).toEqual([]);
    }),
  );

  it('reaches the drafter: most cases draft, many with quotes, some are refused', () => {
    const total = seen.drafted + seen.refused;
    expect(seen.drafted / total).toBeGreaterThan(0.5);
    expect(seen.quoted / total).toBeGreaterThan(0.2);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('never drafts a report before what it reports (found by the soak, seed 26)', () => {
    const claim = 'Russia says it took Sievierdonetsk last week, Reuters reported.';
    const text = `"We will return," Zelensky said on Sunday. \u0559 ${claim} [ ${claim}`;
    const { story } = draftStory(text, { published: '2014-01-01' }, tables);
    const [quote] = story.quotes ?? [];
    expect(quote?.saidOn).toBe('2013-12-29');
    expect(quote?.reportedOn).toBe('2014-01-01');
    expect(checkDraft(story, placeRefs, { file: 'draft.json' }).errors).toEqual([]);
  });
});
