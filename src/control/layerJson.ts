/** How the layers' files are fetched: the page's fetch, or a test's static host. */
export type Fetch = (url: string) => Promise<Response>;

/** The page's own fetch, the default wherever a Fetch is taken. */
export const pageFetch: Fetch = (url) => globalThis.fetch(url);

/** A JSON file of the site, or why not, naming it by its site-relative path. */
export async function fetchJsonOf(
  base: string,
  path: string,
  fetch: Fetch,
): Promise<{ raw: unknown } | { missing: true } | { error: string }> {
  try {
    const response = await fetch(new URL(path, base).href);
    if (response.status === 404) return { missing: true };
    if (!response.ok) return { error: `${path}: could not be loaded (HTTP ${response.status})` };
    const text = await response.text();
    try {
      return { raw: JSON.parse(text) as unknown };
    } catch {
      return { error: `${path}: is not valid JSON` };
    }
  } catch (error) {
    return { error: `${path}: could not be loaded (${String(error)})` };
  }
}
