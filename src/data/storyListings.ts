import listings from 'virtual:claimline-stories';
import type { StoryListing } from '../story';

/** The site's stories, in its order (scripts/storiesPlugin.ts): the first is the one a plain link opens. */
export const STORY_LISTINGS: readonly StoryListing[] = listings;
