import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** A box on the page, CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One compositor frame: when it was shown (ms since the epoch, as performance.timeOrigin) and its PNG. */
export interface Frame {
  at: number;
  data: string;
}

/** Share of sample points in the box that must be painted (not the page's white) to count as the map. */
const PAINTED = 0.6;
/** Frames are asked for this wide: enough to tell a map from an empty box, cheap to encode. */
const FRAME_WIDTH = 256;

/**
 * The colours (RGB, one triple a point) at the inner points of a `cells` x `cells` grid laid over
 * `box` in a frame, row by row; points that fall outside the frame are left out.
 */
export function boxPixels(frame: Frame, box: Box, viewportWidth: number, cells: number): Uint8Array {
  const png = PNG.sync.read(Buffer.from(frame.data, 'base64'));
  const scale = png.width / viewportWidth;
  const out: number[] = [];
  for (let gy = 1; gy < cells; gy++)
    for (let gx = 1; gx < cells; gx++) {
      const x = Math.round((box.x + (box.width * gx) / cells) * scale);
      const y = Math.round((box.y + (box.height * gy) / cells) * scale);
      if (x >= png.width || y >= png.height) continue;
      const at = (y * png.width + x) * 4;
      out.push(png.data[at] ?? 255, png.data[at + 1] ?? 255, png.data[at + 2] ?? 255);
    }
  return Uint8Array.from(out);
}

/**
 * Watches the frames the browser's compositor puts out (DevTools' screencast), each with the time it
 * was drawn, from before navigation. `firstPainted` then says when a box first showed a picture, by
 * the page's clock: what the reader saw, rather than when the page asked for a frame (a mark in
 * requestAnimationFrame comes before the frame is rastered and shown, 100-300 ms before here).
 * `frames` fills as they come, for a measure that reads them while the page loads.
 */
export async function watchFrames(page: Page, viewportWidth: number) {
  const cdp = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push({ at: (frame.metadata.timestamp ?? 0) * 1000, data: frame.data });
    cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', maxWidth: FRAME_WIDTH, everyNthFrame: 1 });
  return {
    frames: frames as readonly Frame[],
    /** ms from navigation start to the first frame in which most of `box` is painted, or null. */
    async firstPainted(box: Box): Promise<number | null> {
      await cdp.send('Page.stopScreencast').catch(() => undefined);
      const origin = await page.evaluate<number>('performance.timeOrigin');
      for (const frame of frames) {
        const pixels = boxPixels(frame, box, viewportWidth, 16);
        let painted = 0;
        for (let i = 0; i < pixels.length; i += 3)
          if (Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) < 245) painted++;
        const samples = pixels.length / 3;
        if (samples > 0 && painted / samples >= PAINTED) return frame.at - origin;
      }
      return null;
    },
  };
}
