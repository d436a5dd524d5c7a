import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/**
 * A download's bytes, once the browser has finished saving it. (A 1920x1080 "PNG" once read here
 * as 144,627 bytes with no end chunk was a whole WebM the page had saved instead: see ShareMenu.)
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path)
    throw new Error(
      `the download ${download.suggestedFilename()} was not saved: ${await download.failure()}`,
    );
  return readFile(path);
}
