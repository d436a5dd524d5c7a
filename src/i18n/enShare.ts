import { plural } from './plural.ts';

const frames = (n: number) => `${n} ${plural('en', n, { one: 'frame', other: 'frames' })}`;

/**
 * The English words of the Share menu's animation settings and of the exports themselves: what an
 * export says once made or when it fails, and the words drawn into its pictures and frames (part
 * of the English table, en.ts).
 */
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
  exports: {
    /** Said when the map the frames are drawn on is not ready yet. */
    mapNotReady: "The map's code has not arrived yet: try again in a moment",
    noCanvas: 'This browser cannot draw into a canvas (no 2D context)',
    noMapYet: 'There is no map on the page to draw yet',
    viewLate: (day: string, seconds: string) =>
      `An imported layer's area for ${day} did not arrive within ${seconds} s`,
    notWritten: (type: string) => `The browser could not write the picture as ${type}`,
    gifNoFile: 'the GIF encoder gave no file',
    videoNoFile: 'the video encoder gave no file',
    gifCancelled: 'the GIF was cancelled',
    /** The GIF's worker could not encode a frame (`reason`, its error), or could not start (null). */
    gifFailed: (reason: string | null) =>
      reason === null ? 'the GIF encoder could not run' : `the GIF encoder failed: ${reason}`,
    frameLayerFailed: (label: string, day: string, reason: string) =>
      `${label} has no map for ${day}: ${reason}`,
    frameLayerLate: (label: string, day: string, seconds: string) =>
      `${label}: the area for ${day} did not arrive within ${seconds} s`,
    /** `format`: MP4 or WebM; `codecs`: the codecs tried, by name. */
    noVideoCodec: (format: string, codecs: string) =>
      `This browser cannot encode ${format} video (${codecs}): making a GIF instead.`,
    encoderFailed: (label: string, why: string, next: string) =>
      `${label} failed (${why}): trying ${next} from the first frame.`,
    noEncoder: 'no encoder could make the animation',
    cancelled: 'Cancelled: nothing was saved.',
    savedAnimation: (name: string, frames: number, size: string, label: string, bytes: string) =>
      `Saved ${name}: ${frames} ${plural('en', frames, { one: 'frame', other: 'frames' })}, ${size}, ${label}, ${bytes}.`,
    savedImage: (name: string, size: string) => `Saved ${name} (${size} pixels).`,
    savedCsv: (name: string, layers: number, claims: number) =>
      `Saved ${name}: ${layers ? `${layers} imported ${plural('en', layers, { one: "layer's", other: "layers'" })} days and ` : ''}the story's ${claims} claims.`,
    savedArea: (name: string) => `Saved ${name}.`,
    noArea: 'No area to save on this day.',
    noLayer: 'There is no imported layer, so no area to save.',
    leftOut: (missing: string) => `Left out: ${missing}.`,
    areaUnknown: (label: string) => `${label}: unknown on this day (no snapshot covers it)`,
    /** Drawn into a frame: a layer's state on the day drawn. */
    asOf: (day: string) => `as of ${day}`,
    suspect: ' (suspect: the source changed and changed back)',
    unknownLayer: 'unknown: no snapshot covers this day',
    storyEnds: (day: string) => `Unknown: the story ends on ${day} and says nothing about this day`,
    storyStarts: (day: string) => `Unknown: the story starts on ${day} and says nothing about this day`,
    noClaim: 'No claim recorded in the story for this day',
    claimFrom: (claim: string, day: string) => `${claim} (from ${day})`,
    credits: (list: string) => `Credits: ${list}`,
    notForRedistribution: (list: string) => `Not for redistribution: ${list}`,
  },
};
