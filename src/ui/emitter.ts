type Listener = (...args: never[]) => void;

/** A tiny typed event emitter for components: `on(event, fn)` returns the unsubscribe. */
export function emitter<Events extends Record<string, unknown[]>>() {
  const listeners = new Map<keyof Events, Set<Listener>>();
  return {
    on<K extends keyof Events>(event: K, fn: (...args: Events[K]) => void): () => void {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const listener = fn as unknown as Listener;
      set.add(listener);
      return () => set.delete(listener);
    },
    emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
      for (const fn of listeners.get(event) ?? []) (fn as unknown as (...args: Events[K]) => void)(...args);
    },
    clear: () => listeners.clear(),
  };
}
