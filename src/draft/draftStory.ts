/**
 * Drafts a story from an article's text: every quote with its speaker, role, occasion and days,
 * the places and parties named, and claims and events from sentences in which a party took,
 * controls or withdrew from a place. Each drafted item carries the span it came from and a
 * confidence (draft.evidence); whatever the text does not settle is left out of the item and listed
 * in draft.open. Pure: the caller passes the text and the tables, and writes the result.
 */
import { isDay } from '../story/day.ts';
import { normalizeName } from '../story/normalizeName.ts';
import type {
  DatePrecision,
  Day,
  RawClaim,
  RawDraftEvidence,
  RawDraftOpenItem,
  RawEvent,
  RawQuote,
  RawSource,
  RawStory,
  RawStoryPlace,
} from '../story/types.ts';
import { claimKindOf, findClaims, type ActionFound } from './findClaims.ts';
import { findDays, type DayFound } from './findDays.ts';
import { findOccasion, findReporter } from './findOccasion.ts';
import { findPlaces, type PlaceMention } from './findPlaces.ts';
import { findQuotes, type QuoteFound } from './findQuotes.ts';
import { PARTIES, findParties, partyOf, type PartyId } from './parties.ts';
import { buildPlaceIndex, type PlaceIndex } from './placeIndex.ts';
import { DraftInputError, prepareText } from './prepareText.ts';
import { paragraphs as findParagraphs, segmentAt, sentences as findSentences } from './segments.ts';
import {
  attributionAfter,
  attributionBefore,
  namedPeople,
  parsePhrase,
  resolvePerson,
  type Attribution,
  type Speaker,
} from './speakers.ts';
import type { DraftOptions, DraftResult, DraftTables, Found, Span } from './types.ts';

export { DraftInputError } from './prepareText.ts';

const indexes = new WeakMap<DraftTables, PlaceIndex>();
function placeIndex(tables: DraftTables): PlaceIndex {
  let index = indexes.get(tables);
  if (!index) indexes.set(tables, (index = buildPlaceIndex(tables)));
  return index;
}

const slug = (s: string, words = 6): string =>
  normalizeName(s)
    .replace(/[^a-z0-9 ]/g, ' ')
    .trim()
    .split(/ +/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');

/** A unique id from words (ASCII slug; Cyrillic words fall back to `fallback`). */
function idMaker() {
  const used = new Set<string>();
  return (words: string, fallback: string): string => {
    const base = slug(words) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

interface DraftedQuote {
  found: QuoteFound;
  speaker?: Found<Speaker>;
  occasion?: Found<string>;
  said?: Found<DayFound>;
  reported?: Found<DayFound>;
  reporter?: Found<string>;
  places: PlaceMention[];
  paragraph: number;
}

const GROUP_HEAD =
  /(\p{Lu}[\p{L}-]*['’]s\s+(?:\p{L}+\s+)?HEAD(?:\s+(?:command|ministry|staff|forces|office|service))?)/u;

export function draftStory(input: string, options: DraftOptions, tables: DraftTables): DraftResult {
  if (!isDay(options.published)) {
    throw new DraftInputError(
      `the publication date (${options.published === '' ? 'missing' : options.published}) must be a real day written YYYY-MM-DD: relative days such as "on Sunday" are resolved against it`,
    );
  }
  const published = options.published;
  const { text, notes } = prepareText(input);
  const paragraphs = findParagraphs(text);
  const sentences = findSentences(text);
  const index = placeIndex(tables);
  const places = findPlaces(text, index);
  const parties = findParties(text);
  const people = namedPeople(text);
  const quotesFound = findQuotes(text, paragraphs, sentences);
  const evidence: RawDraftEvidence[] = [];
  const open: RawDraftOpenItem[] = [];
  const newId = idMaker();
  const cyrillic =
    (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/\p{Script=Latin}/gu)?.length ?? 0);

  const placesIn = (span: Span) => places.filter((p) => p.span[0] >= span[0] && p.span[1] <= span[1]);
  const paragraphOf = (at: number) => paragraphs.findIndex((p) => p.start <= at && at < p.end);

  // ---- quotes ----
  const drafted: DraftedQuote[] = [];
  let lastPerson: Found<Speaker> | undefined;
  let lastGroup: Found<Speaker> | undefined;
  for (const q of quotesFound) {
    const openSentence = segmentAt(sentences, q.outer[0]);
    const after = segmentAt(sentences, q.outer[1]);
    const afterClause: [number, number] | undefined =
      after && after.start < q.outer[1] ? [q.outer[1], after.end] : undefined;
    const beforeClause: [number, number] | undefined =
      openSentence && openSentence.start < q.outer[0] ? [openSentence.start, q.outer[0]] : undefined;
    const fromAfter = afterClause ? attributionAfter(text, ...afterClause) : undefined;
    const fromBefore = beforeClause ? attributionBefore(text, ...beforeClause) : undefined;
    const attribution: Attribution | undefined = q.partial
      ? (fromBefore ?? fromAfter)
      : (fromAfter ?? fromBefore);
    const prev = drafted[drafted.length - 1];
    const paragraph = paragraphOf(q.outer[0]);
    const d: DraftedQuote = { found: q, places: [], paragraph };

    let speaker: Found<Speaker> | undefined;
    if (attribution?.phrase) {
      const parsed = parsePhrase(attribution.phrase);
      if (parsed === 'pronoun' || attribution.pronoun) {
        const he = /^(?:he|she|він|вона|он|она)$/iu.test(attribution.phrase);
        const last = he ? lastPerson : (lastGroup ?? lastPerson);
        if (last)
          speaker = { value: last.value, span: [attribution.start, attribution.end], confidence: 0.7 };
      } else if (parsed) {
        let value = resolvePerson(parsed, people);
        let confidence = parsed.kind === 'person' ? 0.9 : 0.8;
        if (value.kind === 'group' && /^the\s/i.test(value.name)) {
          // "the military": the fuller name given before ("Ukraine's military command").
          const head = value.name.split(' ').pop() ?? '';
          const re = new RegExp(GROUP_HEAD.source.replace('HEAD', head), 'gu');
          const earlier = [...text.slice(0, q.outer[0]).matchAll(re)].pop();
          if (earlier?.[1]) {
            value = { name: earlier[1], kind: 'group' };
            confidence = 0.65;
          }
        }
        speaker = { value, span: [attribution.start, attribution.end], confidence };
      }
    } else if (prev?.speaker && paragraph - prev.paragraph <= 2) {
      // A quote with no attribution of its own continues the last speaker.
      speaker = { value: prev.speaker.value, span: prev.speaker.span, confidence: 0.55 };
    }
    if (speaker) {
      d.speaker = speaker;
      if (speaker.value.kind === 'person') lastPerson = speaker;
      else lastGroup = speaker;
    }
    const continues =
      prev?.speaker &&
      speaker &&
      prev.speaker.value.name === speaker.value.name &&
      paragraph - prev.paragraph <= 2;

    const clause = attribution?.clause ?? afterClause ?? beforeClause;
    if (clause) {
      const occasion = findOccasion(text, ...clause);
      if (occasion) d.occasion = occasion;
      const reporter = findReporter(text, ...clause);
      if (reporter) d.reporter = reporter;
      const days = findDays(text, published, ...clause);
      const cut = reporter?.span[0] ?? Infinity;
      const said = days.find((x) => x.span[0] < cut);
      const reported = days.find((x) => x.span[0] >= cut);
      if (said) d.said = said;
      if (reported) d.reported = reported;
    }
    if (!d.occasion && continues && prev?.occasion) d.occasion = { ...prev.occasion, confidence: 0.5 };
    if (!d.said && continues && prev?.said) d.said = { ...prev.said, confidence: 0.55 };
    if (!d.said && speaker?.value.kind === 'person') {
      // The day the text gives the same person elsewhere before ("Zelensky on Sunday pledged …").
      const surname = speaker.value.name.split(' ').pop() ?? '';
      const earlier = sentences.filter(
        (s) => s.end <= q.outer[0] && text.slice(s.start, s.end).includes(surname),
      );
      for (const s of earlier.reverse()) {
        const day = findDays(text, published, s.start, s.end)[0];
        if (day) {
          d.said = { ...day, confidence: 0.6 };
          break;
        }
      }
    }
    if (!d.reporter && continues && prev?.reporter) {
      d.reporter = { ...prev.reporter, confidence: 0.5 };
      if (prev.reported) d.reported = { ...prev.reported, confidence: 0.5 };
    }

    d.places = placesIn(q.span);
    if (d.places.length === 0 && openSentence)
      d.places = placesIn([openSentence.start, (after ?? openSentence).end]);
    if (d.places.length === 0 && continues && prev) d.places = prev.places;
    drafted.push(d);
  }

  // ---- sources ----
  const headline = text.slice(paragraphs[0]?.start ?? 0, paragraphs[0]?.end ?? 0).trim();
  const title =
    headline.length > 0 && headline.length <= 200 && !/[.!?]$/.test(headline)
      ? headline
      : `${text
          .slice(sentences[0]?.start ?? 0, sentences[0]?.end ?? 0)
          .trim()
          .slice(0, 120)}`;
  const articleSource: RawSource = {
    id: 'article',
    kind: 'article',
    publisher: options.outlet ?? 'Outlet not named (give --outlet)',
    title: title || 'Untitled article',
    date: published,
    ...(options.url ? { url: options.url } : {}),
    note: 'The article this draft was made from.',
  };
  const sources: RawSource[] = [articleSource];
  if (!options.outlet)
    open.push({
      collection: 'sources',
      id: 'article',
      field: 'publisher',
      reason: 'the outlet is not given: pass --outlet NAME',
    });
  const wireIds = new Map<string, string>();
  const wireSource = (name: string, day: Day): string => {
    const known = wireIds.get(name);
    if (known) return known;
    const id = newId(name, 'wire');
    wireIds.set(name, id);
    sources.push({
      id,
      kind: 'wire',
      publisher: name,
      title: `${name} report, as relayed by the article`,
      date: day,
      via: 'article',
    });
    return id;
  };

  // ---- places the table lacks ----
  const storyPlaces = new Map<string, RawStoryPlace>();
  // Every place named is in the evidence (the table's too), once, at its first mention.
  const named = new Set<string>();
  for (const m of places) {
    if (named.has(m.place.id)) continue;
    named.add(m.place.id);
    if (m.place.curated)
      evidence.push({ collection: 'places', id: m.place.id, span: m.span, confidence: m.confidence });
  }
  for (const m of places) {
    if (m.place.curated || !m.place.entry || storyPlaces.has(m.place.id)) continue;
    const e = m.place.entry;
    const variants = [
      ...new Set([m.surface, ...e.alternates.filter((a) => /^\p{Script=Latin}/u.test(a))]),
    ].filter((v) => v !== e.names.en && v !== e.names.uk && v !== e.names.ru);
    storyPlaces.set(m.place.id, {
      id: m.place.id,
      kind: 'city',
      names: e.names,
      ...(variants.length ? { variants: variants.slice(0, 12) } : {}),
      oblast: e.oblast,
      geonameid: e.geonameid,
      coordinates: e.coordinates,
      source: `GeoNames ${e.geonameid} (${tables.gazetteer.licence}), via geo/gazetteer.json`,
    });
    evidence.push({ collection: 'places', id: m.place.id, span: m.span, confidence: m.confidence });
  }

  // ---- quote items ----
  const days: Day[] = [];
  const quotes: RawQuote[] = drafted.map((d) => {
    const q = d.found;
    const who = d.speaker?.value;
    const id = newId(
      `${who ? (who.name.split(' ').pop() ?? '') : 'quote'} ${q.text}`,
      `quote-${evidence.length + 1}`,
    );
    const fields: Record<string, Span> = {};
    const quote: Record<string, unknown> = { id };
    if (who && d.speaker) {
      quote.speaker = who.name;
      fields.speaker = d.speaker.span;
      if (who.role) quote.role = who.role;
      else
        open.push({
          collection: 'quotes',
          id,
          field: 'role',
          reason: `the text gives no role for ${who.name}`,
        });
    } else {
      open.push({
        collection: 'quotes',
        id,
        field: 'speaker',
        reason: 'no speaker named beside the quote, and no earlier one to continue',
      });
      open.push({ collection: 'quotes', id, field: 'role', reason: 'no speaker, so no role' });
    }
    quote.text = q.text;
    if (q.partial) {
      const s = segmentAt(sentences, q.outer[0]);
      if (s) quote.context = text.slice(s.start, s.end).trim();
    }
    if (d.said) {
      quote.saidOn = d.said.value.day;
      if (d.said.value.precision !== 'day') quote.datePrecision = d.said.value.precision;
      fields.saidOn = d.said.span;
      days.push(d.said.value.day);
    } else
      open.push({
        collection: 'quotes',
        id,
        field: 'saidOn',
        reason: 'the text gives no day for this statement',
      });
    if (d.occasion) {
      quote.occasion = d.occasion.value;
      fields.occasion = d.occasion.span;
    }
    const reportedOn = d.reported?.value.day ?? published;
    quote.reportedOn = reportedOn;
    quote.reportedBy = d.reporter ? wireSource(d.reporter.value, reportedOn) : 'article';
    if (d.reporter) fields.reportedBy = d.reporter.span;
    if (d.reported) fields.reportedOn = d.reported.span;
    quote.source = 'article';
    const placeIds = [...new Set(d.places.map((p) => p.place.id))];
    if (placeIds.length > 0) quote.places = placeIds;
    else
      open.push({
        collection: 'quotes',
        id,
        field: 'places',
        reason: 'the quote and its sentence name no place of the two oblasts',
      });
    quote.note = `Drafted${d.said ? ` (said: "${d.said.value.surface}")` : ''}; review before publishing.`;
    const confidence = Math.min(0.95, d.speaker?.confidence ?? 0.3, q.unclosed ? 0.6 : 1);
    evidence.push({
      collection: 'quotes',
      id,
      span: q.span,
      confidence,
      ...(Object.keys(fields).length ? { fields } : {}),
    });
    return quote as unknown as RawQuote;
  });

  // ---- claims and events ----
  const actions = findClaims(text, sentences, places, parties);
  const best = new Map<string, ActionFound>();
  for (const a of actions) {
    const key = `${a.kind} ${a.party} ${a.place.place.id}`;
    const known = best.get(key);
    if (!known || a.confidence > known.confidence) best.set(key, a);
  }
  const claims: RawClaim[] = [];
  const events: RawEvent[] = [];
  const placeName = (m: PlaceMention): string =>
    m.place.entry?.names.en ?? tables.places.places.find((p) => p.id === m.place.id)?.names.en ?? m.surface;
  for (const a of best.values()) {
    const sentenceText = text.slice(...a.sentence).trim();
    const day = findDays(text, published, ...a.sentence)[0];
    let when: { day: Day; precision?: DatePrecision } | undefined;
    if (day)
      when = {
        day: day.value.day,
        ...(day.value.precision !== 'day' ? { precision: day.value.precision } : {}),
      };
    else if (a.present) when = { day: published, precision: 'by' };
    const party = PARTIES[a.party].name;
    const article = a.saidBy === 'article';
    const claimKind = claimKindOf(a.kind);
    const fields: Record<string, Span> = { place: a.place.span, verb: a.verb };
    if (day) fields.day = day.span;
    const note = `Drafted from: "${sentenceText.length > 300 ? `${sentenceText.slice(0, 297)}...` : sentenceText}"${article ? " (the article's own voice)" : ''}.`;
    if (claimKind) {
      const id = newId(`${a.party} ${claimKind} ${a.place.place.id}`, `claim-${claims.length + 1}`);
      const claim: Record<string, unknown> = {
        id,
        party: a.party,
        kind: claimKind,
        places: [a.place.place.id],
      };
      if (a.extent) claim.extent = a.extent;
      if (when) {
        claim.from = when.day;
        if (when.precision) claim.datePrecision = when.precision;
        days.push(when.day);
      } else
        open.push({
          collection: 'claims',
          id,
          field: 'from',
          reason: `the sentence gives no day; the article says it by ${published}`,
        });
      claim.source = 'article';
      if (article) claim.saidBy = 'article';
      claim.note = note;
      claims.push(claim as unknown as RawClaim);
      evidence.push({ collection: 'claims', id, span: a.sentence, confidence: a.confidence, fields });
    } else {
      const verb =
        a.kind === 'took' ? ['takes', 'says it took'] : ['withdraws from', 'says it withdrew from'];
      const title = article
        ? `${party} ${verb[0]} ${placeName(a.place)}`
        : `${party} ${verb[1]} ${placeName(a.place)}`;
      const id = newId(`${a.party} ${a.kind} ${a.place.place.id}`, `event-${events.length + 1}`);
      const event: Record<string, unknown> = { id };
      if (when) {
        event.day = when.day;
        if (when.precision) event.datePrecision = when.precision;
        days.push(when.day);
      } else
        open.push({
          collection: 'events',
          id,
          field: 'day',
          reason: `the sentence gives no day; the article says it by ${published}`,
        });
      Object.assign(event, { title, places: [a.place.place.id], source: 'article', note });
      events.push(event as unknown as RawEvent);
      evidence.push({ collection: 'events', id, span: a.sentence, confidence: a.confidence, fields });
    }
  }

  // ---- parties: those named, and those the items use ----
  const used = new Set<PartyId>([...parties.map((p) => p.party), ...claims.map((c) => c.party as PartyId)]);
  for (const q of drafted) {
    const p = q.speaker ? partyOf(`${q.speaker.value.role ?? ''} ${q.speaker.value.name}`) : undefined;
    if (p) used.add(p);
  }
  const partyList = (['ru', 'ua', 'lpr', 'dpr'] as const).filter((p) => used.has(p)).map((p) => PARTIES[p]);
  for (const p of partyList) {
    const first = parties.find((m) => m.party === p.id);
    if (first) evidence.push({ collection: 'parties', id: p.id, span: first.span, confidence: 0.9 });
  }

  // ---- what it could not do ----
  if (quotesFound.length === 0) notes.push('No quoted passage was found.');
  if (places.length === 0) notes.push('No settlement or region of Luhansk or Donetsk oblast was found.');
  if (cyrillic) {
    notes.push(
      'The article is in Cyrillic: places, parties, quotes and days are drafted, but speakers are found only beside a speech verb (— заявив Зеленський) and roles and claims only from the few Cyrillic patterns the drafter knows; check each.',
    );
  }
  const unresolved = open.filter((o) => o.field === 'speaker').length;
  if (unresolved > 0) notes.push(`${unresolved} quote(s) have no speaker the text names.`);

  const sorted = [...days].sort();
  const story: RawStory = {
    draft: { published, text, evidence, open, notes },
    title: articleSource.title,
    period: { from: sorted[0] && sorted[0] < published ? sorted[0] : published, to: published },
    parties: partyList,
    sources,
    claims,
    control: [],
    events,
    quotes,
    ...(storyPlaces.size ? { places: [...storyPlaces.values()] } : {}),
  };
  return { story, open, notes };
}
