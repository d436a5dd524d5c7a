/**
 * Resolves once the browser has presented the page's first contentful frame (its own paint timing,
 * `first-contentful-paint`), or after `limitMs` where it never says so (a hidden tab, a browser
 * without paint timing).
 *
 * Why not a frame callback: a frame's callbacks run when the frame is made, not when it reaches the
 * screen. MapLibre's start creates a WebGL context, which holds the browser's GPU process, where the
 * screen's frames are put together; started in the frame after the picture's, it kept that frame off
 * the screen until its start was done (the picture, committed at ~0.4 s, was shown at ~1.0 s).
 */
export function presented(limitMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, limitMs);
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the limit decides.
    }
  });
}
