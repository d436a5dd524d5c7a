/**
 * The seed article (../shared/article.txt, not in the repository) drafted end to end and set against
 * the story written by hand from it (geo/stories/luhansk-july-2022.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/draft/index.ts';
import { checkDraft } from '../../../src/story/validateStory.ts';
import { placeRefs, shippedStoryJson } from '../story/fixtures.ts';
import { tables } from './tables.ts';

const ARTICLE = fileURLToPath(new URL('../../../../shared/article.txt', import.meta.url));

describe('the seed article, drafted', () => {
  expect(existsSync(ARTICLE), `the article is missing: ${ARTICLE}`).toBe(true);
  const article = readFileSync(ARTICLE, 'utf8');
  const { story, open } = draftStory(article, { published: '2022-07-04' }, tables);
  const shipped = shippedStoryJson();

  it('has every quote of the shipped story, verbatim, with its spans pointing at it', () => {
    expect(story.quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining(shipped.quotes.map((q) => q.text)),
    );
    expect(story.quotes).toHaveLength(shipped.quotes.length);
    for (const e of story.draft!.evidence.filter((x) => x.collection === 'quotes')) {
      const quote = story.quotes.find((q) => q.id === e.id)!;
      expect(article.slice(...e.span)).toBe(quote.text);
    }
  });

  it("has the shipped story's speakers, and Zelensky's days: said 3 July, reported by Reuters 4 July 2022", () => {
    const byText = new Map(story.quotes.map((q) => [q.text, q]));
    const zelensky = shipped.quotes.filter((q) => q.speaker === 'Volodymyr Zelensky');
    expect(zelensky).toHaveLength(3);
    for (const s of zelensky) {
      const q = byText.get(s.text)!;
      expect(q.speaker).toBe('Volodymyr Zelensky');
      expect(q.saidOn).toBe('2022-07-03');
      expect(q.reportedOn).toBe('2022-07-04');
      expect(story.sources.find((x) => x.id === q.reportedBy)?.publisher).toBe('Reuters');
      expect(q.occasion).toBe('evening video address');
      expect(q.places).toContain('lysychansk');
    }
    const speakerOf = (id: string) => byText.get(shipped.quotes.find((q) => q.id === id)!.text)?.speaker;
    expect(speakerOf('shoigu-liberated')).toBe('Sergei Shoigu');
    expect(speakerOf('ua-military-withdraw')).toBe("Ukraine's military command");
    expect(speakerOf('ua-officials-liberating')).toBe('Ukrainian officials');
  });

  it('leaves days the article does not give open, and lists them', () => {
    const military = story.quotes.find((q) => q.speaker === "Ukraine's military command")!;
    expect(military.saidOn).toBeUndefined();
    expect(open).toContainEqual(expect.objectContaining({ id: military.id, field: 'saidOn' }));
  });

  it('names the places, the misspelt "Sievierdonetsk" included', () => {
    const ids = new Set(
      story
        .draft!.evidence.filter(
          (e) => e.collection === 'events' || e.collection === 'quotes' || e.collection === 'claims',
        )
        .flatMap((e) => {
          const item = [...story.quotes, ...story.claims, ...story.events].find((i) => i.id === e.id);
          return item?.places ?? [];
        }),
    );
    for (const id of ['lysychansk', 'sievierodonetsk', 'luhansk-oblast', 'donetsk-oblast'])
      expect(ids, id).toContain(id);
    const sievierodonetsk = story.events.find((e) => e.places.includes('sievierodonetsk'))!;
    const evidence = story.draft!.evidence.find((e) => e.id === sievierodonetsk.id)!;
    expect(article.slice(...evidence.fields!.place!)).toBe('Sievierdonetsk');
  });

  it("has Russia's claim over Luhansk oblast, and Kyiv's control of most of Donetsk as the article's own statement", () => {
    expect(story.claims).toContainEqual(
      expect.objectContaining({ party: 'ru', kind: 'controls', places: ['luhansk-oblast'], extent: 'all' }),
    );
    const ru = story.claims.find((c) => c.party === 'ru' && c.kind === 'controls')!;
    expect(ru.saidBy).toBeUndefined();
    expect(story.claims).toContainEqual(
      expect.objectContaining({
        party: 'ua',
        kind: 'controls',
        places: ['donetsk-oblast'],
        extent: 'most',
        saidBy: 'article',
      }),
    );
  });

  it('passes story:check as a draft: no errors, its open items listed', () => {
    const check = checkDraft(story, placeRefs, { file: 'draft.json' });
    expect(check.errors).toEqual([]);
    expect(check.open.length).toBe(open.length);
  });
});
