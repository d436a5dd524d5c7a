import { describe, expect, it } from 'vitest';
import { checkLayerList } from '../../../src/control/checkLayerList';
import { layerSpan } from '../../../src/control/controlIndex';
import { intervalAt, positionOf } from '../../../src/control/intervalAt';
import { checkControlIndex } from '../../../src/control/checkControlIndex';
import { asOf } from '../../../src/control/layerFormat';
import { layerFiguresText } from '../../../src/control/layerFiguresText';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { uk } from '../../../src/i18n/uk';

const EN = localeOf('en', en);

const area = (l: number, d: number) => ({
  'luhansk-oblast': { km2: l * 267, pct: l },
  'donetsk-oblast': { km2: d * 265, pct: d },
});
const FILE = 'control/fixture/control.json';
const index = {
  format: 'claimline-control/4' as const,
  id: 'fixture',
  kind: 'assessed' as const,
  source: { name: 'Fixture', licence: 'test' },
  tolerance: 100,
  generated: { snapshots: 4, intervals: 3, bytesIn: 1, bytesOut: 1 },
  intervals: [
    {
      id: 1,
      from: '2022-02-24',
      to: '2022-02-24',
      area: area(60, 20),
      places: [],
      geometry: '00000000000000a1',
      snapshot: { date: '2022-02-24' },
    },
    {
      id: 2,
      from: '2022-02-25',
      to: '2022-03-01',
      area: area(70, 25),
      places: ['luhansk'],
      geometry: '00000000000000a2',
      snapshot: { date: '2022-02-25', at: '2022-02-25T18:00:00Z' },
      confirmed: ['2022-02-27'],
    },
    {
      id: 3,
      from: '2022-03-02',
      to: '2022-03-02',
      area: area(80, 30),
      places: ['luhansk', 'popasna'],
      geometry: '00000000000000a1',
      snapshot: { date: '2022-03-02' },
      suspect: true as const,
    },
  ],
};

describe('intervalAt', () => {
  it('finds the interval of a day, at and between its ends', () => {
    expect(intervalAt(index.intervals, '2022-02-24')?.id).toBe(1);
    expect(intervalAt(index.intervals, '2022-02-25')?.id).toBe(2);
    expect(intervalAt(index.intervals, '2022-02-27')?.id).toBe(2);
    expect(intervalAt(index.intervals, '2022-03-01')?.id).toBe(2);
    expect(intervalAt(index.intervals, '2022-03-02')?.id).toBe(3);
  });
  it('finds nothing outside the series', () => {
    expect(intervalAt(index.intervals, '2022-02-23')).toBeUndefined();
    expect(intervalAt(index.intervals, '2022-03-03')).toBeUndefined();
    expect(intervalAt([], '2022-03-03')).toBeUndefined();
  });
});

describe('positionOf', () => {
  it('gives the interval in force and the first that starts after the day', () => {
    expect(positionOf(index.intervals, '2022-02-26')).toEqual({ at: 1, after: 2 });
    expect(positionOf(index.intervals, '2022-02-23')).toEqual({ at: undefined, after: 0 });
    expect(positionOf(index.intervals, '2022-03-09')).toEqual({ at: undefined, after: 3 });
    const gap = [index.intervals[0]!, { ...index.intervals[2]!, from: '2022-03-05', to: '2022-03-06' }];
    expect(positionOf(gap, '2022-03-01')).toEqual({ at: undefined, after: 1 });
  });
});

describe('layerSpan', () => {
  it('is the first and last day the layer covers', () => {
    expect(layerSpan(index)).toEqual(['2022-02-24', '2022-03-02']);
    expect(layerSpan({ ...index, intervals: [] })).toBeNull();
  });
});

describe('checkControlIndex', () => {
  it('accepts a good index', () => {
    expect(checkControlIndex(index, FILE)).toEqual({ index, errors: [] });
  });
  it('refuses an index without intervals: a listed layer has at least one', () => {
    expect(checkControlIndex({ ...index, intervals: [] }, FILE)).toEqual({
      index: null,
      errors: [`${FILE}: intervals: is empty`],
    });
  });
  it('takes the source URL only as a web address', () => {
    const bad = { ...index, source: { ...index.source, url: 'javascript:alert(1)' } };
    expect(checkControlIndex(bad, FILE)).toEqual({
      index: null,
      errors: [`${FILE}: source.url: "javascript:alert(1)" is not an http: or https: address`],
    });
    const good = { ...index, source: { ...index.source, url: 'https://example.org/' } };
    expect(checkControlIndex(good, FILE).errors).toEqual([]);
  });

  it('checks the layer id and kind', () => {
    expect(checkControlIndex({ ...index, id: 'Deep State', kind: 'held' }, FILE).errors).toEqual([
      `${FILE}: id: "Deep State" is not a layer id (lower-case letters, digits and inner hyphens, 1 to 32 characters)`,
      `${FILE}: kind: "held" is not one of assessed, claimed`,
    ]);
    expect(checkControlIndex({ ...index, id: undefined, kind: undefined }, FILE).errors).toEqual([
      `${FILE}: id: undefined is not a layer id (lower-case letters, digits and inner hyphens, 1 to 32 characters)`,
      `${FILE}: kind: undefined is not one of assessed, claimed`,
    ]);
  });
  it('names the file, item and field of each mistake', () => {
    const bad = {
      ...index,
      intervals: [
        {
          id: 1,
          from: '2022-02-30',
          to: '2022-02-24',
          area: area(1, 1),
          places: [],
          geometry: '00000000000000a1',
          snapshot: { date: '2022-02-24' },
        },
        {
          id: 2,
          from: '2022-03-05',
          to: '2022-03-01',
          area: area(1, 1),
          places: [],
          geometry: '00000000000000a1',
          snapshot: { date: '2022-03-05' },
        },
        {
          id: 3,
          from: '2022-02-28',
          to: '2022-03-06',
          area: area(1, 1),
          places: [],
          geometry: '00000000000000a1',
          snapshot: { date: '2022-02-28' },
        },
        {
          id: 4,
          from: '2022-03-07',
          to: '2022-03-07',
          area: area(1, 1),
          places: 'luhansk',
          geometry: '../control.json',
          snapshot: {},
        },
        {
          id: 5,
          from: '2022-03-08',
          to: '2022-03-08',
          area: area(1, 1),
          places: [],
          geometry: '00000000000000a1',
          snapshot: { date: '2022-03-08' },
          confirmed: ['soon'],
          suspect: 'maybe',
        },
      ],
    };
    expect(checkControlIndex(bad, FILE).errors).toEqual([
      'control/fixture/control.json: interval 1: from (2022-02-30) is not a calendar day',
      'control/fixture/control.json: interval 2: to (2022-03-01) is before from (2022-03-05)',
      'control/fixture/control.json: interval 3: from (2022-02-28) overlaps the interval before it (to 2022-03-01)',
      'control/fixture/control.json: interval 4: places is not a list of place ids',
      'control/fixture/control.json: interval 4: geometry ("../control.json") is not a geometry file name (16 hex digits)',
      'control/fixture/control.json: interval 4: snapshot.date is not a calendar day',
      'control/fixture/control.json: interval 5: confirmed is not a list of calendar days',
      'control/fixture/control.json: interval 5: suspect is neither true nor absent',
    ]);
  });
  it('refuses another format and non-objects', () => {
    expect(checkControlIndex({ format: 'x', intervals: [] }, FILE).errors).toEqual([
      `${FILE}: format: expected "claimline-control/4", found "x"`,
      `${FILE}: intervals: is empty`,
    ]);
    expect(checkControlIndex({ ...index, format: 'claimline-control/3' }, FILE).errors).toEqual([
      `${FILE}: format: expected "claimline-control/4", found "claimline-control/3"`,
    ]);
    expect(checkControlIndex('nope', FILE).errors).toEqual([`${FILE}: file: is not a JSON object`]);
  });
});

describe('checkLayerList', () => {
  const entry = (id: string, more: object = {}) => ({
    id,
    kind: 'assessed',
    source: { name: `Source ${id}`, licence: 'test' },
    from: '2022-06-20',
    to: '2022-07-31',
    index: `control/${id}/control.json`,
    ...more,
  });
  const list = (layers: unknown[]) => ({ format: 'claimline-layers/1', layers });

  it('accepts a good list, in its order', () => {
    const layers = [
      entry('deepstate'),
      entry('isw', { kind: 'claimed', source: { name: 'ISW', licence: 'x', url: 'https://example.org' } }),
    ];
    expect(checkLayerList(list(layers))).toEqual({ layers, errors: [] });
    expect(checkLayerList(list([]))).toEqual({ layers: [], errors: [] });
  });

  it('names the file, item and field of each mistake, and keeps the good entries', () => {
    const result = checkLayerList(
      list([
        entry('a'),
        entry('Bad Id'),
        entry('c', { kind: 'held', from: '2022-07-31', to: '2022-06-20' }),
        entry('a'),
        entry('e', { index: '../secret.json', source: { licence: 'x' } }),
        'nope',
        entry('g', { from: 'soon', source: { name: 'G', licence: 'x', url: 7 } }),
        entry('h'),
      ]),
    );
    expect(result.errors).toEqual([
      'control/layers.json: layer 2 (Bad Id): id ("Bad Id") is not a layer id (lower-case letters, digits and inner hyphens, 1 to 32 characters)',
      'control/layers.json: layer 3 (c): kind ("held") is not one of assessed, claimed',
      'control/layers.json: layer 3 (c): to (2022-06-20) is before from (2022-07-31)',
      'control/layers.json: layer 4 (a): id is listed twice',
      'control/layers.json: layer 5 (e): source.name is missing',
      'control/layers.json: layer 5 (e): index ("../secret.json") is not "control/e/control.json"',
      'control/layers.json: layer 6: is not an object',
      'control/layers.json: layer 7 (g): source.url (7) is not an http: or https: address',
      'control/layers.json: layer 7 (g): from (soon) is not a calendar day',
    ]);
    expect(result.layers.map((l) => l.id)).toEqual(['a', 'h']);
  });

  it('takes a source URL only as a web address: a link from data never runs script', () => {
    const url = (id: string, address: string) =>
      entry(id, { source: { name: id, licence: 'x', url: address } });
    const result = checkLayerList(
      list([
        url('js', 'javascript:alert(document.domain)'),
        url('data', 'data:text/html,<b>x</b>'),
        url('relative', '/control/evil'),
        url('web', 'http://example.org/map?day=1'),
      ]),
    );
    expect(result.errors).toEqual([
      'control/layers.json: layer 1 (js): source.url ("javascript:alert(document.domain)") is not an http: or https: address',
      'control/layers.json: layer 2 (data): source.url ("data:text/html,<b>x</b>") is not an http: or https: address',
      'control/layers.json: layer 3 (relative): source.url ("/control/evil") is not an http: or https: address',
    ]);
    expect(result.layers.map((l) => l.id)).toEqual(['web']);
  });

  it('keeps at most four layers, naming the ones beyond', () => {
    const result = checkLayerList(
      list(['a', 'b', 'c', 'd', 'e'].map((id) => entry(id))),
      'public/control/layers.json',
    );
    expect(result.layers.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.errors).toEqual([
      'public/control/layers.json: layer 5 (e): is beyond the 4 layers the app shows',
    ]);
  });

  it('refuses another format and non-objects as a whole', () => {
    expect(checkLayerList({ format: 'claimline-control/3', intervals: [] })).toEqual({
      layers: [],
      errors: [
        'control/layers.json: format: expected "claimline-layers/1", found "claimline-control/3"',
        'control/layers.json: layers: is missing or not a list',
      ],
    });
    expect(checkLayerList(null).errors).toEqual(['control/layers.json: file: is not a JSON object']);
  });
});

describe('asOf', () => {
  it('is the latest snapshot on or before the day', () => {
    const interval = index.intervals[1]!;
    expect(asOf(interval, '2022-02-25')).toBe('2022-02-25');
    expect(asOf(interval, '2022-02-26')).toBe('2022-02-25');
    expect(asOf(interval, '2022-02-27')).toBe('2022-02-27');
    expect(asOf(interval, '2022-03-01')).toBe('2022-02-27');
  });
});

describe('layerFiguresText', () => {
  const names = new Map([
    ['luhansk-oblast', 'Luhansk Oblast'],
    ['donetsk-oblast', 'Donetsk Oblast'],
  ]);
  it('gives km² and percentage per oblast and the interval', () => {
    expect(layerFiguresText(index, '2022-02-26', index.intervals[1], names, EN)).toEqual({
      heading: 'Assessed control (Fixture)',
      lines: [
        'Luhansk Oblast: 70% (18,690 km²)',
        'Donetsk Oblast: 25% (6,625 km²)',
        'As of the source’s snapshot of 25 February 2022, 18:00 UTC. Unchanged 25 February 2022 to 1 March 2022.',
      ],
    });
  });
  it('says which snapshot the figures are as of: the latest that confirmed them', () => {
    expect(layerFiguresText(index, '2022-02-28', index.intervals[1], names, EN).lines[2]).toBe(
      'As of the source’s snapshot of 27 February 2022. Unchanged 25 February 2022 to 1 March 2022.',
    );
  });
  it('marks a suspect day in words', () => {
    expect(layerFiguresText(index, '2022-03-02', index.intervals[2], names, EN).lines.slice(2)).toEqual([
      'As of the source’s snapshot of 2 March 2022.',
      'Suspect: on this day the area jumps and comes back within two days, which is probably an error in the source.',
    ]);
  });
  it('says when the map shows another day’s area, or none, beside the figures', () => {
    const day = (map: 'drawn' | 'loading' | 'failed') =>
      layerFiguresText(index, '2022-02-26', index.intervals[1], names, EN, map).lines.slice(3);
    expect(day('drawn')).toEqual([]);
    expect(day('loading')).toEqual(['Loading this day’s map: the faded area drawn is another day’s.']);
    expect(day('failed')).toEqual([
      'This day’s map could not be loaded, so none is drawn; these figures are from the layer’s index.',
    ]);
  });
  it('writes them in the page’s language, with its numbers', () => {
    expect(layerFiguresText(index, '2022-02-26', index.intervals[1], names, localeOf('uk', uk))).toEqual({
      heading: 'Оцінений контроль (Fixture)',
      lines: [
        // Intl groups thousands with a no-break space in Ukrainian.
        'Luhansk Oblast: 70% (18\u00a0690 км²)',
        'Donetsk Oblast: 25% (6\u00a0625 км²)',
        'Знімок джерела від 25 лютого 2022 р., 18:00 за всесвітнім часом, — звідси ці цифри. Від 25 лютого 2022 р. до 1 березня 2022 р. без змін.',
      ],
    });
  });
  it('says when the series has nothing for the day', () => {
    expect(layerFiguresText(index, '2022-03-05', undefined, names, EN).lines).toEqual([
      'No assessment for this day. It covers 24 February 2022 to 2 March 2022.',
    ]);
  });
});
