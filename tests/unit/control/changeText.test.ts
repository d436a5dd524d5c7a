import { describe, expect, it } from 'vitest';
import type { AreaChange } from '../../../src/control/areaChange';
import { changeText, sliverText, spanText, suspectText } from '../../../src/control/changeText';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { ru as ruTable } from '../../../src/i18n/ru';
import { uk as ukTable } from '../../../src/i18n/uk';

const EN = localeOf('en', en);

const names = new Map([
  ['luhansk-oblast', 'Luhansk Oblast'],
  ['donetsk-oblast', 'Donetsk Oblast'],
]);
const change = (l: [number, number], d: [number, number]): AreaChange => ({
  gained: [],
  lost: [],
  byRegion: {
    'luhansk-oblast': { gainedKm2: l[0], lostKm2: l[1] },
    'donetsk-oblast': { gainedKm2: d[0], lostKm2: d[1] },
  },
  slivers: { gainedKm2: 0, lostKm2: 0 },
});

describe('changeText', () => {
  it('says what each source’s area gained, lost and the net in each oblast between the two days', () => {
    expect(changeText('DeepState', '2022-06-24', '2022-07-04', change([449.4, 1.2], [0, 0]), names, EN)).toBe(
      "From 24 June to 4 July 2022, DeepState's area in Luhansk Oblast grew by 449 km² and lost 1.2 km² (net +448 km²); in Donetsk Oblast it did not change.",
    );
    expect(changeText('ISW', '2022-08-01', '2022-11-30', change([0, 580], [3, 1204.6]), names, EN)).toBe(
      "From 1 August to 30 November 2022, ISW's area in Luhansk Oblast lost 580 km²; in Donetsk Oblast it grew by 3 km² and lost 1,205 km² (net −1,202 km²).",
    );
    expect(changeText('ISW', '2022-08-01', '2022-11-30', change([0, 0], [12, 0]), names, EN)).toBe(
      "From 1 August to 30 November 2022, ISW's area in Luhansk Oblast did not change; in Donetsk Oblast it grew by 12 km².",
    );
  });

  it('keeps to the oblasts asked for', () => {
    expect(
      changeText('ISW', '2022-08-01', '2022-11-30', change([0, 580], [3, 3]), names, EN, ['donetsk-oblast']),
    ).toBe(
      "From 1 August to 30 November 2022, ISW's area in Donetsk Oblast grew by 3 km² and lost 3 km² (net 0 km²).",
    );
  });

  it('gives no comparison against a day the source leaves unknown', () => {
    expect(changeText('DeepState', '2022-02-20', '2022-07-04', { unknown: '2022-02-20' }, names, EN)).toBe(
      'No comparison for this source: DeepState has no assessment for 20 February 2022.',
    );
  });
});

describe('in the page’s language', () => {
  it('writes the change with the language’s days, numbers and unit, and no doubled full stop', () => {
    const uk = localeOf('uk', ukTable);
    const ukNames = new Map([
      ['luhansk-oblast', 'Луганська область'],
      ['donetsk-oblast', 'Донецька область'],
    ]);
    expect(changeText('ISW', '2022-08-01', '2022-11-30', change([0, 580], [3, 1204.6]), ukNames, uk)).toBe(
      'Від 1 серпня до 30 листопада 2022 р. територія шару ISW: Луганська область — зменшилася на 580 км²; Донецька область — зросла на 3 км² і зменшилася на 1\u00a0205 км² (разом −1\u00a0202 км²).',
    );
    expect(changeText('ISW', '2022-02-20', '2022-07-04', { unknown: '2022-02-20' }, ukNames, uk)).toBe(
      'Порівняння за цим джерелом немає: ISW не має оцінки на 20 лютого 2022 р.',
    );
    expect(sliverText({ gainedKm2: 2.5, lostKm2: 1 }, 200, localeOf('ru', ruTable))).toBe(
      'Не учтено: 3,5 км² полосок уже 200 м вдоль неизменной линии (шум оцифровки).',
    );
  });
});

describe('suspectText and sliverText', () => {
  it('names the suspect days, and nothing when there are none', () => {
    expect(suspectText('ISW', [], EN)).toBeNull();
    expect(suspectText('ISW', ['2022-07-04'], EN)).toMatch(/^Suspect: ISW's map for 4 July 2022 jumps/);
  });

  it('says how much the sliver threshold left out', () => {
    expect(sliverText({ gainedKm2: 0, lostKm2: 0 }, 200, EN)).toBeNull();
    expect(sliverText({ gainedKm2: 2.5, lostKm2: 1 }, 200, EN)).toBe(
      'Not counted: 3.5 km² of slivers under 200 m wide along an unchanged line (digitising noise).',
    );
  });
});

describe('spanText', () => {
  it('writes the year once where both days share it, and the days in order', () => {
    expect(spanText('2022-07-04', '2022-06-24', EN)).toBe('From 24 June to 4 July 2022');
    expect(spanText('2022-12-30', '2023-01-02', EN)).toBe('From 30 December 2022 to 2 January 2023');
  });
});
