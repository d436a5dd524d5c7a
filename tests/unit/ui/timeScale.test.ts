import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { dayToUtcMs } from '../../../src/story/day';
import { dayAt, storyTimeScale, trackGeometry, TRACK_MARGIN, xOf } from '../../../src/ui/timeScale';

const scale = storyTimeScale({
  range: ['2014-04-07', '2022-07-31'],
  focusFrom: '2022-02-01',
  overviewShare: 0.3,
  width: 1000,
});

describe('storyTimeScale', () => {
  it('puts the ends and the focus split where asked', () => {
    expect(xOf(scale, '2014-04-07')).toBe(0);
    expect(xOf(scale, '2022-02-01')).toBe(300);
    expect(xOf(scale, '2022-07-31')).toBe(1000);
  });

  it('gives a focus day several pixels and an overview day a fraction of one', () => {
    const focusDay = xOf(scale, '2022-07-04') - xOf(scale, '2022-07-03');
    const overviewDay = xOf(scale, '2018-01-02') - xOf(scale, '2018-01-01');
    expect(focusDay).toBeGreaterThan(3);
    expect(overviewDay).toBeLessThan(0.2);
  });

  it('maps every focus day to its own x and back', () => {
    for (const day of [
      '2022-02-01',
      '2022-06-24',
      '2022-06-25',
      '2022-06-26',
      '2022-07-02',
      '2022-07-03',
      '2022-07-31',
    ]) {
      expect(dayAt(scale, xOf(scale, day))).toBe(day);
    }
  });

  it('clamps positions off the track to the ends', () => {
    expect(dayAt(scale, -50)).toBe('2014-04-07');
    expect(dayAt(scale, 5000)).toBe('2022-07-31');
  });
});

describe('trackGeometry', () => {
  const options = { range: ['2014-04-07', '2022-07-31'] as const, focusFrom: '2022-02-01' };

  it('puts the first and last day at the ends of the track inside its margins', () => {
    const geometry = trackGeometry(options, 628);
    expect(geometry.left).toBe(TRACK_MARGIN);
    expect(geometry.width).toBe(628 - 2 * TRACK_MARGIN);
    expect(geometry.xOf('2014-04-07')).toBe(0);
    expect(geometry.xOf('2022-07-31')).toBe(geometry.width);
    expect(geometry.xOf('2022-02-01')).toBeCloseTo(0.3 * geometry.width, 0);
  });

  it('gives the same positions to every view that asks for the same width', () => {
    const a = trackGeometry(options, 500);
    const b = trackGeometry({ ...options }, 500);
    expect(b.xOf('2022-07-03')).toBe(a.xOf('2022-07-03'));
  });

  it('keeps a width of at least one pixel before the track is laid out', () => {
    expect(trackGeometry(options, 0).width).toBe(1);
  });
});

describe('storyTimeScale with later days', () => {
  const later = storyTimeScale({
    range: ['2014-04-07', '2025-08-14'],
    focusFrom: '2022-02-01',
    focusTo: '2022-07-31',
    overviewShare: 0.3,
    laterShare: 0.25,
    width: 1000,
  });

  it('keeps the focus detailed and gives the later years a compressed stretch of their own', () => {
    expect(xOf(later, '2022-02-01')).toBe(300);
    expect(xOf(later, '2022-07-31')).toBe(750);
    expect(xOf(later, '2025-08-14')).toBe(1000);
    const focusDay = xOf(later, '2022-07-04') - xOf(later, '2022-07-03');
    const laterDay = xOf(later, '2024-01-02') - xOf(later, '2024-01-01');
    expect(focusDay).toBeGreaterThan(2);
    expect(laterDay).toBeLessThan(0.3);
  });

  it('reaches every later day by position, to within a day', () => {
    expect(dayAt(later, 1000)).toBe('2025-08-14');
    const x = xOf(later, '2023-02-15');
    expect(['2023-02-14', '2023-02-15', '2023-02-16']).toContain(dayAt(later, x));
  });
});

describe('the track scale against d3-scale’s polylinear UTC scale it replaces', () => {
  it('puts every day where scaleUtc did, and reads every pixel back the same', () => {
    const range = ['2014-04-07', '2025-08-03'] as const;
    const options = { range, focusFrom: '2022-02-01', focusTo: '2022-12-31', overviewShare: 0.3, width: 777 };
    const ours = storyTimeScale(options);
    const days = [range[0], options.focusFrom, options.focusTo, range[1]].map(dayToUtcMs);
    const theirs = scaleUtc()
      .domain(days.map((ms) => new Date(ms)))
      .range([0, 233, Math.round(777 * 0.75), 777])
      .clamp(true);
    for (let ms = days[0]! - 86_400_000 * 30; ms <= days[3]! + 86_400_000 * 30; ms += 86_400_000 * 7)
      expect(ours(ms)).toBeCloseTo(theirs(new Date(ms)), 9);
    for (let x = -20; x <= 800; x += 3.7) expect(ours.invert(x)).toBeCloseTo(theirs.invert(x).getTime(), 0);
    expect(ours.domain()).toEqual(theirs.domain());
    expect(ours.copy()(days[1]!)).toBe(233);
  });
});
