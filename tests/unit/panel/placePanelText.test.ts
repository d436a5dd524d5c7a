/** The place panel's words for the shipped story. */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/loadStory.ts';
import { heldText, placePanelText, quoteText, sourceName } from '../../../src/panel/placePanelText.ts';
import {
  matchedSpelling,
  placeKindText,
  resultName,
  resultsStatus,
} from '../../../src/panel/placeSearchText.ts';
import { en } from '../../../src/i18n/en.ts';
import { localeOf } from '../../../src/i18n/locale.ts';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures.ts';

const EN = localeOf('en', en);

const story = loadStory(shippedPlaces, shippedStoryJson());
const quote = (id: string) => story.quotes.find((q) => q.id === id)!;

describe('quoteText', () => {
  it('keeps the words verbatim and says who said them, when, and who reported them', () => {
    const text = quoteText(story, quote('zelensky-we-will-return'), EN);
    expect(text.text).toBe(
      'That we will return thanks to our tactics, thanks to an increased supply of modern weapons',
    );
    expect(text.speaker).toBe('Volodymyr Zelensky, President of Ukraine');
    expect(text.said).toBe('Said 3 July 2022');
    expect(text.occasion).toBe('evening video address');
    expect(text.lang).toBe('en');
    // An English page says nothing of the quote's language: it is the page's.
    expect(text.note).toBe('');
    expect(text.reported).toBe('Reported 4 July 2022 by Reuters, via the article');
  });

  it('names the article as "the article" and keeps the context', () => {
    const text = quoteText(story, quote('ua-military-withdraw'), EN);
    expect(text.reported).toBe('Reported 4 July 2022 by the article');
    expect(text.context).toMatch(/^Ukraine's military command said/);
  });

  it('says "by" a day the story knows only as a latest date, and where a quote was found', () => {
    const text = quoteText(story, quote('ua-officials-liberating'), EN);
    expect(text.said).toBe('Said by 4 July 2022');
    expect(text.reported).toBe('Quoted in the article');
  });
});

describe('sourceName', () => {
  it('uses the publisher, the article, or the id the story does not know', () => {
    expect(sourceName(story, 'reuters-2022-07-04', EN)).toBe('Reuters');
    expect(sourceName(story, 'article', EN)).toBe('the article');
    expect(sourceName(story, 'nowhere', EN)).toBe('nowhere');
    expect(sourceName(story, undefined, EN)).toBe('');
  });
});

describe('heldText', () => {
  it('lists who held a city with dates, sources and an open end', () => {
    expect(heldText(story, 'lysychansk', EN)).toEqual([
      {
        dates: '31 July 2014 or earlier – 2 July 2022',
        holder: 'Ukraine',
        source: expect.stringMatching(/^Source: /),
      },
      { dates: 'From 3 July 2022', holder: 'Russia', source: expect.stringMatching(/^Source: /) },
    ]);
  });

  it('spells out a gap between entries as not known', () => {
    const rows = heldText(story, 'rubizhne', EN);
    expect(rows.map((r) => r.holder)).toEqual(['Ukraine', 'Not known', 'Russia']);
    expect(rows[1]).toEqual({ dates: '24 February 2022 – 30 May 2022', holder: 'Not known', source: '' });
  });

  it('says "by" a start day the story knows only as a latest date', () => {
    expect(heldText(story, 'luhansk', EN)[0]!.dates).toBe('From 11 May 2014 or earlier');
  });
});

describe('placePanelText', () => {
  it('gives a city its quotes, its holder on the day, its history and its events', () => {
    const text = placePanelText(story, 'lysychansk', '2022-07-04', EN)!;
    expect(text.title).toBe('Lysychansk');
    expect(text.isOblast).toBe(false);
    expect(text.summary).toBe('City in Luhansk Oblast. On 4 July 2022: held by Russia.');
    expect(text.quotes.map((q) => q.id)).toContain('zelensky-only-one-thing');
    expect(text.held).toHaveLength(2);
    expect(text.events.map((e) => e.title)).toContain('Ukraine withdraws its troops from Lysychansk');
  });

  it('never leaves a city without quotes empty', () => {
    const text = placePanelText(story, 'kramatorsk', '2022-07-04', EN)!;
    expect(text.quotes).toEqual([]);
    expect(text.noQuotes).toBe('The story quotes no one about Kramatorsk.');
    expect(text.held.length).toBeGreaterThan(0);
  });

  it('gives an oblast the claims in force on the day and its quotes', () => {
    const text = placePanelText(story, 'luhansk-oblast', '2022-07-04', EN)!;
    expect(text.isOblast).toBe(true);
    expect(text.claimsHeading).toBe('Claims on 4 July 2022');
    expect(text.claims).toContain('Russia says it controls all of it.');
    expect(text.quotes.map((q) => q.id)).toContain('shoigu-liberated');
    expect(text.held).toEqual([]);
    expect(placePanelText(story, 'luhansk-oblast', '2022-06-20', EN)!.claims).not.toContain(
      'Russia says it controls all of it.',
    );
  });

  it('answers nothing for a place the story does not know', () => {
    expect(placePanelText(story, 'atlantis', '2022-07-04', EN)).toBeUndefined();
  });
});

describe('place search labels', () => {
  const place = (id: string) => story.placeById.get(id)!;

  it('shows the spelling a reader typed when it is not the display name', () => {
    expect(matchedSpelling(place('sievierodonetsk'), 'Severodonetsk', EN)).toBe('Severodonetsk');
    expect(matchedSpelling(place('lysychansk'), 'Лисичанськ', EN)).toBe('Лисичанськ');
    expect(matchedSpelling(place('lysychansk'), 'lysy', EN)).toBeUndefined();
  });

  it('tells the city of Luhansk from the oblast', () => {
    expect(placeKindText(story, place('luhansk'), EN)).toBe('City, Luhansk Oblast');
    expect(placeKindText(story, place('luhansk-oblast'), EN)).toBe('Oblast');
    expect(placeKindText(story, place('kyiv'), EN)).toBe('Capital');
  });

  it('names a result with the spelling typed beside its own', () => {
    expect(resultName(place('sievierodonetsk'), 'Severodonetsk', EN)).toBe('Sievierodonetsk (Severodonetsk)');
    expect(resultName(place('lysychansk'), 'lysy', EN)).toBe('Lysychansk');
  });

  it('says how many places were found, and nothing for an empty box', () => {
    expect(resultsStatus('lys', 1, EN)).toBe('1 place found');
    expect(resultsStatus('luhansk', 2, EN)).toBe('2 places found');
    expect(resultsStatus('zzz', 0, EN)).toBe('No place found');
    expect(resultsStatus('  ', 0, EN)).toBe('');
  });
});
