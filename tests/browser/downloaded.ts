import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/**
 * A download's bytes once its file's size has held for a moment. Twice in many runs a file was
 * read short although the download was reported finished (a 1920x1080 PNG cut at 144,627 bytes,
 * with no end chunk): the browser was still writing it. A file the page made short stays short,
 * so a wrong file still fails its test.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const path = (await download.path())!;
  let bytes = await readFile(path);
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await readFile(path);
    if (again.length === bytes.length) return again;
    bytes = again;
  }
  return bytes;
}
