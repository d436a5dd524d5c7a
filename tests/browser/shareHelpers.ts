import type { Locator, Page } from '@playwright/test';
import { downloaded } from './downloaded';

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
  return { name: file.suggestedFilename(), bytes: await downloaded(file) };
}
