import {
  loadStory,
  type RawPlacesFile,
  type RawStory,
  type Stories,
  type Story,
  type StoryListing,
} from '../story';
import { fetchJson } from './fetchJson';
import { storyFileName } from './loadBundle';

/**
 * Every story of the site, the open one as it is and the others fetched from the app's own origin.
 * A story that cannot be loaded is left out and named in `errors`: the open story stays usable.
 */
export async function loadStories(
  listings: readonly StoryListing[],
  open: Story,
  places: RawPlacesFile,
): Promise<{ stories: Stories; errors: string[] }> {
  const errors: string[] = [];
  const all = await Promise.all(
    listings.map(async (listing): Promise<Story | null> => {
      if (listing.id === open.id) return open;
      try {
        const url = new URL(listing.url, document.baseURI).href;
        return loadStory(places, await fetchJson<RawStory>(url, storyFileName(listing)), listing.id);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        return null;
      }
    }),
  );
  return { stories: { open, all: all.filter((story) => story !== null) }, errors };
}
