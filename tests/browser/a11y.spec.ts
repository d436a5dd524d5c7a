import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForIdle } from './app';
import { audit, excuse, EXCUSED_TARGETS, type AxeResult, type AxeResults } from './axe';

/**
 * axe leaves text it cannot see a plain background behind as "incomplete" (text over the map, text
 * under the timeline's transparent tick layer, text scrolled out of the side column). This checks
 * those itself: the text colour against the first opaque background among its ancestors (colours
 * with alpha blended over the ones below, down to the white page), to the same 4.5:1 (3:1 for large
 * text) AA thresholds. Returns how many it checked, the lowest ratio and the ones that fail.
 */
async function checkIncompleteContrast(
  page: Page,
  results: AxeResults,
): Promise<{ checked: number; lowest: number; failures: string[] }> {
  const targets = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.map((n) => String(n.target[0])));
  return page.evaluate((targets) => {
    const parse = (css: string): [number, number, number, number] => {
      const m = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m.length > 3 ? (m[3] ?? 1) : 1];
    };
    const over = (top: number[], below: number[]) =>
      top.slice(0, 3).map((c, i) => c * top[3]! + below[i]! * (1 - top[3]!));
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const failures: string[] = [];
    let checked = 0;
    let lowest = Infinity;
    for (const target of targets) {
      const el = document.querySelector(target);
      if (!el) continue;
      const style = getComputedStyle(el);
      const layers: number[][] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      let background = [255, 255, 255];
      for (const layer of layers.reverse()) background = over(layer, background);
      const fg = parse(el instanceof SVGElement ? style.fill : style.color);
      const text = over(fg, background);
      const [a, b] = [luminance(text), luminance(background)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      checked += 1;
      lowest = Math.min(lowest, ratio);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${target}: ${ratio.toFixed(2)}:1`);
    }
    return { checked, lowest, failures };
  }, targets);
}

const STATES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'default', open: (page) => openApp(page).then(() => undefined) },
  {
    name: 'a date scrubbed',
    open: async (page) => {
      await openApp(page, '?date=2022-06-20');
      await page.getByRole('slider', { name: 'Date' }).focus();
      for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/date=2022-07-04|^[^?]*$/);
      await waitForIdle(page);
    },
  },
  {
    name: 'Lysychansk panel open',
    open: async (page) => {
      await openApp(page, '?date=2022-07-03');
      await page.getByRole('button', { name: 'Lysychansk', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Lysychansk', exact: true })).toBeVisible();
    },
  },
  {
    name: 'search list open',
    open: async (page) => {
      await openApp(page);
      await page.getByRole('combobox', { name: 'Find a place' }).fill('lu');
      await expect(page.getByRole('listbox')).toBeVisible();
    },
  },
  {
    name: 'a bad link noticed',
    open: (page) => openApp(page, '?date=2022-13-45&city=atlantis').then(() => undefined),
  },
  {
    name: 'phone 375x740, panel open',
    open: async (page) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await openApp(page, '?date=2022-07-03&city=lysychansk');
    },
  },
  {
    name: 'embedded',
    open: (page) => openApp(page, '?embed=1&city=lysychansk').then(() => undefined),
  },
];

test('axe-core finds no serious or critical violation in the main states', async ({ page }) => {
  test.setTimeout(120_000);
  const report: Record<
    string,
    { violations: AxeResult[]; excused: AxeResult[]; incomplete: AxeResult[]; contrastFailures: string[] }
  > = {};
  for (const state of STATES) {
    await page.setViewportSize({ width: 1024, height: 720 });
    await state.open(page);
    const results = await audit(page);
    const { violations, excused } = await excuse(page, results);
    const contrast = await checkIncompleteContrast(page, results);
    const contrastFailures = contrast.failures;
    console.log(
      `${state.name}: axe violations ${violations.length}, target-size excused ${excused.reduce((n, v) => n + v.nodes.length, 0)}, ` +
        `contrast checked by hand ${contrast.checked} (lowest ${contrast.lowest.toFixed(2)}:1)`,
    );
    report[state.name] = { violations, excused, incomplete: results.incomplete, contrastFailures };
    // The full-size equivalents of the excused targets are there and at least 24 px each way.
    for (const selector of EXCUSED_TARGETS.flatMap((e) => e.equivalents)) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, `${state.name}: ${selector}`).not.toBeNull();
      expect(Math.min(box!.width, box!.height), `${state.name}: ${selector}`).toBeGreaterThanOrEqual(24);
    }
  }
  mkdirSync('tests/output', { recursive: true });
  writeFileSync('tests/output/axe-report.json', `${JSON.stringify(report, null, 2)}\n`);
  const serious = Object.entries(report).flatMap(([state, { violations }]) =>
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
  );
  const all = Object.values(report).reduce((n, { violations }) => n + violations.length, 0);
  console.log(
    `axe: ${all} violations of any impact over ${STATES.length} states; serious or critical: ${serious.length}`,
  );
  expect(serious).toEqual([]);
  expect(Object.values(report).flatMap((r) => r.contrastFailures)).toEqual([]);
});

test('every control shows where the keyboard focus is', async ({ page }) => {
  await openApp(page, '?date=2022-07-03&city=lysychansk');
  const seen: { name: string; ring: boolean }[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      const name =
        el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName.toLowerCase();
      return { key: `${el.tagName}#${el.id}.${el.className}|${name}`, name, ring: outline || shadow };
    });
    if (!stop || seen.some((s) => s.name === stop.key)) break;
    seen.push({ name: stop.key, ring: stop.ring });
  }
  console.log(`focus: ${seen.length} tab stops checked`);
  expect(seen.length).toBeGreaterThan(15);
  expect(seen.filter((s) => !s.ring).map((s) => s.name)).toEqual([]);
});
