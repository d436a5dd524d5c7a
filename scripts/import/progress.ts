import { basename } from 'node:path';
import cliProgress from 'cli-progress';

/** Where the import reports progress: one tick per snapshot file. */
export interface Progress {
  tick(file: string): void;
  stop(): void;
}

export const silentProgress: Progress = { tick: () => undefined, stop: () => undefined };

/** A progress bar on `stream` (stderr) when it is a terminal; nothing otherwise. */
export function terminalProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'import [{bar}] {value}/{total} snapshots | {eta_formatted} left | {file}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick: (file) => bar.increment(1, { file: basename(file) }),
    stop: () => bar.stop(),
  };
}
