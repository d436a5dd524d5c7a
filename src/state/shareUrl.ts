/**
 * The link to this view of the full page: the page's address with the story and the date always
 * named (the default story and day move when stories are added, a shared link should not), the
 * day compared with (and the swipe, when it is shown) and the city when one is open, and the
 * language when it is not English (the page the sharer read is the page the link opens; English,
 * the site's own, is left to the reader's browser).
 * Embed mode is left out: whoever follows a shared link wants the whole page.
 */
export function shareUrl(
  page: { origin: string; pathname: string },
  state: {
    story: string;
    day: string;
    compare?: string | null;
    swipe?: boolean;
    city: string | null;
    lang?: string;
  },
) {
  const params = new URLSearchParams({ story: state.story, date: state.day });
  if (state.compare) params.set('compare', state.compare);
  if (state.compare && state.swipe) params.set('swipe', '1');
  if (state.city) params.set('city', state.city);
  if (state.lang && state.lang !== 'en') params.set('lang', state.lang);
  return `${page.origin}${page.pathname}?${params.toString()}`;
}
