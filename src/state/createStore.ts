/** One small store: the only place state changes. Views subscribe and send intents. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S>, meta?: ChangeMeta): void;
  subscribe(listener: (state: S, previous: S, meta: ChangeMeta) => void): () => void;
}

/**
 * How the change enters browser history: a new entry for a date the reader settled on, in place
 * for the later steps of one drag or key run, not at all when the change came from the URL itself.
 */
export interface ChangeMeta {
  history: 'push' | 'replace' | 'none';
}

const PUSH: ChangeMeta = { history: 'push' };

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S, meta: ChangeMeta) => void>();
  return {
    get: () => state,
    set(patch, meta = PUSH) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(state[key], next[key]));
      if (!changed) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous, meta);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
