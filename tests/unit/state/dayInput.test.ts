import { describe, expect, it } from 'vitest';
import { appStore, type Intent } from '../../../src/state/intent';
import { dayInput } from '../../../src/state/dayInput';
import { historyPolicy } from '../../../src/state/historyPolicy';

describe('dayInput', () => {
  it('makes a drag one history entry, unsettled until it ends where its last move was', () => {
    const store = appStore({ day: '2022-07-01' });
    const seen: [string, Intent][] = [];
    store.subscribe((state, _previous, meta) => seen.push([state.day, meta]));
    let now = 0;
    const input = dayInput(store, historyPolicy(), () => now);
    input('2022-07-02', 'start');
    now += 50;
    input('2022-07-03', 'move');
    now += 50;
    input('2022-07-03', 'end');
    expect(seen).toEqual([
      ['2022-07-02', { history: 'push', settled: false }],
      ['2022-07-03', { history: 'replace', settled: false }],
      ['2022-07-03', { history: 'none', settled: true }],
    ]);
  });

  it('takes a key step as settled', () => {
    const store = appStore({ day: '2022-07-01' });
    const metas: Intent[] = [];
    store.subscribe((_state, _previous, meta) => metas.push(meta));
    dayInput(store, historyPolicy(), () => 0)('2022-07-02', 'step');
    expect(metas).toEqual([{ history: 'push', settled: true }]);
  });

  it('passes on the days play says it lands on, and makes its run one history entry', () => {
    const store = appStore({ day: '2022-07-01' });
    const seen: [string, Intent][] = [];
    store.subscribe((state, _previous, meta) => seen.push([state.day, meta]));
    const input = dayInput(store, historyPolicy(), () => 0);
    input('2022-07-01', 'play', ['2022-07-03']);
    input('2022-07-03', 'play', ['2022-07-05']);
    input('2022-07-05', 'play', []);
    expect(seen).toEqual([
      ['2022-07-01', { history: 'none', settled: false, ahead: ['2022-07-03'] }],
      ['2022-07-03', { history: 'push', settled: false, ahead: ['2022-07-05'] }],
      ['2022-07-05', { history: 'replace', settled: false, ahead: [] }],
    ]);
  });
});
