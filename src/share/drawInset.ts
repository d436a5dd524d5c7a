import { captureSvg } from './captureMap';
import { FRAME } from './frameLayout';

/**
 * The locator inset drawn into a frame, in the top-left corner of the map's box as on the page, at
 * the frame's scale and from the page's own inset (its box is the view drawn). Left out where the
 * map's box is too small to hold it beside the map.
 */
export async function drawInset(
  canvas: HTMLCanvasElement,
  inset: SVGSVGElement,
  box: { x: number; y: number; width: number; height: number },
  scale: number,
): Promise<void> {
  const { width, height } = inset.viewBox.baseVal;
  const pad = FRAME.pad * scale;
  if (width * scale > box.width / 2 || height * scale > box.height / 2) return;
  const image = await captureSvg(inset, scale, { width, height });
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const [x, y] = [Math.round(box.x + pad), Math.round(box.y + pad)];
  ctx.drawImage(image, x, y);
  ctx.strokeStyle = 'rgb(0 0 0 / 0.3)';
  ctx.lineWidth = scale;
  ctx.strokeRect(x - scale / 2, y - scale / 2, image.width + scale, image.height + scale);
}
