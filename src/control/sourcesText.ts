import { addDays, claimsCovering, holdingAt, storyOn, type Day, type Stories, type Story } from '../story';
import { claimWords } from '../i18n/claimWords';
import type { Locale } from '../i18n/locale';
import { webAddress, type WebAddress } from '../story/webAddress';
import type { ControlInterval, LayerKind } from './layerFormat';
import { intervalAt } from './intervalAt';
import { asOf } from './layerFormat';
import { placeStatus, type PlaceStatus } from './placeStatus';
import { AREA_PARTIES } from './storyInside';
import { kindName } from './kindName';

/** What the Sources section needs of a layer. */
export interface SourceLayer {
  id: string;
  kind: LayerKind;
  /** Its source's name: "DeepState". */
  name: string;
  /** Where to read more of the source (its web address), if the layer says. */
  url?: string | undefined;
  intervals: readonly ControlInterval[];
}

export interface SourceRow {
  layer: string;
  /** "DeepState (assessed control)". */
  name: string;
  /** The source's web address, for a link on its name; absent when it has none. */
  url?: WebAddress | undefined;
  /** "Inside since 3 July 2022." / "Outside since 25 June 2022." / "No assessment for this day." */
  state: string;
  /** "As of the source's snapshot of 3 July 2022."; empty when unknown. */
  asOf: string;
  /** The suspect mark, in words; empty when there is none. */
  suspect: string;
}

export interface SourcesText {
  /**
   * The stories' word on the day: "The story: Russia said it took Lysychansk on 3 July 2022.", or
   * that they are silent.
   */
  story: string;
  rows: SourceRow[];
  /** One sentence: where the story and the layers disagree, or that they agree. */
  verdict: string;
}

/** What every row says of its layer: its id, its name and kind, and its source's web address. */
function rowHead(layer: SourceLayer, locale: Locale): Pick<SourceRow, 'layer' | 'name' | 'url'> {
  const kind = kindName(layer.kind, locale.t.layers).toLocaleLowerCase(locale.t.tag);
  const name = locale.t.sources.row(layer.name, kind);
  const url = webAddress(layer.url);
  return url ? { layer: layer.id, name, url } : { layer: layer.id, name };
}

/** "3 July", or "3 July 2022" when the year is not `year`. */
const shortDay = (day: Day, year: string, locale: Locale): string =>
  day.startsWith(year) ? locale.dayInYear(day) : locale.day(day);

/** A full stop after text, unless it ends with one already (a day written "3 липня 2022 р."). */
const period = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** A clause as a sentence of its own. */
const sentence = (text: string) => period(`${text.charAt(0).toUpperCase()}${text.slice(1)}`);

/** How the story whose word counts is named: "the story" when it is the open one. */
const storyName = (stories: Stories, story: Story, locale: Locale) =>
  story === stories.open ? locale.t.sources.theStory : locale.t.sources.theStoryNamed(story.title);

/** The story whose word counts for a place on a day, or, where the stories are silent, that in words. */
function wordOn(
  stories: Stories,
  placeId: string,
  day: Day,
  locale: Locale,
): { story: Story } | { text: string; silent: true } {
  const word = storyOn(stories.all, placeId, day);
  if (word.story) return { story: word.story };
  const place = placeName(stories.open, placeId, locale);
  const { t } = locale;
  return {
    text: word.since ? t.sources.silentAfter(place, locale.day(word.since)) : t.sources.noStory(place),
    silent: true,
  };
}

/** A place's name in the page's language, by its id in `story`. */
function placeName(story: Story, placeId: string, locale: Locale): string {
  const place = story.placeById.get(placeId);
  return place ? locale.place(place) : placeId;
}

/**
 * The stories' word on the place on `day`, as a clause, and whether it has the place inside the
 * layers' kind of area: the word of the story that counts that day (storyOn), none where they are
 * silent. A party's own statement reads as what it said.
 */
function storyClause(
  stories: Stories,
  placeId: string,
  day: Day,
  locale: Locale,
): { text: string; inside?: boolean; silent?: true } {
  const word = wordOn(stories, placeId, day, locale);
  if ('text' in word) return word;
  const { story } = word;
  const words = locale.t.sources;
  const place = placeName(story, placeId, locale);
  const entry = holdingAt(story, placeId, day);
  const named = storyName(stories, story, locale);
  const other = story === stories.open ? '' : ` (${named})`;
  if (!entry) return { text: words.saysNothing(named, place) };
  const party = locale.party(story, entry.controller);
  const inside = AREA_PARTIES.has(entry.controller);
  const source = story.sourceById.get(entry.source);
  const from = locale.day(entry.from);
  if (source?.kind === 'statement') return { text: `${words.saidTook(party, place, from)}${other}`, inside };
  const text = entry.to
    ? words.heldFromTo(named, place, party, from, locale.day(entry.to))
    : words.heldFrom(named, place, party, from);
  return { text, inside };
}

/** How one layer places the city, as a clause of the verdict: "DeepState has it inside from 3 July". */
function layerClause(layer: SourceLayer, status: PlaceStatus, year: string, locale: Locale): string {
  const words = locale.t.sources;
  const who = layer.kind === 'claimed' ? words.claimedArea(layer.name) : layer.name;
  if (!status.known) return words.layerNone(who);
  const [side, other] = status.inside
    ? [words.insideWord, words.outsideWord]
    : [words.outsideWord, words.insideWord];
  if (status.then === 'changes') {
    const until = shortDay(status.until, year, locale);
    return words.hasUntil(who, side, until, other, shortDay(addDays(status.until, 1), year, locale));
  }
  return words.hasFrom(who, side, shortDay(status.since, year, locale));
}

/**
 * The Sources section of a city's panel on a day, in words: the story's own claim, then each
 * layer's answer (inside or outside its area, since when, as of which snapshot, the suspect mark),
 * then one sentence that sets them side by side. Pure, so it is tested in node.
 */
export function sourcesText(
  stories: Stories,
  placeId: string,
  day: Day,
  layers: readonly SourceLayer[],
  locale: Locale,
): SourcesText {
  const words = locale.t.sources;
  const claim = storyClause(stories, placeId, day, locale);
  const statuses = layers.map((layer) => placeStatus(layer.intervals, placeId, day));
  const rows = layers.map((layer, i): SourceRow => {
    const status = statuses[i] ?? { known: false };
    const head = rowHead(layer, locale);
    if (!status.known) return { ...head, state: locale.t.layers.noAssessment, asOf: '', suspect: '' };
    const since = locale.day(status.since);
    return {
      ...head,
      state: period(status.inside ? words.inside(since) : words.outside(since)),
      asOf: locale.t.layers.asOf(locale.day(status.asOf)),
      suspect: status.suspect ? words.suspect : '',
    };
  });
  const said = [claim.inside, ...statuses.map((s) => (s.known ? s.inside : undefined))];
  const known = said.filter((s) => s !== undefined);
  let verdict: string;
  if (layers.length === 0) verdict = '';
  else if (known.includes(true) && known.includes(false))
    verdict = sentence(
      [
        claim.text,
        ...layers.map((layer, i) =>
          layerClause(layer, statuses[i] ?? { known: false }, day.slice(0, 4), locale),
        ),
      ].join('; '),
    );
  else if (known.length >= 2) verdict = words.agree(known[0] ? words.insideWord : words.outsideWord);
  else verdict = words.tooLittle;
  return { story: claim.silent ? sentence(claim.text) : period(words.story(claim.text)), rows, verdict };
}

/**
 * The Sources section of an oblast's panel on a day: what the story's parties say they control
 * of it, then each layer's share of it, with its area and snapshot. Pure.
 */
export function oblastSourcesText(
  stories: Stories,
  oblastId: string,
  day: Day,
  layers: readonly SourceLayer[],
  locale: Locale,
): SourcesText {
  const words = locale.t.sources;
  const word = wordOn(stories, oblastId, day, locale);
  const story = 'story' in word ? word.story : null;
  const said = story
    ? claimsCovering(story, oblastId, day)
        .filter((c) => c.kind === 'controls')
        .map((c) => claimWords(story, c, locale))
    : [];
  const other = story && story !== stories.open ? ` (${storyName(stories, story, locale)})` : '';
  const storyLine =
    'text' in word
      ? sentence(word.text)
      : period(words.story(`${said.length ? said.join('; ') : words.nobodyControls}${other}`));
  const rows = layers.map((layer): SourceRow => {
    const head = rowHead(layer, locale);
    const interval = intervalAt(layer.intervals, day);
    const area = interval?.area[oblastId as keyof typeof interval.area];
    if (!interval || !area) return { ...head, state: locale.t.layers.noAssessment, asOf: '', suspect: '' };
    return {
      ...head,
      state: period(words.share(locale.number(area.pct, 1), locale.number(area.km2))),
      asOf: locale.t.layers.asOf(locale.day(asOf(interval, day))),
      suspect: interval.suspect ? words.suspect : '',
    };
  });
  return { story: storyLine, rows, verdict: '' };
}
