/** The pure parts of the exports: frame days, credit line, frame words, CSV rows, area properties. */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { ControlIndex, ControlInterval } from '../../../src/control/layerFormat';
import { areaProperties } from '../../../src/share/areaGeoJson';
import { creditLine, forbidsRedistribution } from '../../../src/share/creditLine';
import { claimRows, DATA_COLUMNS, dataCsv, layerRows } from '../../../src/share/dataRows';
import { frameDays, MAX_FRAMES } from '../../../src/share/frameDays';
import { claimLine, frameText, layerDayText } from '../../../src/share/frameText';
import { loadStory } from '../../../src/story/loadStory';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { uk } from '../../../src/i18n/uk';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures';

const story = loadStory(shippedPlaces, shippedStoryJson());
const english = localeOf('en', en);
const ukrainian = localeOf('uk', uk);

const interval = (id: number, from: string, to: string, pct: number, extra: Partial<ControlInterval> = {}) =>
  ({
    id,
    from,
    to,
    area: { 'luhansk-oblast': { km2: pct * 267, pct }, 'donetsk-oblast': { km2: pct * 100, pct: pct / 2 } },
    places: [],
    geometry: `00000000000000${id}0`,
    snapshot: { date: from },
    ...extra,
  }) satisfies ControlInterval;

// Three days known, a gap of two days (unknown), then two days whose state is suspect.
const index: ControlIndex = {
  format: 'claimline-control/4',
  id: 'synthetic',
  kind: 'assessed',
  source: { name: 'Synthetic, «тест»', licence: 'all rights reserved', url: 'https://example.org/' },
  tolerance: 100,
  generated: { snapshots: 5, intervals: 2, bytesIn: 0, bytesOut: 0 },
  intervals: [
    interval(1, '2022-07-01', '2022-07-03', 90, { confirmed: ['2022-07-02'] }),
    interval(2, '2022-07-06', '2022-07-07', 95, { suspect: true }),
  ],
};

describe('frameDays', () => {
  it('lists every day of the span, or every nth, and always ends on the last day asked for', () => {
    expect(frameDays('2022-06-29', '2022-07-02')).toEqual([
      '2022-06-29',
      '2022-06-30',
      '2022-07-01',
      '2022-07-02',
    ]);
    expect(frameDays('2022-07-01', '2022-07-08', 3)).toEqual([
      '2022-07-01',
      '2022-07-04',
      '2022-07-07',
      '2022-07-08',
    ]);
    expect(frameDays('2022-07-01', '2022-07-07', 3)).toEqual(['2022-07-01', '2022-07-04', '2022-07-07']);
    expect(frameDays('2022-07-03', '2022-07-03')).toEqual(['2022-07-03']);
  });

  it('names the field and the reason for a bad day, a backward span, a bad step or too many frames', () => {
    expect(() => frameDays('2022-02-30', '2022-03-02')).toThrow('from: "2022-02-30" is not a calendar day');
    expect(() => frameDays('2022-07-01', 'July')).toThrow('to: "July" is not a calendar day');
    expect(() => frameDays('2022-07-05', '2022-07-01')).toThrow('to: 2022-07-01 is before from (2022-07-05)');
    expect(() => frameDays('2022-07-01', '2022-07-05', 0)).toThrow('step: 0');
    expect(() => frameDays('2020-01-01', '2023-01-01')).toThrow(`more than ${MAX_FRAMES}`);
  });
});

describe('creditLine', () => {
  it('names every credit with its licence, and again a licence that forbids passing the data on', () => {
    const credits = [
      { name: 'Natural Earth', licence: 'public domain' },
      { name: 'Assessed control: Sample', licence: 'All rights reserved' },
      { name: 'Noto Sans' },
    ];
    expect(creditLine(credits, en.exports)).toBe(
      'Credits: Natural Earth (public domain) · Assessed control: Sample (All rights reserved) · Noto Sans' +
        ' · Not for redistribution: Assessed control: Sample (All rights reserved)',
    );
    expect(creditLine(credits.slice(0, 1), en.exports)).toBe('Credits: Natural Earth (public domain)');
  });

  it('reads the usual words of a licence that restricts redistribution, and not those of an open one', () => {
    for (const licence of ['CC BY-NC 4.0', 'not for redistribution', 'Do not republish', 'proprietary'])
      expect(forbidsRedistribution({ name: 'x', licence }), licence).toBe(true);
    for (const licence of ['CC BY 4.0', 'public domain', 'ODbL', 'see deepstatemap.live'])
      expect(forbidsRedistribution({ name: 'x', licence }), licence).toBe(false);
  });
});

describe('frameText', () => {
  it("labels a layer's day as of its snapshot, unknown in a gap, with the suspect mark", () => {
    expect(layerDayText(index, '2022-07-03', english)).toMatchObject({
      state: 'as of 2 July 2022',
      known: true,
    });
    expect(layerDayText(index, '2022-07-04', english)).toMatchObject({
      state: expect.stringMatching(/^unknown/),
      known: false,
    });
    expect(layerDayText(index, '2022-07-06', english)).toMatchObject({
      suspect: true,
      state: expect.stringContaining('suspect'),
    });
    expect(layerDayText(index, '2022-07-06', english).label).toBe('Assessed control: Synthetic, «тест»');
  });

  it("writes the story's latest claim in force in one line, and unknown outside the story", () => {
    const line = claimLine(story, '2022-07-03', english);
    expect(line).toContain('Luhansk');
    expect(line).not.toContain('\n');
    expect(claimLine(story, '2030-01-01', english)).toMatch(/^Unknown: the story ends on/);
    expect(claimLine(story, '1990-01-01', english)).toMatch(/^Unknown: the story starts on/);
  });

  it('dates the frame with the day drawn', () => {
    const text = frameText(story, [index], '2022-07-04', english);
    expect(text.date).toBe('4 July 2022');
    expect(text.title).toBe(story.title);
    expect(text.layers).toHaveLength(1);
  });

  it("writes a frame in the page's language: the day, a layer's name and state, the claim", () => {
    const text = frameText(story, [index], '2022-07-03', ukrainian);
    expect(text.date).toBe('3 липня 2022 р.');
    expect(text.layers[0]).toMatchObject({
      label: 'Оцінений контроль: Synthetic, «тест»',
      state: 'станом на 2 липня 2022 р.',
    });
    expect(text.claim).toContain('Луганськ');
    expect(text.claim).not.toMatch(/[A-Za-z]{4}/);
    expect(layerDayText(index, '2022-07-04', ukrainian).state).toBe(
      'невідомо: жоден знімок не охоплює цей день',
    );
    expect(claimLine(story, '2030-01-01', ukrainian)).toMatch(/^Невідомо: історія закінчується /);
  });
});

describe('data CSV', () => {
  it("has one row per day of the layer's span, gap days marked unknown without figures", () => {
    const rows = layerRows(index);
    expect(rows.map((r) => r.day)).toEqual([
      '2022-07-01',
      '2022-07-02',
      '2022-07-03',
      '2022-07-04',
      '2022-07-05',
      '2022-07-06',
      '2022-07-07',
    ]);
    expect(rows[2]).toMatchObject({ snapshot: '2022-07-02', 'luhansk-oblast_share_pct': 90, suspect: '' });
    expect(rows[3]).toMatchObject({ snapshot: 'unknown' });
    expect(rows[3]).not.toHaveProperty('luhansk-oblast_share_pct');
    expect(rows[5]).toMatchObject({ suspect: 'yes', 'donetsk-oblast_km2': 9500 });
  });

  it('reads back as the header, a row per day and layer, then a row per claim, text kept whole', () => {
    const text = dataCsv(story, [index, { ...index, id: 'second' }]);
    const parsed = csvParse(text);
    expect(parsed.columns).toEqual([...DATA_COLUMNS]);
    expect(parsed.filter((r) => r.record === 'layer')).toHaveLength(14);
    expect(parsed.filter((r) => r.record === 'claim')).toHaveLength(story.claims.length);
    expect(parsed[0]!.source).toBe('Synthetic, «тест»');
    expect(parsed[0]!.licence).toBe('all rights reserved');
    const claims = claimRows(story);
    expect(claims[0]).toMatchObject({
      record: 'claim',
      day: story.claims[0]!.from,
      claim: story.claims[0]!.id,
    });
  });
});

describe('area properties', () => {
  it('carry the source, licence, as-of day and shares of the day, and are null on an unknown day', () => {
    expect(areaProperties(index, '2022-07-02')).toEqual({
      layer: 'synthetic',
      name: 'Assessed control: Synthetic, «тест»',
      kind: 'assessed',
      source: 'Synthetic, «тест»',
      licence: 'all rights reserved',
      url: 'https://example.org/',
      day: '2022-07-02',
      asOf: '2022-07-02',
      suspect: false,
      'luhansk-oblast_share_pct': 90,
      'donetsk-oblast_share_pct': 45,
    });
    expect(areaProperties(index, '2022-07-05')).toBeNull();
    expect(areaProperties(index, '2022-07-07')?.suspect).toBe(true);
  });
});
