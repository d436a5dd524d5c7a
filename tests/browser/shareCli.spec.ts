import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';

/** `npm run export` against the build the tests serve (dist/), as a newsroom's script would run it. */
function exportCli(args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/export.ts', ...args], { encoding: 'utf8', timeout: 170_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir = '';
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-cli-'));
});
test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('npm run export --layers: an id the build does not have exits 2, naming it and the ids there are', () => {
  const run = exportCli(['--from', '2022-07-01', '--out', join(dir, 'a.webm'), '--layers', 'nosuch']);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('export: --layers: "nosuch" not in this build (');
});

test('npm run export --format mp4: the file is an MP4 of the span, its codec read back', async () => {
  test.setTimeout(180_000);
  const out = join(dir, 'span.mp4');
  const run = exportCli([
    ...['--from', '2022-07-01', '--to', '2022-07-02', '--size', '640x360'],
    ...['--fps', '2', '--format', 'mp4', '--out', out],
  ]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/Saved claimline-2022-07-01-to-2022-07-02\.mp4: 2 frames, 640×360, MP4 \(/);
  const input = new Input({
    source: new BufferSource(new Uint8Array(await readFile(out))),
    formats: ALL_FORMATS,
  });
  expect(await input.getMimeType()).toMatch(/^video\/mp4/);
  const track = (await input.getPrimaryVideoTrack())!;
  expect(['avc', 'vp9', 'av1']).toContain(track.codec);
  expect((await track.computePacketStats()).packetCount).toBe(2);
  expect(await input.computeDuration()).toBeCloseTo(1, 2);
});
