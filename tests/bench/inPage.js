// Bench code that runs inside the page. Plain JavaScript, injected with addInitScript, because
// functions passed to page.evaluate from tsx carry helpers that do not exist in the page.
(() => {
  const mapOf = () => window.__claimline.map;

  const untilIdle = (map) => new Promise((resolve) => map.once('idle', resolve));

  window.__bench = {
    /** Resolves with performance.now() at the map's first idle (the app may not exist yet). */
    firstIdle: new Promise((resolve) => {
      const poll = () => {
        if (window.__claimline) window.__claimline.map.once('idle', () => resolve(performance.now()));
        else setTimeout(poll, 5);
      };
      poll();
    }),

    async ready() {
      while (!window.__claimline) await new Promise((r) => setTimeout(r, 10));
      const map = mapOf();
      if (!(map.loaded() && map.areTilesLoaded())) await untilIdle(map);
    },

    /** (a) Claimline's scrub path: the store changes the day; timed to the map's next idle. */
    async scrubClaimline(days) {
      const { map, store } = window.__claimline;
      const out = [];
      for (const day of days) {
        // A day that changes nothing draws nothing, and no idle would come.
        if (store.get().day === day) continue;
        const idle = untilIdle(map);
        const t0 = performance.now();
        store.set({ day }, { history: 'replace', settled: true });
        await idle;
        out.push(performance.now() - t0);
      }
      return out;
    },

    /** (b) Naive: day states baked into properties, setData on both sources each step. */
    async scrubNaive(days, states) {
      const map = mapOf();
      const style = map.getStyle();
      const base = { oblasts: style.sources.oblasts.data, cities: style.sources.cities.data };
      const bake = (fc, byId) => ({
        ...fc,
        features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, ...byId[f.id] } })),
      });
      const out = [];
      for (const day of days) {
        const s = states[day];
        const idle = untilIdle(map);
        const t0 = performance.now();
        map.getSource('oblasts').setData(bake(base.oblasts, s.oblasts));
        map.getSource('cities').setData(bake(base.cities, s.cities));
        await idle;
        out.push(performance.now() - t0);
      }
      return out;
    },

    /** JS heap in use, after a garbage collection where the browser allows one. */
    async heap() {
      if (typeof window.gc === 'function') window.gc();
      return performance.memory ? performance.memory.usedJSHeapSize : NaN;
    },
  };
})();

(() => {
  const untilIdle = (map) => new Promise((resolve) => map.once('idle', resolve));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  Object.assign(window.__bench, {
    /** Waits for the imported control layer to be on the map and drawn. */
    async controlReady() {
      while (!window.__claimline || !window.__claimline.map.getLayer('control-fill')) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const map = window.__claimline.map;
      while (!(map.loaded() && map.areTilesLoaded() && map.isSourceLoaded('control'))) await untilIdle(map);
    },

    /** Untimed scrub for the memory check: `steps` changes, a frame drawn every `every` steps. */
    async churn(days, steps, every) {
      const { store } = window.__claimline;
      for (let i = 0; i < steps; i++) {
        store.set({ day: days[i % days.length] }, { history: 'replace' });
        if (i % every === every - 1) await frame();
      }
      // The last step may have changed nothing, and an unchanged map never fires idle.
      const idle = untilIdle(window.__claimline.map);
      window.__claimline.map.triggerRepaint();
      await idle;
    },
  });
})();
