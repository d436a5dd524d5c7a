import { applyPalette, GIFEncoder, quantize } from 'gifenc';

/** What the page sends: a frame's pixels (its buffer handed over, not copied), or the end. */
export type GifRequest =
  | { kind: 'frame'; rgba: ArrayBuffer; width: number; height: number; delay: number; first: boolean }
  | { kind: 'finish' };

/** What the worker answers: a frame encoded, the file, or why it could not. */
export type GifReply =
  | { kind: 'encoded'; frames: number }
  | { kind: 'file'; bytes: ArrayBuffer }
  | { kind: 'error'; message: string };

// Each frame's palette and LZW take a few hundred milliseconds at 1080 × 1080: off the page's
// thread, so the page answers while the next frame is drawn.
const gif = GIFEncoder();
let frames = 0;

const reply = (message: GifReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<GifRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'frame') {
      const rgba = new Uint8ClampedArray(request.rgba);
      // Each frame's own 256 colours (flat fills keep theirs), no dithering, looping.
      const palette = quantize(rgba, 256);
      gif.writeFrame(applyPalette(rgba, palette), request.width, request.height, {
        palette,
        delay: request.delay,
        ...(request.first ? { repeat: 0 } : {}),
      });
      reply({ kind: 'encoded', frames: ++frames });
    } else {
      gif.finish();
      const bytes = gif.bytes().slice().buffer;
      reply({ kind: 'file', bytes }, [bytes]);
    }
  } catch (error) {
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
