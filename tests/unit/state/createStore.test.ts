import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/state/createStore';
import { appStore, type AppStore, type Intent } from '../../../src/state/intent';

type State = { day: string; city: string | null };
const changes = (store: AppStore<State>) => {
  const seen: [State, State, Intent][] = [];
  store.subscribe((state, previous, meta) => seen.push([state, previous, meta]));
  return seen;
};

describe('appStore', () => {
  it('reports a change with the state before it and its meta', () => {
    const store = appStore<State>({ day: '2022-07-03', city: null });
    const seen = changes(store);
    store.set({ city: 'lysychansk' }, { history: 'replace', settled: true });
    expect(store.get()).toEqual({ day: '2022-07-03', city: 'lysychansk' });
    expect(seen).toEqual([
      [
        { day: '2022-07-03', city: 'lysychansk' },
        { day: '2022-07-03', city: null },
        { history: 'replace', settled: true },
      ],
    ]);
  });

  it('takes a change as a settled new history entry unless told otherwise', () => {
    const store = appStore<State>({ day: '2022-07-03', city: null });
    const seen = changes(store);
    store.set({ day: '2022-07-04' });
    expect(seen[0]?.[2]).toEqual({ history: 'push', settled: true });
  });

  it('keeps the old state object intact', () => {
    const first = { day: '2022-07-03', city: null };
    const store = appStore<State>(first);
    store.set({ day: '2022-07-04' });
    expect(first.day).toBe('2022-07-03');
    expect(store.get()).not.toBe(first);
  });

  it('reports nothing when nothing changed', () => {
    const store = appStore<State>({ day: '2022-07-03', city: null });
    const seen = changes(store);
    store.set({ day: '2022-07-03' });
    store.set({});
    expect(seen).toEqual([]);
  });

  it('reports the settling of an unsettled run even when the state is already there', () => {
    const store = appStore<State>({ day: '2022-07-03', city: null });
    const seen = changes(store);
    store.set({ day: '2022-07-04' }, { history: 'push', settled: false });
    store.set({ day: '2022-07-04' }, { history: 'none', settled: true });
    expect(seen.map(([state, , meta]) => [state.day, meta.settled])).toEqual([
      ['2022-07-04', false],
      ['2022-07-04', true],
    ]);
    // Once settled, the same unchanged state is not reported again.
    store.set({ day: '2022-07-04' }, { history: 'none', settled: true });
    expect(seen).toHaveLength(2);
  });

  it('reports an input that says where it goes next, even before the state changes', () => {
    const store = appStore<State>({ day: '2022-07-03', city: null });
    const seen = changes(store);
    const ahead = ['2022-07-05', '2022-07-07'];
    store.set({ day: '2022-07-03' }, { history: 'none', settled: false, ahead });
    expect(seen.map(([state, , meta]) => [state.day, meta.ahead])).toEqual([['2022-07-03', ahead]]);
  });

  it('stops reporting to a listener that unsubscribed', () => {
    const store = appStore<State>({ day: '2022-07-03', city: null });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set({ day: '2022-07-04' });
    unsubscribe();
    store.set({ day: '2022-07-05' });
    expect(calls).toBe(1);
  });
});

describe('createStore', () => {
  it("hands each change its caller's note untouched, and its default note when there is none", () => {
    const store = createStore<State, string>({ day: '2022-07-03', city: null }, { meta: 'default' });
    const notes: string[] = [];
    store.subscribe((_state, _previous, meta) => notes.push(meta));
    store.set({ day: '2022-07-04' }, 'a step');
    store.set({ day: '2022-07-05' });
    store.set({ day: '2022-07-05' }, 'unchanged');
    expect(notes).toEqual(['a step', 'default']);
  });

  it('reports an unchanged state when its options say so, from the note and the last reported one', () => {
    const asked: [number, number][] = [];
    const store = createStore<State, number>(
      { day: '2022-07-03', city: null },
      {
        meta: 0,
        reportUnchanged: (meta, last) => {
          asked.push([meta, last]);
          return meta > last;
        },
      },
    );
    const notes: number[] = [];
    store.subscribe((_state, _previous, meta) => notes.push(meta));
    store.set({ day: '2022-07-03' }, 2);
    store.set({ day: '2022-07-03' }, 1);
    store.set({ day: '2022-07-04' }, 1);
    store.set({ day: '2022-07-04' }, 3);
    expect(notes).toEqual([2, 1, 3]);
    expect(asked).toEqual([
      [2, 0],
      [1, 2],
      [3, 1],
    ]);
  });
});
