// Bench code that runs inside the page. Plain JavaScript, injected with addInitScript, because
// functions passed to page.evaluate from tsx carry helpers that do not exist in the page. It reads
// any build of the app, earlier ones too: where a build lacks a handle or a mark, the figure is null.
(() => {
  /** The app's MapLibre map, where the build exposes one (window.__claimline.map), else null. */
  const mapOf = () => {
    const map = window.__claimline && window.__claimline.map;
    return map && typeof map.once === 'function' ? map : null;
  };

  const untilIdle = (map) => new Promise((resolve) => map.once('idle', resolve));

  /** How long `ready` waits for the app's map before it gives up, ms. */
  const READY_LIMIT_MS = 30000;

  /** The timeline's slider (role slider, name "Date"), once the app has built it. */
  const slider = () => document.querySelector('[role="slider"][aria-label="Date"]');

  window.__bench = {
    /** Every idle of the map, by performance.now(), from its first. */
    idles: [],

    /** performance.now() when MapLibre started (null until then): see the canvas hook below. */
    mapStart: null,

    /** performance.now() of the app's `first-map` mark (the picture on screen), or null. */
    firstMap() {
      const [mark] = performance.getEntriesByName('first-map', 'mark');
      return mark ? mark.startTime : null;
    },

    /** The browser's own first contentful paint (its paint timing), or null before it. */
    firstContentfulPaint() {
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      return paint ? paint.startTime : null;
    },

    /** Resolves with performance.now() at the map's first idle (the app may not exist yet). */
    firstIdle: new Promise((resolve) => {
      const poll = () => {
        const map = mapOf();
        if (map) {
          map.once('idle', () => resolve(performance.now()));
          map.on('idle', () => window.__bench.idles.push(performance.now()));
        } else setTimeout(poll, 5);
      };
      poll();
    }),

    /** Each keydown the page received: when it was pressed (the event's time) and the slider's value then. */
    keys: [],

    /** Focuses the slider the moment the app adds it to the page (for the key measure). */
    watchSlider() {
      const observer = new MutationObserver(() => {
        const handle = slider();
        if (!handle) return;
        observer.disconnect();
        handle.focus();
      });
      observer.observe(document, { childList: true, subtree: true });
      // Captured before the app's own handler, so `before` is the value the key started from.
      window.addEventListener(
        'keydown',
        (event) => {
          const handle = slider();
          window.__bench.keys.push({
            at: event.timeStamp,
            before: handle && handle.getAttribute('aria-valuenow'),
          });
        },
        true,
      );
    },

    /**
     * For the key measure, between presses: the slider's value (null: no slider yet), with focus
     * put back on it if it lost it, the last key received and the map's first idle (null: none yet).
     */
    keyState() {
      const handle = slider();
      if (handle && document.activeElement !== handle) handle.focus();
      const idle = window.__bench.idles[0];
      return {
        value: handle && handle.getAttribute('aria-valuenow'),
        lastKey: window.__bench.keys.at(-1) ?? null,
        idle: idle === undefined ? null : idle,
      };
    },

    async ready() {
      const t0 = performance.now();
      while (!mapOf()) {
        if (performance.now() - t0 > READY_LIMIT_MS)
          throw new Error(`no map at window.__claimline.map after ${READY_LIMIT_MS} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
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

  // When MapLibre starts, read the same way from any build of the app: its constructor asks its own
  // canvas (class maplibregl-canvas) for a WebGL2 context, once. The app's WebGL probe uses a bare
  // canvas and is not counted.
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (window.__bench.mapStart === null && this.classList.contains('maplibregl-canvas'))
      window.__bench.mapStart = performance.now();
    return getContext.apply(this, args);
  };
})();

(() => {
  const untilIdle = (map) => new Promise((resolve) => map.once('idle', resolve));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // The imported layers' view; builds from before the glossary (bench:compare runs older commits)
  // named it `assessed`.
  const layersOf = () => window.__claimline && (window.__claimline.layers ?? window.__claimline.assessed);

  Object.assign(window.__bench, {
    /** Waits for the imported control layer to be on the map with the day's interval drawn. */
    async controlReady() {
      while (!layersOf()) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const { map } = window.__claimline;
      while (layersOf().layer.status().pending || !(map.loaded() && map.areTilesLoaded()))
        await untilIdle(map);
    },

    /** The layer's counts: what is drawn, whether the day waits, requests, files held. */
    controlStatus() {
      return layersOf().layer.status();
    },

    /**
     * The streamed layer's scrub: each step timed from the store's change to the first idle at
     * which the day's interval is drawn, so a step that waits for its file pays for the fetch.
     */
    async scrubStreamed(days) {
      const { map, store } = window.__claimline;
      const layers = layersOf();
      const out = [];
      for (const day of days) {
        if (store.get().day === day) continue;
        const t0 = performance.now();
        let idle = untilIdle(map);
        store.set({ day }, { history: 'replace' });
        await idle;
        while (layers.layer.status().pending) {
          idle = untilIdle(map);
          await idle;
        }
        out.push(performance.now() - t0);
      }
      return out;
    },

    /**
     * Presses Play at the chosen speed and counts, until the player stops or `limitMs` passes, the
     * steps that changed the interval and those that found its file not yet loaded (a wait).
     */
    async play(speed, limitMs) {
      const { store } = window.__claimline;
      const layers = layersOf();
      const select = document.querySelector('.timeline-speed select');
      select.value = speed;
      const button = document.querySelector('.timeline-play');
      let steps = 0;
      let changes = 0;
      let waits = 0;
      let lastShown = null;
      const stop = store.subscribe(() => {
        steps++;
        const status = layers.layer.status();
        const interval = status.target;
        if (interval !== lastShown) changes++;
        lastShown = interval;
        if (status.pending) waits++;
      });
      const t0 = performance.now();
      button.click();
      while (button.getAttribute('aria-pressed') === 'true' && performance.now() - t0 < limitMs) {
        await new Promise((r) => setTimeout(r, 50));
      }
      if (button.getAttribute('aria-pressed') === 'true') button.click();
      stop();
      return { steps, changes, waits, seconds: (performance.now() - t0) / 1000, last: store.get().day };
    },

    /** Waits until the layer has no request in flight. */
    async controlSettled() {
      while (layersOf().layer.status().inFlight > 0) await new Promise((r) => setTimeout(r, 20));
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

    /**
     * The comparison of two days: for each pair [compare, day], the time from setting it (one
     * settled change of the store; with `dayFirst`, the day is shown and drawn first and only the
     * second day is set and timed, as a reader sets it) to the difference on screen, that is the words giving the
     * change (no longer "measuring") and the map idle with it drawn; and the page thread's long
     * frames meanwhile (long animation frames where the browser reports them, else long tasks).
     */
    async compareTimes(pairs, dayFirst = false) {
      const { map, store } = window.__claimline;
      const supported = PerformanceObserver.supportedEntryTypes || [];
      const type = supported.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
      let frames = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) frames.push(entry.duration);
      });
      observer.observe({ type });
      // Beside the frames, the tasks: a frame can be long while the page's thread is free, waiting
      // for the renderer (a software one here) to take it; a long task is the page's thread busy.
      let tasks = [];
      const taskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      if (supported.includes('longtask')) taskObserver.observe({ type: 'longtask' });
      const measured = () => {
        const line = document.querySelector('.compare-summary .compare-line .compare-text');
        return line !== null && !/measuring the change/.test(line.textContent || '');
      };
      const out = [];
      for (const [compare, day] of pairs) {
        if (dayFirst) {
          // The day shown first, drawn with its own file, untimed: then only the second day is set.
          const idle = untilIdle(map);
          store.set({ day, compare: null }, { history: 'replace', settled: true });
          await idle;
          while (layersOf().layer.status().pending || !(map.loaded() && map.areTilesLoaded()))
            await untilIdle(map);
        }
        frames = [];
        tasks = [];
        const t0 = performance.now();
        store.set(dayFirst ? { compare } : { day, compare }, { history: 'replace', settled: true });
        await frame();
        while (!measured()) await frame();
        if (!(map.loaded() && map.areTilesLoaded())) await untilIdle(map);
        const ms = performance.now() - t0;
        // Entries of the last frames arrive a little later: give them a frame to come.
        await frame();
        out.push({
          ms,
          longest: Math.max(0, ...frames),
          over50: frames.filter((d) => d > 50).length,
          type,
          longestTask: Math.max(0, ...tasks),
          tasksOver50: tasks.length,
        });
      }
      observer.disconnect();
      taskObserver.disconnect();
      return out;
    },
  });
})();
