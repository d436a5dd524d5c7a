import type { GeoData } from '../data/geoTypes';
import { en } from '../i18n/en';
import { localeOf } from '../i18n/locale';
import { placePanel, type PlacePanel } from '../panel/placePanel';
import { picture, type Picture } from '../picture/picture';
import { eventsBetween, loadStory, type Day, type RawPlacesFile, type RawStory, type Story } from '../story';
import { timeline, type Timeline } from '../timeline/timeline';
import { timelineRange } from '../timeline/timelineRange';
import { el, textEl } from '../ui/el';
import { placeChooser } from './placeChooser';

/** The authoring page is in English, as the stories it writes are. */
const AUTHOR_LOCALE = localeOf('en', en);
/** The views drawn from one preview story, made again when the story changes. */
interface Drawn {
  story: Story;
  shot: Picture;
  slider: Timeline;
  panel: PlacePanel;
}

/**
 * A live preview of the draft as a reader would get it: the app's SVG picture of the map (the same
 * scene and appearance rules as MapLibre's map, without its weight), its timeline and its place
 * panel, made from the story the check lets through (previewStory). The preview keeps its own day
 * and place, moved by its timeline and a place chooser; it touches no address bar and no store.
 * A story the app could not load leaves the last preview up, and a note says so.
 */
export function previewView(container: HTMLElement, places: RawPlacesFile, geo: GeoData) {
  const section = el('section', 'author-preview');
  section.setAttribute('aria-labelledby', 'author-preview-heading');
  const heading = textEl('h2', '', '4. Preview');
  heading.id = 'author-preview-heading';
  const note = el('p', 'author-hint');
  const map = el('div', 'map author-map');
  map.setAttribute('role', 'img');
  const chooser = placeChooser();
  const side = el('div', 'side author-side');
  const bottom = el('div', 'timeline-dock');
  section.append(heading, note, chooser.element, map, bottom, side);
  section.hidden = true;
  container.append(section);
  let drawn: Drawn | null = null;
  let shown = '';
  const state: { day: Day; city: string | null } = { day: '', city: null };

  function show(): void {
    if (!drawn) return;
    drawn.shot.update(state);
    drawn.slider.update(state);
    drawn.panel.update(state);
    chooser.update(state.city);
  }

  function draw(story: Story): void {
    drawn?.shot.destroy();
    drawn?.slider.destroy();
    drawn?.panel.destroy();
    const span = timelineRange(story);
    const events = eventsBetween(story, span.range[0], span.range[1]).map((e) => ({
      day: e.day,
      title: e.title,
    }));
    const slider = timeline(bottom, { ...span, events }, AUTHOR_LOCALE);
    const panel = placePanel(side, story, AUTHOR_LOCALE, () => null);
    slider.on('input', (day) => {
      state.day = day;
      show();
    });
    panel.on('close', () => {
      state.city = null;
      show();
    });
    const shot = picture(map, { story, geo });
    // The preview's picture is its map: whole, not plain.
    shot.show();
    drawn = { story, shot, slider, panel };
    if (!state.day || state.day < span.range[0] || state.day > span.range[1]) state.day = story.period.to;
    if (state.city && !story.placeById.has(state.city)) state.city = null;
    chooser.list(story);
    map.setAttribute('aria-label', `Preview map of ${story.title}`);
    show();
  }
  new ResizeObserver(() => drawn?.shot.resize()).observe(map);
  chooser.on('choose', (city) => {
    state.city = city;
    show();
  });

  return {
    element: section,
    /** Draws the story; null (or a story the app could not load) keeps the last preview. */
    update(raw: RawStory | null): void {
      section.hidden = false;
      // An edit to an item the preview leaves out (one with a mistake or an open field) changes nothing.
      const json = JSON.stringify(raw);
      if (json === shown) return;
      shown = json;
      let story: Story | null;
      try {
        story = raw && loadStory(places, raw);
      } catch {
        story = null;
      }
      if (story) draw(story);
      note.textContent = story
        ? 'Items with a mistake or an open field are left out of the preview until they are settled.'
        : 'The story has a mistake outside its items (see Check): the preview shows the last story without one.';
    },
  };
}
