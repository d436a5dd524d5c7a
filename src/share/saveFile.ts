import type { Messages } from '../i18n/en';
/**
 * Hands a file made in the page to the reader as a download, through a same-origin blob: link.
 * The link's address is kept a minute, long enough for the browser to start saving.
 */
export function saveFile(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** A canvas as a PNG (or another type the browser writes), or an error naming why not. */
export function canvasBlob(
  canvas: HTMLCanvasElement,
  words: Messages['exports'],
  type = 'image/png',
): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(words.notWritten(type)))), type),
  );
}
