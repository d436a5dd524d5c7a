/**
 * The place panel's words, built from the story as plain strings in the page's language (the
 * locale) so they can be tested in node and rendered as text only. No DOM here. The story's own
 * text (quotes, speakers' roles, occasions, events) stays as the story has it, in STORY_LANGUAGE.
 */
import { claimWords } from '../i18n/claimWords';
import type { Locale } from '../i18n/locale';
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
import { STORY_LANGUAGE } from '../story/storyLanguage';

export interface QuoteText {
  id: string;
  /** Verbatim, exactly as the story has it. */
  text: string;
  /** The language the quote is given in (the story's: as the reports it comes from give it). */
  lang: string;
  /** "Quoted in English, as reported", on a page in another language; else empty. */
  note: string;
  /** "Volodymyr Zelensky, President of Ukraine" (the story's text). */
  speaker: string;
  /** "Said 3 July 2022". */
  said: string;
  /** "evening video address" (the story's text), or empty. */
  occasion: string;
  /** "Reported 4 July 2022 by Reuters, via the article"; empty when the story does not say. */
  reported: string;
  /** Reported speech around the quote, when the story gives it (the story's text). */
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
  /** Each event's day in the page's language and its title as the story has it. */
  events: { day: string; title: string }[];
}

/** How a source is named to a reader: the story's own article is "the article". */
export function sourceName(story: Story, id: string | undefined, locale: Locale): string {
  if (id === undefined) return '';
  const source = story.sourceById.get(id);
  if (!source) return id;
  return source.kind === 'article' ? locale.t.panel.theArticle : source.publisher;
}

/** A source with the one it is known through: "Reuters, via the article". */
function sourceWithVia(story: Story, id: string, locale: Locale): string {
  const via = story.sourceById.get(id)?.via;
  const name = sourceName(story, id, locale);
  return via ? locale.t.panel.via(name, sourceName(story, via, locale)) : name;
}

function onDay(day: Day, precision: DatePrecision | undefined, locale: Locale): string {
  return precision === 'by' ? locale.t.panel.byDay(locale.day(day)) : locale.day(day);
}

/** One quote's caption lines. */
export function quoteText(story: Story, quote: Quote, locale: Locale): QuoteText {
  const { t } = locale;
  let reported: string;
  if (quote.reportedBy !== undefined) {
    const by = sourceWithVia(story, quote.reportedBy, locale);
    reported = quote.reportedOn
      ? t.panel.reportedOnBy(locale.day(quote.reportedOn), by)
      : t.panel.reportedBy(by);
  } else if (quote.reportedOn !== undefined) {
    reported = t.panel.reportedIn(locale.day(quote.reportedOn), sourceName(story, quote.source, locale));
  } else {
    reported = t.panel.quotedIn(sourceName(story, quote.source, locale));
  }
  return {
    id: quote.id,
    text: quote.text,
    lang: STORY_LANGUAGE,
    note: locale.lang === STORY_LANGUAGE ? '' : t.panel.quotedInEnglish,
    speaker: quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker,
    said: t.panel.saidOn(onDay(quote.saidOn, quote.datePrecision, locale)),
    occasion: quote.occasion ?? '',
    reported,
    context: quote.context ?? '',
  };
}

/**
 * Who held a place, earliest first, with the gaps between entries spelled out as "Not known"
 * rather than left blank: the story simply does not say.
 */
export function heldText(story: Story, placeId: string, locale: Locale): HeldText[] {
  const { t } = locale;
  const entries = holdingHistory(story, placeId);
  const rows: HeldText[] = [];
  let previous: Holding | undefined;
  for (const entry of entries) {
    if (previous?.to !== undefined && addDays(previous.to, 1) < entry.from) {
      rows.push({
        dates: t.panel.span(locale.day(addDays(previous.to, 1)), locale.day(addDays(entry.from, -1))),
        holder: t.panel.notKnown,
        source: '',
      });
    }
    const from =
      entry.datePrecision === 'by' ? t.panel.orEarlier(locale.day(entry.from)) : locale.day(entry.from);
    const dates = entry.to === undefined ? t.panel.from(from) : t.panel.span(from, locale.day(entry.to));
    rows.push({
      dates,
      holder: locale.party(story, entry.controller),
      source: t.panel.source(sourceName(story, entry.source, locale)),
    });
    previous = entry;
  }
  return rows;
}

function kindLine(story: Story, place: Place, locale: Locale): string {
  const { t } = locale;
  if (place.kind === 'oblast') return t.panel.oblastKind;
  if (place.kind === 'capital') return t.panel.capitalKind;
  const oblast = place.oblast ? story.placeById.get(place.oblast) : undefined;
  return oblast ? t.panel.cityIn(locale.place(oblast)) : t.panel.city;
}

function statusLine(story: Story, place: Place, day: Day, locale: Locale): string {
  const { t } = locale;
  if (place.kind === 'oblast') return '';
  if (day > story.period.to) return ` ${t.panel.storySilent(locale.day(day))}`;
  const held = holdingAt(story, place.id, day);
  return held
    ? ` ${t.panel.heldOn(locale.day(day), locale.party(story, held.controller))}`
    : ` ${t.panel.unknownOn(locale.day(day))}`;
}

/** Everything the panel says about a place on a day. */
export function placePanelText(
  story: Story,
  placeId: string,
  day: Day,
  locale: Locale,
): PlacePanelText | undefined {
  const { t } = locale;
  const place = story.placeById.get(placeId);
  if (!place) return undefined;
  const name = locale.place(place);
  const isOblast = place.kind === 'oblast';
  const claims = isOblast
    ? claimsAt(story, day)
        .filter((c) => c.places?.includes(placeId) === true)
        .map((c) => `${claimWords(story, c, locale)}.`)
    : [];
  return {
    title: name,
    isOblast,
    summary: `${kindLine(story, place, locale)}${statusLine(story, place, day, locale)}`,
    quotes: quotesFor(story, placeId).map((q) => quoteText(story, q, locale)),
    noQuotes: t.panel.noQuotes(name),
    held: isOblast ? [] : heldText(story, placeId, locale),
    noHeld: t.panel.noHeld(name),
    claimsHeading: t.panel.claimsOn(locale.day(day)),
    claims: claims.length ? claims : [day > story.period.to ? t.panel.storyEndsBefore : t.panel.noneRecorded],
    events: story.events
      .filter((e) => e.places.includes(placeId))
      .map((e) => ({
        day: e.until
          ? t.panel.span(locale.day(e.day), locale.day(e.until))
          : e.datePrecision === 'by'
            ? t.panel.byEvent(locale.day(e.day))
            : locale.day(e.day),
        title: e.title,
      })),
  };
}
