import { labelAnchors, type LabelAnchor } from '../ui/appearance.ts';

/** A box on screen: left, top, right, bottom, in CSS pixels. */
export type Box = [number, number, number, number];

/** The width of a line of text at a size, in CSS pixels (a canvas in the page, an estimate in tests). */
export type Measure = (text: string, size: number) => number;

export interface LabelRequest {
  id: string;
  /** Lines of text, top to bottom. */
  lines: readonly string[];
  /** The point the label belongs to, on screen. */
  x: number;
  y: number;
  /** Font size, CSS pixels. */
  size: number;
  /** Anchors to try, in order, each with its offset in ems (appearance.ts labelAnchors). */
  anchors: readonly [LabelAnchor | 'center', readonly [number, number]][];
  /** Room kept clear around the label, CSS pixels. */
  padding: number;
  /** Extra space after each character, in ems. */
  letterSpacing?: number;
}

export interface PlacedLabel {
  id: string;
  lines: readonly string[];
  /** Where the text is anchored horizontally, and the baseline of its first line. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  size: number;
  /** Distance between baselines, CSS pixels. */
  lineHeight: number;
  box: Box;
}

/** Line height in ems, as MapLibre sets text by default. */
const LINE_HEIGHT = 1.2;
/** Where the baseline sits below the middle of a line box, in ems (caps and x-height look centred). */
const BASELINE = 0.43;

/** Which side of the text an anchor holds at the point, across and down. */
const ANCHOR_SIDE = {
  left: 'start',
  'bottom-left': 'start',
  right: 'end',
  'top-right': 'end',
  top: 'middle',
  bottom: 'middle',
  center: 'middle',
} as const;
const ANCHOR_TOP = {
  left: 'middle',
  right: 'middle',
  center: 'middle',
  top: 'top',
  'top-right': 'top',
  bottom: 'bottom',
  'bottom-left': 'bottom',
} as const;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels the way MapLibre does for the picture: in the order given (the caller puts the ones
 * that matter most first, as the map's sort key does), each at the first of its anchors where it
 * overlaps no label already placed, or not at all. Anchors are named as MapLibre names them: the
 * part of the label that sits at the point (plus the offset), so `left` puts the text to the right.
 * Pure: text widths come from `measure`.
 */
export function placeLabels(requests: readonly LabelRequest[], measure: Measure): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const { size, lines } = request;
    const spacing = (request.letterSpacing ?? 0) * size;
    const width = Math.max(0, ...lines.map((line) => measure(line, size) + spacing * line.length));
    const height = LINE_HEIGHT * size * lines.length;
    for (const [anchor, [ox, oy]] of request.anchors) {
      const ax = request.x + ox * size;
      const ay = request.y + oy * size;
      const textAnchor = ANCHOR_SIDE[anchor];
      const left = textAnchor === 'start' ? ax : textAnchor === 'end' ? ax - width : ax - width / 2;
      const top =
        ANCHOR_TOP[anchor] === 'top' ? ay : ANCHOR_TOP[anchor] === 'bottom' ? ay - height : ay - height / 2;
      const box: Box = [left, top, left + width, top + height];
      const padded: Box = [
        box[0] - request.padding,
        box[1] - request.padding,
        box[2] + request.padding,
        box[3] + request.padding,
      ];
      if (placed.some((other) => overlaps(padded, other.box))) continue;
      placed.push({
        id: request.id,
        lines,
        x: textAnchor === 'start' ? box[0] : textAnchor === 'end' ? box[2] : (box[0] + box[2]) / 2,
        y: top + (LINE_HEIGHT / 2 + BASELINE) * size,
        textAnchor,
        size,
        lineHeight: LINE_HEIGHT * size,
        box,
      });
      break;
    }
  }
  return placed;
}

/** A city label's anchors: its curated side first (appearance.ts), then the others. */
export const cityAnchors = (side: 'left' | 'right' | undefined) => labelAnchors(side ?? 'right');

/** An area label sits centred on its point. */
export const CENTRED: LabelRequest['anchors'] = [['center', [0, 0]]];

/**
 * Breaks a label into lines no wider than `maxWidth` where it can, with lines of even length (as
 * MapLibre balances a wrapped label): "LUHANSK OBLAST" becomes two lines at the opening view.
 */
export function wrapLabel(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const total = width(text);
  if (total <= maxWidth || words.length < 2) return [text];
  const count = Math.min(words.length, Math.ceil(total / maxWidth));
  const target = total / count;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > target && lines.length < count - 1) {
      // Break before this word unless the line would come out closer to the target with it.
      if (Math.abs(width(next) - target) < Math.abs(width(line) - target)) {
        lines.push(next);
        line = '';
        continue;
      }
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
