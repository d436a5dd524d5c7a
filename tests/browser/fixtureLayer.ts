import { join } from 'node:path';
import { writeFixture } from '../../scripts/import/fixture';
import { runImport, type ImportHooks } from '../../scripts/import/runImport';

/**
 * A generated series (scripts/import/fixture: `days` days from 28 June 2022, seed 7) written to
 * `<dir>/snapshots` and imported into `<dir>/control` as a reader's own files would be: one
 * assessed layer, simplified to 100 m, stopping at the first bad file.
 */
export async function importFixtureLayer(
  dir: string,
  {
    days,
    layer,
    name,
    licence = 'generated for tests',
  }: { days: number; layer: string; name: string; licence?: string },
  hooks: ImportHooks = { threads: 0 },
): Promise<void> {
  await writeFixture(join(dir, 'snapshots'), { days, start: '2022-06-28', seed: 7 });
  await runImport(
    {
      inputs: [join(dir, 'snapshots')],
      out: join(dir, 'control'),
      layer,
      kind: 'assessed',
      where: [],
      tolerance: 100,
      source: { name, licence },
      onError: 'stop',
    },
    hooks,
  );
}
