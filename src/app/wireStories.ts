import { loadStories } from '../data/loadStories';
import type { ExtraSection } from '../panel/placeBody';
import { storiesSection } from '../panel/storiesSection';
import { storiesText, storyHref } from '../panel/storiesText';
import { storyPicker } from '../panel/storyPicker';
import { storyMarks } from '../timeline/storyMarks';
import type { Locale } from '../i18n/locale';
import type { Notices } from '../ui/notice';
import type { TrackScaleOptions } from '../ui/timeScale';
import type { Page } from './loadPage';

/** Where the other stories show: the side column (the picker), the timeline's backdrop (the marks). */
export interface StoriesSlots {
  side: HTMLElement;
  chart: { slot: HTMLElement; scale: TrackScaleOptions };
  notice: Notices;
  /** Links keep embed mode. */
  embed: boolean;
  locale: Locale;
}

/**
 * The site's other stories: the picker at once, then, once their files are here, their events
 * marked on the timeline and each place's "Other stories" section. A story that cannot be loaded is
 * left out, and the reader told.
 */
export async function wireStories(page: Page, slots: StoriesSlots) {
  const { story, listings, places } = page;
  const { locale } = slots;
  // A link to another story keeps the page as it is: embedded, and in its language.
  const embed = `${slots.embed ? '&embed=1' : ''}${locale.lang === 'en' ? '' : `&lang=${locale.lang}`}`;
  const picker = storyPicker(listings, story.id, (id) => `${storyHref(id)}${embed}`, locale);
  // At the top of the side column, under the place panel when one is open (it puts itself first).
  const panel = slots.side.querySelector(':scope > .place-panel');
  if (panel) panel.after(picker.element);
  else slots.side.prepend(picker.element);
  const { stories, errors } = await loadStories(listings, story, places);
  if (errors.length) slots.notice.show(locale.t.stories.notLoaded, errors);
  const events = stories.all
    .filter((other) => other !== story)
    .flatMap((other) => other.events.map((event) => ({ day: event.day, story: other.id })));
  storyMarks(slots.chart.slot, slots.chart.scale, events);
  const section: ExtraSection = (placeId, day, level) => {
    const text = storiesText(stories, placeId, day, locale);
    if (!text) return null;
    const others = text.others.map((other) => ({ ...other, href: `${other.href}${embed}` }));
    return storiesSection({ ...text, others }, level);
  };
  return { stories, section };
}
