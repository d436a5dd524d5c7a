import type { FrameEncoder } from './encoders';
import type { Messages } from '../i18n/en';
import type { GifReply, GifRequest } from './gifWorker';

/** Frames sent to the worker and not yet encoded, at most: drawing runs one frame ahead of it. */
const QUEUED = 2;

/**
 * A GIF of the canvas's frames, encoded by gifenc in a worker of its own (fetched with the first
 * GIF): each frame's pixels are handed over (transferred, not copied) as they come. Cancel ends
 * the worker at once.
 */
export function gifEncoder(canvas: HTMLCanvasElement, fps: number, words: Messages['exports']): FrameEncoder {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error(words.noCanvas);
  const worker = new Worker(new URL('./gifWorker.ts', import.meta.url), { type: 'module' });
  const delay = Math.round(1000 / fps);
  let sent = 0;
  let encoded = 0;
  let failure: Error | null = null;
  let file: ArrayBuffer | null = null;
  let wake: (() => void) | null = null;
  const until = async (ready: () => boolean) => {
    while (!ready() && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };
  const settle = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  worker.onmessage = (event: MessageEvent<GifReply>) => {
    const reply = event.data;
    if (reply.kind === 'encoded') encoded = reply.frames;
    else if (reply.kind === 'file') file = reply.bytes;
    else failure = new Error(words.gifFailed(reply.message));
    settle();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failure = new Error(words.gifFailed(event.message || null));
    settle();
  };
  const send = (request: GifRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  return {
    label: 'GIF',
    extension: 'gif',
    async add(position) {
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const rgba = data.buffer as ArrayBuffer;
      send({ kind: 'frame', rgba, width, height, delay, first: position === 0 }, [rgba]);
      sent++;
      await until(() => sent - encoded <= QUEUED);
    },
    async finish() {
      send({ kind: 'finish' });
      await until(() => file !== null);
      worker.terminate();
      const bytes = file as ArrayBuffer | null;
      if (!bytes) throw new Error(words.gifNoFile);
      return new Blob([bytes], { type: 'image/gif' });
    },
    cancel() {
      worker.terminate();
      failure ??= new Error(words.gifCancelled);
      settle();
      return Promise.resolve();
    },
  };
}
