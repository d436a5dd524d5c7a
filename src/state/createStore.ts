/**
 * One small store: the only place state changes. Views subscribe; the composition root sends their
 * intents. Each change carries a note from whoever made it (`M`), which the store hands to its
 * listeners untouched: what it says is the caller's business, not the store's.
 */
export interface Store<S, M = unknown> {
  get(): S;
  set(patch: Partial<S>, meta?: M): void;
  subscribe(listener: (state: S, previous: S, meta: M) => void): () => void;
}

export interface StoreOptions<M> {
  /** The note of a change whose caller gives none. */
  meta: M;
  /**
   * Whether a change that leaves the state as it is is reported all the same, from its note and the
   * note of the last change reported (`meta` before the first). By default it is not.
   */
  reportUnchanged?: (meta: M, last: M) => boolean;
}

/** A store over plain state: a change is reported when a key changed, or when the options say so. */
export function createStore<S extends object, M>(initial: S, options: StoreOptions<M>): Store<S, M> {
  let state = initial;
  let last = options.meta;
  const listeners = new Set<(state: S, previous: S, meta: M) => void>();
  return {
    get: () => state,
    set(patch, meta = options.meta) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(state[key], next[key]));
      if (!changed && !options.reportUnchanged?.(meta, last)) return;
      last = meta;
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
