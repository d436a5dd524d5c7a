import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { coldLoad } from './coldLoad';
import { distSizes } from './distSizes';
import { serveDist } from './serve';
import { ms, summary } from './stats';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const sizes = distSizes('dist');
  console.log('\n## dist/ sizes (gzip -9)');
  for (const s of sizes)
    console.log(`${s.file.padEnd(60)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)} gz`);
  const isMapLibre = (f: string) => /maplibre-gl-worker|^assets\/maplibre/.test(f);
  const total = sizes.reduce((a, s) => a + s.gzip, 0);
  const fonts = sizes.filter((s) => s.file.endsWith('.woff2')).reduce((a, s) => a + s.gzip, 0);
  console.log(`total ${kb(total)} gz; fonts ${kb(fonts)} gz`);

  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const runs = Number(process.env.BENCH_RUNS ?? 7);
    const samples = await coldLoad(browser, server.url, runs);
    const s = summary(samples);
    console.log(`\n## cold load to first idle (${runs} runs, 1024x720, fresh context each)`);
    console.log(`p50 ${ms(s.p50)}  min ${ms(s.min)}  max ${ms(s.max)}  spread ${ms(s.max - s.min)}`);
  } finally {
    await browser.close();
    await server.close();
  }
  void isMapLibre;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
