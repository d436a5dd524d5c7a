/** A problem with one input file: the message starts with the file, as the user named it. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A problem with the whole run (bad option, nothing to import, output folder unusable). */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** The text of any thrown value, for messages. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
