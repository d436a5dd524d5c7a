/**
 * Days, numbers, plural forms and names in the page's language, and the shipped story's words in
 * Ukrainian and Russian as the panels build them.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { browserLang } from '../../../src/i18n/lang.ts';
import { claimWords } from '../../../src/i18n/claimWords.ts';
import { localeOf } from '../../../src/i18n/locale.ts';
import { ru } from '../../../src/i18n/ru.ts';
import { uk } from '../../../src/i18n/uk.ts';
import { daySummaryText } from '../../../src/panel/daySummaryText.ts';
import { placePanelText } from '../../../src/panel/placePanelText.ts';
import { placeKindText, resultName } from '../../../src/panel/placeSearchText.ts';
import { stepName } from '../../../src/timeline/dayLabels.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures.ts';

const EN = localeOf('en', en);
const UK = localeOf('uk', uk);
const RU = localeOf('ru', ru);
const story = loadStory(shippedPlaces, shippedStoryJson());

describe('the locale', () => {
  it('writes a day as each language does', () => {
    expect(EN.day('2022-07-03')).toBe('3 July 2022');
    expect(UK.day('2022-07-03')).toBe('3 липня 2022 р.');
    expect(RU.day('2022-07-03')).toBe('3 июля 2022 г.');
    // The day is the calendar's, whatever the machine's time zone.
    expect(UK.day('2022-01-01')).toBe('1 січня 2022 р.');
  });

  it('writes numbers with each language’s separators', () => {
    expect(EN.number(1234.56, 1)).toBe('1,234.6');
    expect(UK.number(1234.56, 1)).toMatch(/^1\s234,6$/u);
    expect(RU.number(1234.56, 1)).toMatch(/^1\s234,6$/u);
    expect(UK.number(0.5)).toBe('1');
  });

  it('writes a month for the timeline’s axis', () => {
    const july = new Date(Date.UTC(2022, 6, 1));
    expect(EN.month(july, false)).toBe('Jul');
    expect(UK.month(july, true)).toMatch(/^лип\.? 2022( р\.)?$/u);
    expect(RU.month(july, false)).toMatch(/^июл/u);
  });

  it('counts in each language’s plural forms', () => {
    const found = (n: number) => [UK.t.search.found(n), RU.t.search.found(n)];
    expect(found(1)).toEqual(['Знайдено 1 місце', 'Найдено 1 место']);
    expect(found(2)).toEqual(['Знайдено 2 місця', 'Найдено 2 места']);
    expect(found(5)).toEqual(['Знайдено 5 місць', 'Найдено 5 мест']);
    expect(found(11)).toEqual(['Знайдено 11 місць', 'Найдено 11 мест']);
    expect(found(21)).toEqual(['Знайдено 21 місце', 'Найдено 21 место']);
    expect(found(22)).toEqual(['Знайдено 22 місця', 'Найдено 22 места']);
    expect([EN.t.search.found(1), EN.t.search.found(2)]).toEqual(['1 place found', '2 places found']);
  });

  it('names places and parties in the page’s language, the story’s own words in English', () => {
    const lysychansk = story.placeById.get('lysychansk')!;
    expect([EN.place(lysychansk), UK.place(lysychansk), RU.place(lysychansk)]).toEqual([
      'Lysychansk',
      'Лисичанськ',
      'Лисичанск',
    ]);
    expect([EN.party(story, 'ru'), UK.party(story, 'ru'), RU.party(story, 'ru', 'of')]).toEqual([
      'Russia',
      'Росія',
      'России',
    ]);
    expect(EN.party(story, 'lpr', 'short')).toBe('LPR');
    expect(UK.party(story, 'nobody')).toBe('nobody');
  });

  it('takes the browser’s first language the page has, else English', () => {
    expect(browserLang(['uk-UA', 'en-US'])).toBe('uk');
    expect(browserLang(['de-DE', 'RU'])).toBe('ru');
    expect(browserLang(['de', 'fr'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});

describe('the story in Ukrainian and Russian', () => {
  const luhanskClaim = story.claims.find((c) => c.party === 'ru' && c.kind === 'controls')!;

  it('says a claim in the reader’s language, the same claim as in English', () => {
    expect(claimWords(story, luhanskClaim, EN)).toBe('Russia says it controls all of it');
    expect(claimWords(story, luhanskClaim, UK)).toBe('Росія заявляє, що контролює всю територію');
    expect(claimWords(story, luhanskClaim, RU)).toBe('Россия заявляет, что контролирует всю территорию');
  });

  it('sums up a day', () => {
    const summary = daySummaryText(story, '2022-07-04', UK);
    expect(summary.heading).toBe('4 липня 2022 р.');
    expect(summary.oblasts.map((o) => o.name)).toEqual(['Луганська область', 'Донецька область']);
    expect(summary.oblasts[0]!.text).toContain('Росія заявляє, що контролює всю територію');
    expect(summary.cities.map((c) => c.holder)).toContain('Контролює Росія');
    // Cities the story does not know the holder of come last (Rubizhne, spring 2022).
    expect(daySummaryText(story, '2022-04-01', UK).cities.at(-1)?.holder).toBe('Невідомо');
    expect(daySummaryText(story, '2022-08-01', RU).oblasts[0]).toEqual({
      id: '',
      name: 'После истории',
      text: 'Эта история заканчивается 4 июля 2022 г. и ничего не говорит о более поздних днях.',
    });
  });

  it('gives a city’s panel in the reader’s language, its quotes in English and saying so', () => {
    const text = placePanelText(story, 'lysychansk', '2022-07-04', UK)!;
    expect(text.title).toBe('Лисичанськ');
    expect(text.summary).toBe('Місто, Луганська область. 4 липня 2022 р.: контролює Росія.');
    const quote = text.quotes.find((q) => q.id === 'zelensky-we-will-return')!;
    expect(quote.text).toMatch(/^That we will return/);
    expect(quote.lang).toBe('en');
    expect(quote.note).toBe('Цитата англійською, як її подано в джерелі');
    expect(quote.said).toBe('Сказано 3 липня 2022 р.');
    expect(quote.reported).toBe('Повідомлено 4 липня 2022 р.; джерело: Reuters, через: стаття');
    expect(text.held.map((row) => row.holder)).toEqual(['Україна', 'Росія']);
    expect(text.held[1]!.dates).toBe('Від 3 липня 2022 р.');
    const ru = placePanelText(story, 'luhansk-oblast', '2022-07-04', RU)!;
    expect(ru.claimsHeading).toBe('Заявления на 4 июля 2022 г.');
    expect(ru.claims).toContain('Россия заявляет, что контролирует всю территорию.');
  });

  it('finds a place by any spelling and answers in the reader’s language', () => {
    const luhansk = story.placeById.get('luhansk')!;
    expect(placeKindText(story, luhansk, RU)).toBe('Город, Луганская область');
    expect(resultName(story.placeById.get('sievierodonetsk')!, 'Severodonetsk', UK)).toBe(
      'Сєвєродонецьк (Severodonetsk)',
    );
    expect(resultName(story.placeById.get('lysychansk')!, 'Лисичанськ', UK)).toBe('Лисичанськ');
  });

  it('names where a step goes', () => {
    expect(stepName('next', '2022-07-03', ['Lysychansk falls'], RU)).toBe(
      'Далее, к событию: Lysychansk falls (3 июля 2022 г.)',
    );
    expect(stepName('previous', '2023-01-01', undefined, UK)).toBe('Назад: 1 січня 2023 р.');
  });
});
