/**
 * When, on what occasion and through whom a quote was said: from its attribution clause, else
 * carried over from the quote it continues, else (a person's) the day the text gives the same
 * person in an earlier sentence.
 */
import { findDays, type DayFound } from './findDays.ts';
import { findOccasion, findReporter } from './findOccasion.ts';
import type { QuoteFound } from './findQuotes.ts';
import type { ArticleReading } from './readArticle.ts';
import type { Speaker } from './speakers.ts';
import type { Found, Span } from './types.ts';

export interface QuoteCircumstances {
  occasion?: Found<string>;
  said?: Found<DayFound>;
  reported?: Found<DayFound>;
  reporter?: Found<string>;
}

/** What the attribution clause says: the day before the reporter is the day said, the one after it the day reported. */
function fromClause(article: ArticleReading, clause: Span): QuoteCircumstances {
  const { text, published } = article;
  const c: QuoteCircumstances = {};
  const occasion = findOccasion(text, ...clause);
  if (occasion) c.occasion = occasion;
  const reporter = findReporter(text, ...clause);
  if (reporter) c.reporter = reporter;
  const days = findDays(text, published, ...clause);
  const cut = reporter?.span[0] ?? Infinity;
  const said = days.find((x) => x.span[0] < cut);
  const reported = days.find((x) => x.span[0] >= cut);
  if (said) c.said = said;
  if (reported) c.reported = reported;
  return c;
}

/** The day the text gives the same person in the last sentence before that names it ("Zelensky on Sunday pledged …"). */
function dayNamedBefore(
  article: ArticleReading,
  q: QuoteFound,
  person: Speaker,
): Found<DayFound> | undefined {
  const { text, published, sentences } = article;
  const surname = person.name.split(' ').pop() ?? '';
  const earlier = sentences.filter(
    (s) => s.end <= q.outer[0] && text.slice(s.start, s.end).includes(surname),
  );
  for (const s of earlier.reverse()) {
    const day = findDays(text, published, s.start, s.end)[0];
    if (day) return { ...day, confidence: 0.6 };
  }
  return undefined;
}

/**
 * The circumstances of quote `q`, whose attribution clause is `clause` (if any); `continued` is the
 * quote before when this one continues it (same speaker, at most two paragraphs on).
 */
export function quoteCircumstances(
  article: ArticleReading,
  q: QuoteFound,
  clause: Span | undefined,
  speaker: Found<Speaker> | undefined,
  continued: QuoteCircumstances | undefined,
): QuoteCircumstances {
  const c: QuoteCircumstances = clause ? fromClause(article, clause) : {};
  if (!c.occasion && continued?.occasion) c.occasion = { ...continued.occasion, confidence: 0.5 };
  if (!c.said && continued?.said) c.said = { ...continued.said, confidence: 0.55 };
  if (!c.said && speaker?.value.kind === 'person') {
    const day = dayNamedBefore(article, q, speaker.value);
    if (day) c.said = day;
  }
  if (!c.reporter && continued?.reporter) {
    c.reporter = { ...continued.reporter, confidence: 0.5 };
    if (continued.reported) c.reported = { ...continued.reported, confidence: 0.5 };
  }
  return inOrder(c, article.published);
}

/**
 * A report cannot come before what it reports: a reported day before the said day was read from
 * another clause ("… last week, Reuters reported"), and a said day after the report (or, with none,
 * the publication) is not the statement's. Neither is drafted; the day said is then left open.
 */
function inOrder(c: QuoteCircumstances, published: string): QuoteCircumstances {
  const { said, reported, ...rest } = c;
  const keepReported = reported && (!said || reported.value.day >= said.value.day);
  const reportedOn = keepReported ? reported.value.day : published;
  const keepSaid = said && said.value.day <= reportedOn;
  return { ...rest, ...(keepSaid ? { said } : {}), ...(keepReported ? { reported } : {}) };
}
