import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/draft/findQuotes.ts';
import { paragraphs, sentences } from '../../../src/draft/segments.ts';

const quotes = (text: string) => findQuotes(text, paragraphs(text), sentences(text));
const texts = (text: string) => quotes(text).map((q) => q.text);

describe('findQuotes', () => {
  it('finds every quote form, verbatim, without the comma English puts inside the marks', () => {
    expect(texts('"We will return," he said.')).toEqual(['We will return']);
    expect(texts('“We will return,” he said.')).toEqual(['We will return']);
    expect(texts('Він сказав: «Ми повернемося».')).toEqual(['Ми повернемося']);
    expect(texts('Er sagte: „Wir kommen zurück“.')).toEqual(['Wir kommen zurück']);
    expect(texts("Officials reject the word 'liberating' outright.")).toEqual(['liberating']);
    expect(texts('Officials reject the word ‘liberating’ outright.')).toEqual(['liberating']);
  });

  it('gives spans that point at the text, and marks partial quotes inside a sentence', () => {
    const text = 'Shoigu told Putin that Lugansk had been "liberated", the ministry said.';
    const [q] = quotes(text);
    expect(q && text.slice(...q.span)).toBe('liberated');
    expect(q?.partial).toBe(true);
    expect(quotes('"We will return," he said.')[0]?.partial).toBe(false);
  });

  it('keeps apostrophes out (Kyiv’s, Luhans’k) and nested quotes inside the outer one', () => {
    expect(texts("Kyiv's forces left Luhans'k and Kyiv's allies stayed.")).toEqual([]);
    expect(texts('Він сказав: «Це не „звільнення“, а окупація».')).toEqual([
      'Це не „звільнення“, а окупація».'.slice(0, -2),
    ]);
  });

  it('runs a quote left open to the end of its paragraph', () => {
    const text = '"The first paragraph of a long quote.\n"And its end," he said.';
    expect(texts(text)).toEqual(['The first paragraph of a long quote.', 'And its end']);
    expect(quotes(text)[0]?.unclosed).toBe(true);
  });
});
