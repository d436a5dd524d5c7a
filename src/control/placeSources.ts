import './layers.css';
import type { Locale } from '../i18n/locale';
import type { Day, Stories } from '../story';
import { sourcesSection } from './sourcesSection';
import { oblastSourcesText, sourcesText, type SourceLayer } from './sourcesText';

/**
 * The Sources section of a place on a day, for the place panel and the document mode to append:
 * a city's answer from each layer beside the stories' word, an oblast's shares. Null when no layer
 * is loaded or the place is not in the story. The composition root hands it to the panels, so they
 * show it without knowing about layers. Its words are the page's language's (`locale`).
 */
export function placeSources(stories: Stories, layers: readonly SourceLayer[], locale: Locale) {
  return (placeId: string, day: Day, level: 'h3' | 'h4' = 'h3'): HTMLElement | null => {
    const place = stories.open.placeById.get(placeId);
    if (!place || layers.length === 0) return null;
    const text =
      place.kind === 'oblast'
        ? oblastSourcesText(stories, placeId, day, layers, locale)
        : sourcesText(stories, placeId, day, layers, locale);
    return sourcesSection(text, locale.t.sources.heading, level);
  };
}

export type PlaceSources = ReturnType<typeof placeSources>;
