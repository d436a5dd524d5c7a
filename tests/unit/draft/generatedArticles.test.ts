/**
 * 200 generated articles with known truth (generateArticles.ts), drafted and scored. The thresholds
 * sit a little under what the drafter measured when they were set (see the README), so that a
 * change that makes it worse fails.
 */
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/draft/index.ts';
import { generateArticle } from './generateArticles.ts';
import { precision, recall, score, scores } from './scoreDraft.ts';
import { tables } from './tables.ts';

describe('generated articles with known truth', () => {
  const s = scores();
  for (let seed = 1; seed <= 200; seed++) {
    const article = generateArticle(seed);
    score(s, draftStory(article.text, { published: article.published }, tables).story, article);
  }
  const figures = Object.fromEntries(
    Object.entries(s).map(([k, t]) => [
      k,
      { precision: precision(t).toFixed(3), recall: recall(t).toFixed(3), n: t.truth },
    ]),
  );
  console.log(JSON.stringify(figures));

  it('finds the quotes verbatim in every form', () => {
    expect(precision(s.quotes)).toBeGreaterThanOrEqual(0.98);
    expect(recall(s.quotes)).toBeGreaterThanOrEqual(0.98);
  });

  it('names their speakers, by pronoun and follow-up too', () => {
    expect(precision(s.speakers)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.speakers)).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves their days against the publication day', () => {
    expect(precision(s.days)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.days)).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the places in every spelling', () => {
    expect(precision(s.places)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.places)).toBeGreaterThanOrEqual(0.9);
  });
});
