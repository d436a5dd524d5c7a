/**
 * Every quote of the article with its speaker, circumstances (occasion, days, reporter) and places,
 * in text order. A quote with no attribution of its own continues the quote before it.
 */
import type { PlaceMention } from './findPlaces.ts';
import { findQuotes, type QuoteFound } from './findQuotes.ts';
import { quoteCircumstances, type QuoteCircumstances } from './quoteCircumstances.ts';
import { quoteSpeaker, type SpeakersBefore } from './quoteSpeaker.ts';
import type { ArticleReading } from './readArticle.ts';
import { segmentAt } from './segments.ts';
import { addReportingPeople } from './addReportingPeople.ts';
import { attributionAfter, attributionBefore, namedPeople, type Person, type Speaker } from './speakers.ts';
import type { Found, Span } from './types.ts';

export interface DraftedQuote extends QuoteCircumstances {
  found: QuoteFound;
  speaker?: Found<Speaker>;
  places: PlaceMention[];
  paragraph: number;
}

/** The sentences around a quote, the clauses before and after it, and the attribution they hold. */
function surroundings(article: ArticleReading, q: QuoteFound) {
  const { text, sentences } = article;
  const openSentence = segmentAt(sentences, q.outer[0]);
  const after = segmentAt(sentences, q.outer[1]);
  const afterClause: Span | undefined =
    after && after.start < q.outer[1] ? [q.outer[1], after.end] : undefined;
  const beforeClause: Span | undefined =
    openSentence && openSentence.start < q.outer[0] ? [openSentence.start, q.outer[0]] : undefined;
  const fromAfter = afterClause ? attributionAfter(text, ...afterClause) : undefined;
  const fromBefore = beforeClause ? attributionBefore(text, ...beforeClause) : undefined;
  // A phrase quoted inside a sentence is attributed before it ("Shoigu told Putin that …").
  const attribution = q.partial ? (fromBefore ?? fromAfter) : (fromAfter ?? fromBefore);
  return { openSentence, after, clause: attribution?.clause ?? afterClause ?? beforeClause, attribution };
}

/** One quote, drafted after `prev` (the quote before, if any). */
function draftQuote(
  article: ArticleReading,
  q: QuoteFound,
  prev: DraftedQuote | undefined,
  people: ReadonlyMap<string, Person>,
  before: SpeakersBefore,
): DraftedQuote {
  const { openSentence, after, clause, attribution } = surroundings(article, q);
  const paragraph = article.paragraphs.findIndex((p) => p.start <= q.outer[0] && q.outer[0] < p.end);
  const near = prev?.speaker && paragraph - prev.paragraph <= 2 ? prev : undefined;
  let speaker: Found<Speaker> | undefined;
  if (attribution?.phrase) speaker = quoteSpeaker(article.text, q.outer[0], attribution, people, before);
  else if (near?.speaker) speaker = { value: near.speaker.value, span: near.speaker.span, confidence: 0.55 };
  const continues = near?.speaker && speaker && near.speaker.value.name === speaker.value.name;
  const continued = continues ? near : undefined;
  const placesIn = (span: Span) => article.places.filter((p) => p.span[0] >= span[0] && p.span[1] <= span[1]);
  let places = placesIn(q.span);
  if (places.length === 0 && openSentence)
    places = placesIn([openSentence.start, (after ?? openSentence).end]);
  if (places.length === 0 && continued) places = continued.places;
  return {
    found: q,
    ...(speaker ? { speaker } : {}),
    ...quoteCircumstances(article, q, clause, speaker, continued),
    places,
    paragraph,
  };
}

export function draftQuotes(article: ArticleReading): DraftedQuote[] {
  const { text, paragraphs, sentences } = article;
  const people = namedPeople(text);
  addReportingPeople(text, sentences, people);
  const drafted: DraftedQuote[] = [];
  const before: SpeakersBefore = {};
  for (const q of findQuotes(text, paragraphs, sentences)) {
    const d = draftQuote(article, q, drafted[drafted.length - 1], people, before);
    if (d.speaker?.value.kind === 'person') before.person = d.speaker;
    else if (d.speaker) before.group = d.speaker;
    drafted.push(d);
  }
  return drafted;
}
