import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** A box on the page, CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Share of sample points in the box that must be painted (not the page's white) to count as the map. */
const PAINTED = 0.6;
/** Frames are asked for this wide: enough to tell a map from an empty box, cheap to encode. */
const FRAME_WIDTH = 256;

/**
 * Watches the frames the browser's compositor puts out (DevTools' screencast), each with the time it
 * was drawn, from before navigation. `firstPainted` then says when a box first showed a picture, by
 * the page's clock: what the reader saw, rather than when the page asked for a frame (a mark in
 * requestAnimationFrame comes before the frame is rastered and shown, 100-300 ms before here).
 */
export async function watchFrames(page: Page, viewportWidth: number) {
  const cdp = await page.context().newCDPSession(page);
  const frames: { at: number; data: string }[] = [];
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push({ at: (frame.metadata.timestamp ?? 0) * 1000, data: frame.data });
    cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', maxWidth: FRAME_WIDTH, everyNthFrame: 1 });
  return {
    /** ms from navigation start to the first frame in which most of `box` is painted, or null. */
    async firstPainted(box: Box): Promise<number | null> {
      await cdp.send('Page.stopScreencast').catch(() => undefined);
      const origin = await page.evaluate<number>('performance.timeOrigin');
      for (const frame of frames) {
        const png = PNG.sync.read(Buffer.from(frame.data, 'base64'));
        const scale = png.width / viewportWidth;
        let painted = 0;
        let samples = 0;
        for (let gx = 1; gx < 16; gx++)
          for (let gy = 1; gy < 16; gy++) {
            const x = Math.round((box.x + (box.width * gx) / 16) * scale);
            const y = Math.round((box.y + (box.height * gy) / 16) * scale);
            if (x >= png.width || y >= png.height) continue;
            const at = (y * png.width + x) * 4;
            samples++;
            if (Math.min(png.data[at] ?? 255, png.data[at + 1] ?? 255, png.data[at + 2] ?? 255) < 245)
              painted++;
          }
        if (samples > 0 && painted / samples >= PAINTED) return frame.at - origin;
      }
      return null;
    },
  };
}
