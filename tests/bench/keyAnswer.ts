import type { Browser } from '@playwright/test';
import { boxPixels, watchFrames, type Box, type Frame } from './onScreen';

const IN_PAGE = 'tests/bench/inPage.js';
const VIEWPORT = { width: 1024, height: 720 };

/**
 * The page opens on the story's last day, the slider's end, where ArrowRight has nowhere to go. The
 * presses go a day back and forth instead: 4 and 3 July 2022 differ on the map (Donetsk oblast's
 * fill, about a tenth of the map's box), so every press that moves the day has a visible answer.
 */
const KEYS = ['ArrowLeft', 'ArrowRight'] as const;
/** The grid over the map's box (cells a side) whose points are compared frame to frame. */
const CELLS = 48;
/** A point has changed when one of its channels moved by more than this (the frames are PNG). */
const CHANNEL_STEP = 24;
/** The box has changed when this share of its points has. */
const CHANGED_SHARE = 0.005;
/** Before each press, the box unchanged for this long, so that the next change is the press's. */
const QUIET_MS = 150;
/** A press not answered this long after it counts as unanswered; also the longest quiet wait. */
export const ANSWER_LIMIT_MS = 10000;
/** Presses stop here even where the map never reaches its first idle. */
const LOAD_LIMIT_MS = 20000;

/** One cold load's answers to the slider's keys, by the page's clock, ms. */
export interface KeyAnswerRun {
  /** From navigation start to the frame that first showed a key's change of day (null: none did). */
  firstAnswer: number | null;
  /** That first answer's wait: from its key press to that frame. */
  firstWait: number | null;
  /** The longest wait of an answered press, from the first to the one after the map's first idle. */
  worstWait: number | null;
  /** Presses that moved the day and were answered, and those with no change within the limit. */
  answered: number;
  unanswered: number;
}

/** What tests/bench/inPage.js's keyState() returns. */
interface KeyState {
  value: string | null;
  lastKey: { at: number; before: string | null } | null;
  idle: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `read` every 10 ms until it gives a value (not null) or `limitMs` has passed. */
async function poll<T>(read: () => T | null, limitMs: number): Promise<T | null> {
  const t0 = Date.now();
  for (;;) {
    const value = read();
    if (value !== null || Date.now() - t0 >= limitMs) return value;
    await sleep(10);
  }
}

function differs(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return true;
  let changed = 0;
  for (let i = 0; i < a.length; i += 3)
    if (
      Math.abs(a[i]! - b[i]!) > CHANNEL_STEP ||
      Math.abs(a[i + 1]! - b[i + 1]!) > CHANNEL_STEP ||
      Math.abs(a[i + 2]! - b[i + 2]!) > CHANNEL_STEP
    )
      changed++;
  return changed / (a.length / 3) >= CHANGED_SHARE;
}

/** The map box in each frame as it arrives (decoded once), by the page's clock. */
function boxFrames(frames: readonly Frame[], box: Box, origin: number) {
  const seen: { at: number; pixels: Uint8Array }[] = [];
  let read = 0;
  let lastChange = -Infinity;
  const update = () => {
    for (; read < frames.length; read++) {
      const frame = frames[read]!;
      const at = frame.at - origin;
      // Frames of the blank page before navigation.
      if (at < 0) continue;
      const pixels = boxPixels(frame, box, VIEWPORT.width, CELLS);
      const previous = seen.at(-1);
      if (previous && differs(previous.pixels, pixels)) lastChange = at;
      seen.push({ at, pixels });
    }
  };
  return {
    /** The moment of the last frame whose box differed from the frame before it. */
    lastChange(): number {
      update();
      return lastChange;
    },
    /** The first frame after `pressAt` whose box differs from the last frame shown before it, or null. */
    answerTo(pressAt: number): number | null {
      update();
      const before = seen.findLast((f) => f.at <= pressAt);
      if (!before) return null;
      return seen.find((f) => f.at > pressAt && differs(before.pixels, f.pixels))?.at ?? null;
    },
  };
}

/**
 * The moment the slider first answers a key with a redraw, in a cold load at 1024x720.
 *
 * The slider (role slider, name "Date") is focused the moment the app adds it, and from the first
 * frame the page shows keys are pressed one at a time (KEYS, in turn), each once the map's box has
 * not changed for QUIET_MS; presses before the slider exists reach nothing. A press counts when it moved the slider's day (its aria-valuenow). Its answer is the
 * first compositor frame after the press whose map box differs from the last frame shown before the
 * press (CHANGED_SHARE of a CELLS x CELLS grid of points over the box): the first picture fading as
 * stale, the app's picture of the new day or MapLibre's redraw, whichever the build shows. The
 * press's moment is the key event's own time (when the browser received it, before the page could
 * handle it), so a page busy with other work answers late. Where the map's box shows nothing yet
 * (a build without the picture, before MapLibre's first frame), the map's first drawing, of the
 * new day, is the answer. A change the load itself makes just after a press (a fade, a font swap)
 * would be taken for the answer; the quiet wait before each press keeps that rare.
 *
 * `box` is the map's box as the build lays it out at 1024x720 (coldLoad reads it): asked for during
 * the load, it would wait for the page's thread, and no key would be pressed while that is busy.
 *
 * Reports the first answer's moment from navigation start and its wait, and the longest wait of
 * the presses until the first one answered after the map's first idle.
 */
export async function keyAnswer(browser: Browser, url: string, box: Box): Promise<KeyAnswerRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const frames = await watchFrames(page, VIEWPORT.width);
    await page.addInitScript({ path: IN_PAGE });
    await page.addInitScript('window.__bench.watchSlider()');
    await page.goto(url, { waitUntil: 'commit' });
    const origin = await page.evaluate<number>('performance.timeOrigin');
    const now = () => Date.now() - origin;
    // From the first frame the page shows.
    while (!frames.frames.some((f) => f.at >= origin) && now() < LOAD_LIMIT_MS) await sleep(10);
    const watch = boxFrames(frames.frames, box, origin);
    const waits: number[] = [];
    let firstAnswer: number | null = null;
    let unanswered = 0;
    let moved = 0;
    while (now() < LOAD_LIMIT_MS) {
      await poll(() => (now() - watch.lastChange() >= QUIET_MS ? true : null), ANSWER_LIMIT_MS);
      // Sent whether or not the page is free: a busy page handles it late, as it would a reader's.
      await page.keyboard.press(KEYS[moved % KEYS.length]!);
      const state = await page.evaluate<KeyState>('window.__bench.keyState()');
      const key = state.lastKey;
      // No slider yet, or the key moved nothing: the same key again, shortly.
      if (!key || key.before === null || state.value === key.before) {
        await sleep(20);
        continue;
      }
      moved++;
      const answer = await poll(() => watch.answerTo(key.at), ANSWER_LIMIT_MS);
      if (answer === null) unanswered++;
      else {
        waits.push(answer - key.at);
        firstAnswer ??= answer;
      }
      const idle = (await page.evaluate<KeyState>('window.__bench.keyState()')).idle;
      if (answer !== null && idle !== null && key.at > idle) break;
    }
    return {
      firstAnswer,
      firstWait: waits[0] ?? null,
      worstWait: waits.length ? Math.max(...waits) : null,
      answered: waits.length,
      unanswered,
    };
  } finally {
    await context.close();
  }
}
