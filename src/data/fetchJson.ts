/** Fetches a bundled JSON file; failures name the file, so a broken deploy says what is missing. */
export async function fetchJson<T>(url: string, name: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${name}: could not be loaded (${String(error)})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${name}: could not be loaded (HTTP ${response.status})`);
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new Error(`${name}: is not valid JSON`, { cause: error });
  }
}
