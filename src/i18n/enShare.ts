import { plural } from './plural.ts';

const frames = (n: number) => `${n} ${plural('en', n, { one: 'frame', other: 'frames' })}`;

/** The English words of the Share menu's animation settings (part of the English table, en.ts). */
export const enShare = {
  animation: {
    heading: 'Animation',
    from: 'From',
    to: 'To',
    every: 'One frame every (days)',
    fps: 'Frames per second',
    size: 'Size (pixels)',
    format: 'Format',
    webm: 'Video (WebM)',
    mp4: 'Video (MP4)',
    png: 'Picture (PNG, one day)',
    layers: 'Layers drawn',
    start: 'Start',
    cancel: 'Cancel',
    framesDone: 'Frames done',
    starting: 'Starting…',
    badFps: (value: string) => `Frames per second: “${value}” is not a whole number from 1 to 30`,
    pngOneDay: 'Format: a PNG holds one day: set To to the same day as From',
    estimate: (n: number, seconds: string, size: string) => `${frames(n)}, ${seconds} s; about ${size}.`,
    estimateAtMost: (n: number, seconds: string, size: string) =>
      `${frames(n)}, ${seconds} s; about ${size} at most.`,
    megabytes: (value: string) => `${value} MB`,
    kilobytes: (value: string) => `${value} KB`,
    failed: (reason: string) => `The animation could not be made: ${reason}`,
    progress: (done: string, total: string) => `${done} of ${total} frames`,
    progressLeft: (done: string, total: string, seconds: string) =>
      `${done} of ${total} frames, about ${seconds} s left`,
  },
};
