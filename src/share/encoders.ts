import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Output,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import { videoBitrate } from './frameSizes';
import { canvasBlob } from './saveFile';

/** One way of encoding the frames: takes each frame from the canvas, then gives the file. */
export interface FrameEncoder {
  /** What it writes, in the page's words ("WebM (VP9)"). */
  label: string;
  extension: string;
  add(position: number): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): Promise<void>;
}

/** The video codecs tried, in order: WebM's own; H.264 needs an MP4 and an encoder Linux builds lack. */
export const VIDEO_CODECS: readonly VideoCodec[] = ['vp9', 'vp8', 'av1'];

/** The codecs of VIDEO_CODECS this browser says it can encode at this size, in order. */
export async function encodableCodecs(width: number, height: number): Promise<VideoCodec[]> {
  const bitrate = videoBitrate(width, height);
  const checks = await Promise.all(
    VIDEO_CODECS.map((codec) => canEncodeVideo(codec, { width, height, bitrate })),
  );
  return VIDEO_CODECS.filter((_, i) => checks[i]);
}

/** A WebM video of the canvas's frames in `codec` (WebCodecs encodes off the page's thread). */
export async function webmEncoder(
  canvas: HTMLCanvasElement,
  codec: VideoCodec,
  fps: number,
): Promise<FrameEncoder> {
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, {
    codec,
    bitrate: videoBitrate(canvas.width, canvas.height),
    // A key frame every second, so a player can seek.
    keyFrameInterval: 1,
  });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  return {
    label: `WebM (${codec.toUpperCase()})`,
    extension: 'webm',
    add: (position) => source.add(position / fps, 1 / fps),
    async finish() {
      source.close();
      await output.finalize();
      const buffer = output.target.buffer;
      if (!buffer) throw new Error('the video encoder gave no file');
      return new Blob([buffer], { type: 'video/webm' });
    },
    cancel: () => output.cancel(),
  };
}

/**
 * A GIF of the canvas's frames through gifenc: each frame's own 256-colour palette (flat fills
 * keep their colours), no dithering, looping.
 */
export function gifEncoder(canvas: HTMLCanvasElement, fps: number): FrameEncoder {
  const gif = GIFEncoder();
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot read a canvas (no 2D context)');
  const delay = Math.round(1000 / fps);
  return {
    label: 'GIF',
    extension: 'gif',
    add(position) {
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), width, height, {
        palette,
        delay,
        ...(position === 0 ? { repeat: 0 } : {}),
      });
      return Promise.resolve();
    },
    finish() {
      gif.finish();
      return Promise.resolve(new Blob([gif.bytes().slice()], { type: 'image/gif' }));
    },
    cancel: () => Promise.resolve(),
  };
}

/** A PNG of the one frame drawn (the span must be one day). */
export function pngEncoder(canvas: HTMLCanvasElement): FrameEncoder {
  return {
    label: 'PNG',
    extension: 'png',
    add: () => Promise.resolve(),
    finish: () => canvasBlob(canvas),
    cancel: () => Promise.resolve(),
  };
}
