import type { Messages } from '../i18n/en';
import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import { videoLabel } from './exportText';
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

export type VideoContainer = 'webm' | 'mp4';

/**
 * The video codecs tried, in order, for each container: WebM's own; in an MP4, H.264 where the
 * browser has an encoder for it (not every build has one), else VP9 or AV1, which MP4 carries too.
 */
export const VIDEO_CODECS: Readonly<Record<VideoContainer, readonly VideoCodec[]>> = {
  webm: ['vp9', 'vp8', 'av1'],
  mp4: ['avc', 'vp9', 'av1'],
};

/** The codecs of the container this browser says it can encode at this size, in order. */
export async function encodableCodecs(
  container: VideoContainer,
  width: number,
  height: number,
): Promise<VideoCodec[]> {
  const bitrate = videoBitrate(width, height);
  const codecs = VIDEO_CODECS[container];
  const checks = await Promise.all(codecs.map((codec) => canEncodeVideo(codec, { width, height, bitrate })));
  return codecs.filter((_, i) => checks[i]);
}

/** A video of the canvas's frames in `codec` (WebCodecs encodes off the page's thread). */
export async function videoEncoder(
  canvas: HTMLCanvasElement,
  container: VideoContainer,
  codec: VideoCodec,
  fps: number,
  words: Messages['exports'],
): Promise<FrameEncoder> {
  const format = container === 'mp4' ? new Mp4OutputFormat() : new WebMOutputFormat();
  const output = new Output({ format, target: new BufferTarget() });
  const source = new CanvasSource(canvas, {
    codec,
    bitrate: videoBitrate(canvas.width, canvas.height),
    // A key frame every second, so a player can seek.
    keyFrameInterval: 1,
  });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  return {
    label: videoLabel(container, codec),
    extension: container,
    add: (position) => source.add(position / fps, 1 / fps),
    async finish() {
      source.close();
      await output.finalize();
      const buffer = output.target.buffer;
      if (!buffer) throw new Error(words.videoNoFile);
      return new Blob([buffer], { type: format.mimeType });
    },
    cancel: () => output.cancel(),
  };
}

/** A PNG of the one frame drawn (the span must be one day). */
export function pngEncoder(canvas: HTMLCanvasElement, words: Messages['exports']): FrameEncoder {
  return {
    label: 'PNG',
    extension: 'png',
    add: () => Promise.resolve(),
    finish: () => canvasBlob(canvas, words),
    cancel: () => Promise.resolve(),
  };
}
