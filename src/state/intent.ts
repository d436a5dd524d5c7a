import type { Day } from '../story/day';
import { createStore, type Store } from './createStore';

/**
 * What the reader asked for, carried with the change it makes to the app's state: how it enters
 * browser history, whether the input is still running, and where it goes next.
 */
export interface Intent {
  /**
   * A new entry for a date or place the reader settled on, in place for the later steps of one
   * drag or key run, not at all when the change came from the URL itself.
   */
  history: 'push' | 'replace' | 'none';
  /**
   * False while an input is still running (a drag, a play run), so views can hold back slow work
   * (the spoken summary); true once the reader has let go.
   */
  settled: boolean;
  /**
   * The days the input will show next, nearest first, when it knows them (play does), so views can
   * fetch what those days need before they come.
   */
  ahead?: readonly Day[];
}

/** A settled change the reader asked for: a new history entry, so Back undoes it. */
export const PUSH: Intent = { history: 'push', settled: true };

/** The app's store: each change carries the reader's intent. */
export type AppStore<S> = Store<S, Intent>;

/**
 * The app's store. An unchanged state is not reported, with two exceptions: a settled change that
 * ends an unsettled run is reported even when the state is already there (a drag that ends where
 * its last move was), so views that held back catch up; and an input that says where it goes next
 * (`ahead`, play about to start) is reported, so views can fetch ahead before it moves.
 */
export function appStore<S extends object>(initial: S): AppStore<S> {
  return createStore<S, Intent>(initial, {
    meta: PUSH,
    reportUnchanged: (intent, last) => (intent.settled && !last.settled) || intent.ahead !== undefined,
  });
}
