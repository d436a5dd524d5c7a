/** The page's fixed nodes (index.html), by id; a missing one is a broken page, said by name. */
export function pageNodes<const Ids extends readonly string[]>(
  ...ids: Ids
): { [K in keyof Ids]: HTMLElement } {
  return ids.map((id) => {
    const node = document.getElementById(id);
    if (!node) throw new Error(`index.html: #${id} is missing`);
    return node;
  }) as { [K in keyof Ids]: HTMLElement };
}
