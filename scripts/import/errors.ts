import { shortText } from '../../src/story/shortText.ts';

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

/**
 * A value from an input file, as a message quotes it: text as it is, anything else as JSON (or its
 * type, when nested too deep to write), cut to `most` code points (shortText). One huge or deep
 * value in a file must not turn its message into a wall of text or a stack overflow.
 */
export function shortValue(value: unknown, most = 60): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Array.isArray(value) ? '[…]' : '{…}';
    }
  return shortText(text, most);
}
