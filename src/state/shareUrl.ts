/**
 * The link to this view of the full page: the page's address with the date always named (the
 * default day moves when the story grows, a shared link should not), the day compared with and the
 * city when one is open.
 * Embed mode is left out: whoever follows a shared link wants the whole page.
 */
export function shareUrl(
  page: { origin: string; pathname: string },
  state: { day: string; compare?: string | null; city: string | null },
) {
  const params = new URLSearchParams({ date: state.day });
  if (state.compare) params.set('compare', state.compare);
  if (state.city) params.set('city', state.city);
  return `${page.origin}${page.pathname}?${params.toString()}`;
}
