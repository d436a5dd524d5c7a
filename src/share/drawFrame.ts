import { FRAME, fitLine, wrapLines } from './frameLayout';
import type { FrameText } from './frameText';

/** One entry of the drawn key: a swatch of `colour` (a fill, or an outline for a layer) and its words. */
export interface KeyRow {
  colour: string;
  outline?: boolean;
  text: string;
}

/** What a frame holds besides the map: its words, its key and the credit line. */
export interface FrameWords {
  text: FrameText;
  key: KeyRow[];
  credit: string;
}

type Ctx = CanvasRenderingContext2D;
type Part = { size: number; weight: number };

const font = (ctx: Ctx, part: Part, scale: number) => {
  ctx.font = `${part.weight} ${part.size * scale}px ${FRAME.font}`;
};
const lineHeight = (part: Part, scale: number) => (part.size * 1.35 + FRAME.gap) * scale;

/**
 * Where the words go below the map, at `scale` in a frame `width` wide: the key's entries flowed
 * left to right (an outlined one, a layer's state, on a line of its own), then the credit lines.
 */
function belowLayout(ctx: Ctx, words: FrameWords, width: number, scale: number) {
  const pad = FRAME.pad * scale;
  const inner = width - 2 * pad;
  const swatch = FRAME.swatch * scale;
  font(ctx, FRAME.line, scale);
  const entries: { row: KeyRow; x: number; line: number; text: string }[] = [];
  let x = 0;
  let line = 0;
  for (const row of words.key) {
    const text = fitLine(row.text, inner - swatch - pad / 2, (t) => ctx.measureText(t).width);
    const w = swatch + pad / 2 + ctx.measureText(text).width + pad;
    if (x > 0 && (row.outline || x + w > inner)) {
      line++;
      x = 0;
    }
    entries.push({ row, x: pad + x, line, text });
    x = row.outline ? inner : x + w;
  }
  font(ctx, FRAME.credit, scale);
  const credits = wrapLines(words.credit, inner, (t) => ctx.measureText(t).width);
  const keyHeight = (entries.length ? line + 1 : 0) * lineHeight(FRAME.line, scale);
  const height = keyHeight + FRAME.gap * scale + credits.length * FRAME.credit.size * 1.3 * scale;
  return { entries, credits, keyHeight, height };
}

/** The height of the words above the map at `scale`. */
const aboveHeight = (scale: number) =>
  FRAME.pad * scale + [FRAME.title, FRAME.date, FRAME.line].reduce((sum, p) => sum + lineHeight(p, scale), 0);

/** The height of the words above and below a map `width` wide at `scale`, for a picture of the view. */
export function bandsHeight(words: FrameWords, width: number, scale: number, ctx: Ctx): number {
  return Math.ceil(aboveHeight(scale) + belowLayout(ctx, words, width, scale).height + FRAME.pad * scale);
}

/**
 * The space the map takes in a frame `width` × `height` at `scale`, between the words above it and
 * the key and credits below it (with the layout below, which drawFrame reuses).
 */
export function frameMapBox(ctx: Ctx, words: FrameWords, width: number, height: number, scale: number) {
  const pad = FRAME.pad * scale;
  const top = aboveHeight(scale);
  const below = belowLayout(ctx, words, width, scale);
  const bottom = height - pad - below.height;
  return { x: pad, y: top, width: width - 2 * pad, height: Math.max(1, bottom - top), below, bottom };
}

/**
 * Draws a whole frame into `canvas` (its size already set): the title, the day drawn and the
 * story's claim above the map, the key, each layer's state and the credits below it, and the map
 * image fitted whole in the space between. Every word goes through fillText: data is drawn as
 * text, never read as markup.
 */
export function drawFrame(
  canvas: HTMLCanvasElement,
  map: HTMLCanvasElement,
  words: FrameWords,
  scale: number,
) {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw into a canvas (no 2D context)');
  const { width, height } = canvas;
  const pad = FRAME.pad * scale;
  ctx.fillStyle = FRAME.paper;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  const measure = (text: string) => ctx.measureText(text).width;

  let y = pad;
  const say = (text: string, part: Part, colour: string) => {
    font(ctx, part, scale);
    ctx.fillStyle = colour;
    ctx.fillText(fitLine(text, width - 2 * pad, measure), pad, y);
    y += lineHeight(part, scale);
  };
  say(words.text.title, FRAME.title, FRAME.muted);
  say(words.text.date, FRAME.date, FRAME.ink);
  say(words.text.claim, FRAME.line, FRAME.ink);

  const area = frameMapBox(ctx, words, width, height, scale);
  const { below, bottom } = area;
  const box = fitBox(map.width, map.height, area.x, area.y, area.width, area.height);
  ctx.drawImage(map, box.x, box.y, box.width, box.height);

  const swatch = FRAME.swatch * scale;
  font(ctx, FRAME.line, scale);
  for (const { row, x, line, text } of below.entries) {
    const top = bottom + line * lineHeight(FRAME.line, scale) + scale * 2;
    ctx.fillStyle = ctx.strokeStyle = row.colour;
    ctx.lineWidth = 2 * scale;
    if (row.outline) ctx.strokeRect(x + scale, top + scale, swatch - 2 * scale, swatch - 2 * scale);
    else ctx.fillRect(x, top, swatch, swatch);
    ctx.fillStyle = FRAME.ink;
    ctx.fillText(text, x + swatch + pad / 2, top - scale);
  }
  font(ctx, FRAME.credit, scale);
  ctx.fillStyle = FRAME.muted;
  y = bottom + below.keyHeight + FRAME.gap * scale;
  for (const text of below.credits) {
    ctx.fillText(text, pad, y);
    y += FRAME.credit.size * 1.3 * scale;
  }
  return box;
}

/** The largest box of the map's shape that fits the space, centred in it. */
function fitBox(w: number, h: number, x: number, y: number, width: number, height: number) {
  const k = Math.min(width / w, height / h);
  return { x: x + (width - w * k) / 2, y: y + (height - h * k) / 2, width: w * k, height: h * k };
}
