import { layersSpan } from '../control/controlIndex';
import type { LoadedLayers } from '../control/loadLayers';
import { loadLayerList } from '../control/loadLayerList';
import { geoNames } from '../data/geoNames';
import { loadBundle } from '../data/loadBundle';
import type { Lang } from '../i18n/lang';
import { STORY_LISTINGS } from '../data/storyListings';
import { storyOfLink } from '../state/urlState';
import { loadStory } from '../story';
import { timelineRange } from '../timeline/timelineRange';

/**
 * The page's data: the bundle (the story the link opens, places, geometry, its names in the page's
 * language `lang`), the story checked, the
 * site's list of stories, the timeline's range (every story's period, the layers' span), and the
 * imported layers' indexes, still loading.
 */
export async function loadPage(lang: Lang) {
  const open = storyOfLink(location.search, STORY_LISTINGS);
  if (!open) throw new Error('the site has no story');
  // The list of imported layers comes with the bundle: it is small and carries each layer's span,
  // which widens the timeline. Their indexes load beside the map's start; only the layers' own
  // views and the Sources sections wait for them.
  const [bundle, list] = await Promise.all([loadBundle(open), loadLayerList(document.baseURI)]);
  // The indexes' code comes only with a listed layer.
  const layers: Promise<LoadedLayers> = list.entries.length
    ? import('../control/loadLayers').then((module) => module.loadLayerIndexes(document.baseURI, list))
    : Promise.resolve({ layers: [], errors: list.errors });
  const story = loadStory(bundle.places, bundle.story, open.id);
  const others = STORY_LISTINGS.filter((listing) => listing !== open).map((listing) => listing.period);
  const timeline = timelineRange(story, layersSpan(list.entries), others);
  const { places } = bundle;
  // The maps and pictures label places in the page's language (the places table has en, uk, ru).
  const nameOf = (id: string) => {
    const place = story.placeById.get(id);
    return place && (place.names[lang] ?? place.names.en);
  };
  return {
    geo: lang === 'en' ? bundle.geo : geoNames(bundle.geo, nameOf),
    story,
    places,
    listings: STORY_LISTINGS,
    timeline,
    layers,
    listed: list.entries.length > 0,
  };
}

export type Page = Awaited<ReturnType<typeof loadPage>>;
