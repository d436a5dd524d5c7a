import { addDays, claimsCovering, holdingAt, storyOn, type Day, type Stories, type Story } from '../story';
import { claimText } from '../story/claimText';
import { formatDay } from '../story/formatDay';
import { webAddress, type WebAddress } from '../story/webAddress';
import type { ControlInterval, LayerKind } from './layerFormat';
import { intervalAt } from './intervalAt';
import { asOf } from './layerFormat';
import { placeStatus, type PlaceStatus } from './placeStatus';
import { AREA_PARTIES } from './storyInside';
// Not translated yet (README, "In Ukrainian and Russian"): these words are English's.
import { en } from '../i18n/en';

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
function rowHead(layer: SourceLayer): Pick<SourceRow, 'layer' | 'name' | 'url'> {
  const name = `${layer.name} (${en.layers[layer.kind].toLowerCase()})`;
  const url = webAddress(layer.url);
  return url ? { layer: layer.id, name, url } : { layer: layer.id, name };
}

/** "3 July", or "3 July 2022" when the year is not `year`. */
function shortDay(day: Day, year: string): string {
  const text = formatDay(day);
  return day.startsWith(year) ? text.slice(0, text.lastIndexOf(' ')) : text;
}

/** A clause as a sentence of its own. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** How the story whose word counts is named: "the story" when it is the open one. */
const storyName = (stories: Stories, story: Story) =>
  story === stories.open ? 'the story' : `the story “${story.title}”`;

/** The story whose word counts for a place on a day, or, where the stories are silent, that in words. */
function wordOn(
  stories: Stories,
  placeId: string,
  day: Day,
): { story: Story } | { text: string; silent: true } {
  const word = storyOn(stories.all, placeId, day);
  if (word.story) return { story: word.story };
  const place = stories.open.placeById.get(placeId)?.names.en ?? placeId;
  return {
    text: word.since
      ? `the stories are silent on ${place} after ${formatDay(word.since)}`
      : `no story speaks of ${place} on this day`,
    silent: true,
  };
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
): { text: string; inside?: boolean; silent?: true } {
  const word = wordOn(stories, placeId, day);
  if ('text' in word) return word;
  const { story } = word;
  const place = story.placeById.get(placeId)?.names.en ?? placeId;
  const entry = holdingAt(story, placeId, day);
  const named = storyName(stories, story);
  const other = story === stories.open ? '' : ` (${named})`;
  if (!entry) return { text: `${named} says nothing of ${place} on this day` };
  const party = story.partyById.get(entry.controller)?.name ?? entry.controller;
  const inside = AREA_PARTIES.has(entry.controller);
  const source = story.sourceById.get(entry.source);
  if (source?.kind === 'statement')
    return { text: `${party} said it took ${place} on ${formatDay(entry.from)}${other}`, inside };
  const span = entry.to
    ? `from ${formatDay(entry.from)} to ${formatDay(entry.to)}`
    : `from ${formatDay(entry.from)}`;
  return { text: `${named} has ${place} held by ${party} ${span}`, inside };
}

/** How one layer places the city, as a clause of the verdict: "DeepState has it inside from 3 July". */
function layerClause(layer: SourceLayer, status: PlaceStatus, year: string): string {
  const who = layer.kind === 'claimed' ? `${layer.name}'s claimed area` : layer.name;
  if (!status.known) return `${who} has no assessment for this day`;
  const side = status.inside ? 'inside' : 'outside';
  if (status.then === 'changes')
    return `${who} has it ${side} until ${shortDay(status.until, year)}, ${status.inside ? 'outside' : 'inside'} from ${shortDay(addDays(status.until, 1), year)}`;
  return `${who} has it ${side} from ${shortDay(status.since, year)}`;
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
): SourcesText {
  const claim = storyClause(stories, placeId, day);
  const statuses = layers.map((layer) => placeStatus(layer.intervals, placeId, day));
  const rows = layers.map((layer, i): SourceRow => {
    const status = statuses[i] ?? { known: false };
    const head = rowHead(layer);
    if (!status.known) return { ...head, state: 'No assessment for this day.', asOf: '', suspect: '' };
    return {
      ...head,
      state: `${status.inside ? 'Inside' : 'Outside'} since ${formatDay(status.since)}.`,
      asOf: `As of the source's snapshot of ${formatDay(status.asOf)}.`,
      suspect: status.suspect
        ? 'Suspect: the area jumps and comes back within two days here, probably an error in the source.'
        : '',
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
        ...layers.map((layer, i) => layerClause(layer, statuses[i] ?? { known: false }, day.slice(0, 4))),
      ].join('; '),
    );
  else if (known.length >= 2) verdict = `They agree on this day: ${known[0] ? 'inside' : 'outside'}.`;
  else verdict = 'Too little is known on this day to compare.';
  return { story: claim.silent ? sentence(claim.text) : `The story: ${claim.text}.`, rows, verdict };
}

const km2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * The Sources section of an oblast's panel on a day: what the story's parties say they control
 * of it, then each layer's share of it, with its area and snapshot. Pure.
 */
export function oblastSourcesText(
  stories: Stories,
  oblastId: string,
  day: Day,
  layers: readonly SourceLayer[],
): SourcesText {
  const word = wordOn(stories, oblastId, day);
  const story = 'story' in word ? word.story : null;
  const said = story
    ? claimsCovering(story, oblastId, day)
        .filter((c) => c.kind === 'controls')
        .map((c) => claimText(story, c))
    : [];
  const other = story && story !== stories.open ? ` (${storyName(stories, story)})` : '';
  const storyLine =
    'text' in word
      ? sentence(word.text)
      : said.length
        ? `The story: ${said.join('; ')}${other}.`
        : `The story: nobody says they control it on this day${other}.`;
  const rows = layers.map((layer): SourceRow => {
    const head = rowHead(layer);
    const interval = intervalAt(layer.intervals, day);
    const area = interval?.area[oblastId as keyof typeof interval.area];
    if (!interval || !area) return { ...head, state: 'No assessment for this day.', asOf: '', suspect: '' };
    return {
      ...head,
      state: `${pct.format(area.pct)}% of it (${km2.format(area.km2)} km²).`,
      asOf: `As of the source's snapshot of ${formatDay(asOf(interval, day))}.`,
      suspect: interval.suspect
        ? 'Suspect: the area jumps and comes back within two days here, probably an error in the source.'
        : '',
    };
  });
  return { story: storyLine, rows, verdict: '' };
}
