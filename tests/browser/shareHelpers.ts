import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** Records every word drawn into a canvas from now on, as it is drawn (read with wordsDrawn). */
export async function recordWords(page: Page): Promise<void> {
  await page.evaluate(() => {
    const drawn: string[] = ((window as unknown as { __drawn: string[] }).__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.push(text);
      return fillText.call(this, text, ...rest);
    };
  });
}

/** The words recordWords has seen drawn, in order. */
export const wordsDrawn = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);

/** Opens the animation's settings from the menu entry `item` and fills in `settings` by label. */
export async function animationSettings(
  page: Page,
  item: RegExp,
  settings: Record<string, string>,
): Promise<Locator> {
  await page.getByRole('button', { name: 'Share…' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const panel = page.getByRole('region', { name: 'Animation' });
  for (const [label, value] of Object.entries(settings)) {
    const control = panel.getByLabel(label);
    if ((await control.evaluate((node) => node.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
  return panel;
}

/** Starts the animation and returns the file it saves. */
export async function startAnimation(page: Page, panel: Locator): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await panel.getByRole('button', { name: 'Start' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await settledFile((await file.path())!) };
}

/**
 * A downloaded file once its size has held for a moment. Twice in many runs the file was read
 * short although the download was reported finished (a 1920x1080 PNG cut at 144,627 bytes, with no
 * end chunk): the browser was still writing it. A file the page made short stays short, so a
 * wrong file still fails the test.
 */
async function settledFile(path: string): Promise<Buffer> {
  let bytes = await readFile(path);
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await readFile(path);
    if (again.length === bytes.length) return again;
    bytes = again;
  }
  return bytes;
}
