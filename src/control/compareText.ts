import { claimWords } from '../i18n/claimWords';
import type { Locale } from '../i18n/locale';
import { claimsCovering, holdingAt, type Day, type Story } from '../story';
import { changePlan, inOrder } from './changePlan';
import { changeText, sliverText, suspectText } from './changeText';
import type { LayerChange } from './compareChanges';
import type { ControlInterval } from './layerFormat';

/** What the comparison's words need of a layer. */
export interface CompareLayer {
  id: string;
  /** Its source's name: "DeepState". */
  name: string;
  intervals: readonly ControlInterval[];
}

/** One source's line: its sentence, and the notes under it (suspect days, what was left out). */
export interface CompareLine {
  layer: string;
  text: string;
  notes: string[];
}

/** The comparison in words: "From 24 June to 4 July 2022", a line per source, the claims made between. */
export interface CompareText {
  span: string;
  lines: CompareLine[];
  claims: string[];
}

export interface CompareContext {
  story: Story;
  layers: readonly CompareLayer[];
  /** Each layer's change as measured so far. */
  changeOf: (layerId: string) => LayerChange | undefined;
  regionNames: ReadonlyMap<string, string>;
  minWidthM: number;
  /** The page's language: the comparison's words, days, numbers and names. */
  locale: Locale;
}

/** "From 24 June to 4 July 2022:", the year once where both days share it. */
function spanWords(a: Day, b: Day, locale: Locale): string {
  const [from, to] = inOrder(a, b);
  const first = from.slice(0, 4) === to.slice(0, 4) ? locale.dayInYear(from) : locale.day(from);
  return locale.t.compare.span(first, locale.day(to));
}

/** A source's line: its text and the notes that apply (null: none). */
const lineOf = (layer: string, text: string, notes: (string | null)[] = []): CompareLine => ({
  layer,
  text,
  notes: notes.filter((n): n is string => n !== null),
});

/** A source's line for the oblasts named (all of them: undefined), from its change as measured. */
function areaLine(
  context: CompareContext,
  layer: CompareLayer,
  a: Day,
  b: Day,
  only?: string[],
): CompareLine {
  const { locale } = context;
  const words = locale.t.change;
  const change = context.changeOf(layer.id);
  const line = (text: string, notes?: (string | null)[]) => lineOf(layer.id, text, notes);
  if (!change || change.state === 'pending') return line(words.measuring(layer.name));
  if (change.state === 'failed') return line(words.failed(layer.name, change.reason));
  if (change.state === 'unknown')
    return line(changeText(layer.name, a, b, { unknown: change.day }, context.regionNames, locale));
  return line(changeText(layer.name, a, b, change.change, context.regionNames, locale, only), [
    suspectText(layer.name, change.suspect, locale),
    only ? null : sliverText(change.change.slivers, context.minWidthM, locale),
  ]);
}

/**
 * The story's claims made between the two days (those that start on either day or between), each
 * with its day and place, so a claim and the ground it covers are read together; those that cover
 * `placeId` only, when one is given.
 */
export function claimsMadeBetween(story: Story, a: Day, b: Day, locale: Locale, placeId?: string): string[] {
  const [from, to] = inOrder(a, b);
  const claims = placeId === undefined ? story.claims : claimsCovering(story, placeId);
  return claims
    .filter((c) => from <= c.from && c.from <= to)
    .map((c) => {
      const places = (c.places ?? []).map((id) => {
        const place = story.placeById.get(id);
        return place ? locale.place(place) : id;
      });
      const where = places.length ? `, ${places.join(', ')}` : '';
      return `${locale.day(c.from)}${where}: ${claimWords(story, c, locale)}.`;
    });
}

/** The comparison for the day summary: every source, every oblast, every claim made between. */
export function compareText(context: CompareContext, a: Day, b: Day): CompareText {
  return {
    span: spanWords(a, b, context.locale),
    lines: context.layers.map((layer) => areaLine(context, layer, a, b)),
    claims: claimsMadeBetween(context.story, a, b, context.locale),
  };
}

/** Inside or outside a layer's area on each of the two days, and whether the city changed sides. */
function sideLine(layer: CompareLayer, placeId: string, a: Day, b: Day, locale: Locale): CompareLine {
  const words = locale.t.change;
  const plan = changePlan(layer.intervals, a, b);
  const line = (text: string, notes?: (string | null)[]) => lineOf(layer.id, text, notes);
  if ('unknown' in plan) {
    const text = words.sideUnknown(layer.name, locale.day(plan.unknown));
    return line(text.endsWith('.') ? text : `${text}.`);
  }
  const [first = '', second = ''] = plan.days.map((day) => locale.day(day));
  const was = plan.from.places.includes(placeId);
  const is = plan.to.places.includes(placeId);
  const side = (inside: boolean) => (inside ? locale.t.sources.insideWord : locale.t.sources.outsideWord);
  const text =
    was === is
      ? words.sameSide(layer.name, side(is))
      : words.changedSides(layer.name, side(was), first, side(is), second);
  return line(text, [suspectText(layer.name, plan.suspect, locale)]);
}

/** Who the story says held the city on each of the two days. */
function storySides(story: Story, placeId: string, a: Day, b: Day, locale: Locale): string {
  const words = locale.t.compare;
  const [from, to] = inOrder(a, b);
  const holder = (day: Day) => {
    const party = holdingAt(story, placeId, day)?.controller;
    return party ? words.heldBy(locale.party(story, party)) : words.notKnown;
  };
  const [before, after] = [holder(from), holder(to)];
  const verb = before === after ? words.same : words.changed;
  return words.story(before, locale.day(from), after, locale.day(to), verb);
}

/**
 * The comparison for a place's panel: for an oblast each source's change there and the claims made
 * on it between the two days; for a city whether it changed sides, in the story and in each source.
 */
export function placeCompareText(context: CompareContext, placeId: string, a: Day, b: Day): CompareText {
  const place = context.story.placeById.get(placeId);
  const claims = claimsMadeBetween(context.story, a, b, context.locale, placeId);
  const span = spanWords(a, b, context.locale);
  if (place?.kind === 'oblast')
    return {
      span,
      lines: context.layers.map((layer) => areaLine(context, layer, a, b, [placeId])),
      claims,
    };
  const story = lineOf('', storySides(context.story, placeId, a, b, context.locale));
  return {
    span,
    lines: [story, ...context.layers.map((layer) => sideLine(layer, placeId, a, b, context.locale))],
    claims,
  };
}
