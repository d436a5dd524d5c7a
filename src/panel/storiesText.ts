/**
 * What a place's panel says of the site's other stories: what the story whose word counts says on
 * the day where it is not the open one, that the stories are silent past the end of every story
 * that speaks of the place, and which other stories speak of it, each with a link that opens it
 * on the place. Plain strings, so it is tested in node and rendered as text only.
 */
import type { Locale } from '../i18n/locale';
import { holdingAt, otherStoriesOf, storyOn, type Day, type Stories, type Story } from '../story';

export interface OtherStoryText {
  id: string;
  title: string;
  /** "20 May 2023 – 21 May 2023". */
  dates: string;
  /** The link that opens the story on the place: "?story=…&city=…". */
  href: string;
}

export interface StoriesText {
  heading: string;
  /** The stories' word on the day where the open story's is not the one that counts; may be empty. */
  word: string;
  others: OtherStoryText[];
  /** Said when no other story speaks of the place. */
  none: string;
}

/** The link that opens a story, on a place if one is given. */
export function storyHref(storyId: string, placeId?: string): string {
  const params = new URLSearchParams({ story: storyId });
  if (placeId !== undefined) params.set('city', placeId);
  return `?${params.toString()}`;
}

function heldText(story: Story, placeId: string, day: Day, locale: Locale): string {
  const entry = holdingAt(story, placeId, day);
  if (!entry) return locale.t.stories.notHeld;
  return locale.t.stories.heldFrom(locale.party(story, entry.controller), locale.day(entry.from));
}

function wordText(stories: Stories, placeId: string, day: Day, name: string, locale: Locale): string {
  const { t } = locale;
  const word = storyOn(stories.all, placeId, day);
  if (word.story === stories.open) return '';
  if (word.story)
    return t.stories.speaks(
      locale.day(day),
      word.story.title,
      name,
      heldText(word.story, placeId, day, locale),
    );
  if (word.since) return t.stories.silent(name, locale.day(word.since), locale.day(day));
  return t.stories.noStory(name, locale.day(day));
}

/** The section's words for a place on a day; undefined for a place the open story does not know. */
export function storiesText(
  stories: Stories,
  placeId: string,
  day: Day,
  locale: Locale,
): StoriesText | undefined {
  const place = stories.open.placeById.get(placeId);
  if (!place) return undefined;
  const name = locale.place(place);
  return {
    heading: locale.t.stories.heading,
    word: wordText(stories, placeId, day, name, locale),
    others: otherStoriesOf(stories.all, stories.open, placeId).map((story) => ({
      id: story.id,
      title: story.title,
      dates: locale.t.panel.span(locale.day(story.period.from), locale.day(story.period.to)),
      href: storyHref(story.id, placeId),
    })),
    none: locale.t.stories.noOther(name),
  };
}
