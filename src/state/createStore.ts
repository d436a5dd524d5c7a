/** One small store: the only place state changes. Views subscribe and send intents. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S>, meta?: ChangeMeta): void;
  subscribe(listener: (state: S, previous: S, meta: ChangeMeta) => void): () => void;
}

export interface ChangeMeta {
  /**
   * How the change enters browser history: a new entry for a date the reader settled on, in place
   * for the later steps of one drag or key run, not at all when the change came from the URL itself.
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
  ahead?: readonly string[];
}

const PUSH: ChangeMeta = { history: 'push', settled: true };

/**
 * A store over plain state. An unchanged state is not reported, with two exceptions: a settled
 * change that ends an unsettled run is reported even when the state is already there (a drag that
 * ends where its last move was), so views that held back catch up; and an input that says where it
 * goes next (`meta.ahead`, play about to start) is reported, so views can fetch ahead before it moves.
 */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  let unsettled = false;
  const listeners = new Set<(state: S, previous: S, meta: ChangeMeta) => void>();
  return {
    get: () => state,
    set(patch, meta = PUSH) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(state[key], next[key]));
      const settles = meta.settled && unsettled;
      if (!changed && !settles && !meta.ahead) return;
      unsettled = !meta.settled;
      const previous = state;
      if (changed) state = next;
      for (const listener of listeners) listener(state, previous, meta);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
