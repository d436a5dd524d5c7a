import { checkGeometryFile, type AreaFeatures } from './geometryFile';
import { geometryMatchesName } from './geometryMatchesName';

/** A geometry file as loaded: its features, or why it could not be used. */
export type LoadedGeometry = { ok: true; features: AreaFeatures } | { ok: false; reason: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Fetches one geometry file and says whether it can be drawn: the host's answer, the JSON, every
 * position, and its bytes against its name. Each reason names the file (`label`) and what the
 * reader's host did: an HTTP error, a web page in the file's place, a file cut short or changed.
 */
export async function readGeometryFile(
  fetchFile: (url: string) => Promise<Response>,
  url: string,
  name: string,
  label: string,
): Promise<LoadedGeometry> {
  const fail = (why: string): LoadedGeometry => ({ ok: false, reason: `${label}: ${why}` });
  try {
    const response = await fetchFile(url);
    if (!response.ok) return fail(`could not be loaded (HTTP ${response.status})`);
    const text = await response.text();
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      // A host that answers a missing file with its home page (a single-page-app fallback).
      const type = response.headers.get('content-type') ?? '';
      if (/html/i.test(type)) return fail(`the host answered with a web page (${type}), not the file`);
      return fail(`is cut short or not JSON (${message(error)})`);
    }
    const checked = checkGeometryFile(raw, label);
    if (!checked.ok) return checked;
    if ((await geometryMatchesName(text, name)) === false)
      return fail('does not match its name: the file changed on the host after the index was written');
    return checked;
  } catch (error) {
    return fail(`could not be read (${message(error)})`);
  }
}
