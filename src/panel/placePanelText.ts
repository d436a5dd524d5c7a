/**
 * The place panel's words, built from the story as plain strings so they can be tested in node and
 * rendered as text only. No DOM here.
 */
import {
  addDays,
  claimsAt,
  holdingHistory,
  quotesFor,
  holdingAt,
  type Holding,
  type Day,
  type DatePrecision,
  type Place,
  type Quote,
  type Story,
} from '../story';
import { formatDay } from '../story/formatDay';
import { claimText } from '../story/claimText';

export interface QuoteText {
  id: string;
  /** Verbatim, exactly as the story has it. */
  text: string;
  /** "Volodymyr Zelensky, President of Ukraine". */
  speaker: string;
  /** "Said 3 July 2022, in an evening video address". */
  said: string;
  /** "Reported 4 July 2022 by Reuters, via the article"; empty when the story does not say. */
  reported: string;
  /** Reported speech around the quote, when the story gives it. */
  context: string;
}

export interface HeldText {
  /** "31 July 2014 – 2 July 2022". */
  dates: string;
  /** "Ukraine", or "Not known" for a gap between entries. */
  holder: string;
  /** "Source: the article"; empty for a gap. */
  source: string;
}

export interface PlacePanelText {
  title: string;
  isOblast: boolean;
  /** "City in Luhansk Oblast. On 4 July 2022: held by Russia." */
  summary: string;
  quotes: QuoteText[];
  /** Said when there are no quotes, so the panel never shows an empty section. */
  noQuotes: string;
  /** Cities only: the story records holdings of cities, and claims of oblasts. */
  held: HeldText[];
  noHeld: string;
  /** Oblasts only: the claims in force on the day, each a sentence. */
  claimsHeading: string;
  claims: string[];
  events: { day: string; title: string }[];
}

/** How a source is named to a reader: the story's own article is "the article". */
export function sourceName(story: Story, id: string | undefined): string {
  if (id === undefined) return '';
  const source = story.sourceById.get(id);
  if (!source) return id;
  return source.kind === 'article' ? 'the article' : source.publisher;
}

/** A source with the one it is known through: "Reuters, via the article". */
function sourceWithVia(story: Story, id: string): string {
  const via = story.sourceById.get(id)?.via;
  const name = sourceName(story, id);
  return via ? `${name}, via ${sourceName(story, via)}` : name;
}

function onDay(day: Day, precision: DatePrecision | undefined): string {
  return precision === 'by' ? `by ${formatDay(day)}` : formatDay(day);
}

/** One quote's caption lines. */
export function quoteText(story: Story, quote: Quote): QuoteText {
  const occasion = quote.occasion ? `, ${quote.occasion}` : '';
  let reported: string;
  if (quote.reportedBy !== undefined) {
    const when = quote.reportedOn ? ` ${formatDay(quote.reportedOn)}` : '';
    reported = `Reported${when} by ${sourceWithVia(story, quote.reportedBy)}`;
  } else if (quote.reportedOn !== undefined) {
    reported = `Reported ${formatDay(quote.reportedOn)} in ${sourceName(story, quote.source)}`;
  } else {
    reported = `Quoted in ${sourceName(story, quote.source)}`;
  }
  return {
    id: quote.id,
    text: quote.text,
    speaker: quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker,
    said: `Said ${onDay(quote.saidOn, quote.datePrecision)}${occasion}`,
    reported,
    context: quote.context ?? '',
  };
}

/**
 * Who held a place, earliest first, with the gaps between entries spelled out as "Not known"
 * rather than left blank: the story simply does not say.
 */
export function heldText(story: Story, placeId: string): HeldText[] {
  const entries = holdingHistory(story, placeId);
  const rows: HeldText[] = [];
  let previous: Holding | undefined;
  for (const entry of entries) {
    if (previous?.to !== undefined && addDays(previous.to, 1) < entry.from) {
      rows.push({
        dates: `${formatDay(addDays(previous.to, 1))} – ${formatDay(addDays(entry.from, -1))}`,
        holder: 'Not known',
        source: '',
      });
    }
    const from = formatDay(entry.from) + (entry.datePrecision === 'by' ? ' or earlier' : '');
    const dates = entry.to === undefined ? `From ${from}` : `${from} – ${formatDay(entry.to)}`;
    rows.push({
      dates,
      holder: story.partyById.get(entry.controller)?.name ?? entry.controller,
      source: `Source: ${sourceName(story, entry.source)}`,
    });
    previous = entry;
  }
  return rows;
}

function kindLine(story: Story, place: Place): string {
  if (place.kind === 'oblast') return 'Oblast (region) of Ukraine.';
  if (place.kind === 'capital') return 'Capital of Ukraine.';
  const oblast = place.oblast ? story.placeById.get(place.oblast)?.names.en : undefined;
  return oblast ? `City in ${oblast}.` : 'City.';
}

function statusLine(story: Story, place: Place, day: Day): string {
  if (place.kind === 'oblast') return '';
  if (day > story.period.to) return ` The story says nothing about ${formatDay(day)}.`;
  const held = holdingAt(story, place.id, day);
  const holder = held ? story.partyById.get(held.controller)?.name : undefined;
  return ` On ${formatDay(day)}: ${holder ? `held by ${holder}` : 'who held it is not known'}.`;
}

/** Everything the panel says about a place on a day. */
export function placePanelText(story: Story, placeId: string, day: Day): PlacePanelText | undefined {
  const place = story.placeById.get(placeId);
  if (!place) return undefined;
  const name = place.names.en;
  const isOblast = place.kind === 'oblast';
  const claims = isOblast
    ? claimsAt(story, day)
        .filter((c) => c.places?.includes(placeId) === true)
        .map((c) => `${claimText(story, c)}.`)
    : [];
  return {
    title: name,
    isOblast,
    summary: `${kindLine(story, place)}${statusLine(story, place, day)}`,
    quotes: quotesFor(story, placeId).map((q) => quoteText(story, q)),
    noQuotes: `The story quotes no one about ${name}.`,
    held: isOblast ? [] : heldText(story, placeId),
    noHeld: `The story does not say who held ${name}.`,
    claimsHeading: `Claims on ${formatDay(day)}`,
    claims: claims.length
      ? claims
      : [day > story.period.to ? 'The story ends before this day.' : 'None recorded.'],
    events: story.events
      .filter((e) => e.places.includes(placeId))
      .map((e) => ({
        day: e.until
          ? `${formatDay(e.day)} – ${formatDay(e.until)}`
          : `${e.datePrecision === 'by' ? 'By ' : ''}${formatDay(e.day)}`,
        title: e.title,
      })),
  };
}
