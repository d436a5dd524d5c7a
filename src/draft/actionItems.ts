/**
 * Claims and events from the actions found: control and aims are claims, taking and withdrawing
 * are events. One item for each kind, party and place: the surest sentence that says it.
 */
import type { ClaimKind, DatePrecision, Day, RawClaim, RawEvent } from '../story/types.ts';
import { claimKindOf, type ActionFound } from './findClaims.ts';
import { findDays } from './findDays.ts';
import type { DraftRecord } from './draftRecord.ts';
import type { NewId } from './idMaker.ts';
import { PARTIES } from './parties.ts';
import type { ArticleReading } from './readArticle.ts';
import type { DraftTables, ItemDraft, Span } from './types.ts';

/** What every item of an action shares: its day (if the text gives one), field spans and note. */
interface ActionBasis {
  a: ActionFound;
  when?: { day: Day; precision?: DatePrecision };
  fields: Record<string, Span>;
  note: string;
  /** Said in the article's own voice, not by a party. */
  article: boolean;
}

function basisOf(a: ActionFound, { text, published }: ArticleReading): ActionBasis {
  const sentenceText = text.slice(...a.sentence).trim();
  const day = findDays(text, published, ...a.sentence)[0];
  // A present-tense claim ("Russia controls") is true at least by the day the article appeared.
  const when = day
    ? { day: day.value.day, ...(day.value.precision !== 'day' ? { precision: day.value.precision } : {}) }
    : a.present
      ? { day: published, precision: 'by' as const }
      : undefined;
  const article = a.saidBy === 'article';
  const quoted = sentenceText.length > 300 ? `${sentenceText.slice(0, 297)}...` : sentenceText;
  return {
    a,
    ...(when ? { when } : {}),
    fields: { place: a.place.span, verb: a.verb, ...(day ? { day: day.span } : {}) },
    note: `Drafted from: "${quoted}"${article ? " (the article's own voice)" : ''}.`,
    article,
  };
}

const noDay = (published: Day) => `the sentence gives no day; the article says it by ${published}`;

function claimItem(b: ActionBasis, kind: ClaimKind, id: string, published: Day): ItemDraft<RawClaim> {
  const { a, when } = b;
  const claim = {
    id,
    party: a.party,
    kind,
    places: [a.place.place.id],
    ...(a.extent ? { extent: a.extent } : {}),
    ...(when ? { from: when.day, ...(when.precision ? { datePrecision: when.precision } : {}) } : {}),
    source: 'article',
    ...(b.article ? { saidBy: 'article' } : {}),
    note: b.note,
  };
  return {
    // Without a day the claim has no `from`: draft.open lists it.
    item: claim as RawClaim,
    evidence: { collection: 'claims', id, span: a.sentence, confidence: a.confidence, fields: b.fields },
    open: when ? [] : [{ collection: 'claims', id, field: 'from', reason: noDay(published) }],
    days: when ? [when.day] : [],
  };
}

function eventItem(b: ActionBasis, id: string, title: string, published: Day): ItemDraft<RawEvent> {
  const { a, when } = b;
  const event = {
    id,
    ...(when ? { day: when.day, ...(when.precision ? { datePrecision: when.precision } : {}) } : {}),
    title,
    places: [a.place.place.id],
    source: 'article',
    note: b.note,
  };
  return {
    // Without a day the event has no `day`: draft.open lists it.
    item: event as RawEvent,
    evidence: { collection: 'events', id, span: a.sentence, confidence: a.confidence, fields: b.fields },
    open: when ? [] : [{ collection: 'events', id, field: 'day', reason: noDay(published) }],
    days: when ? [when.day] : [],
  };
}

/** The event's title: the party takes or withdraws from the place, or says it did. */
function eventTitle(b: ActionBasis, tables: DraftTables): string {
  const { a } = b;
  const place =
    a.place.place.entry?.names.en ??
    tables.places.places.find((p) => p.id === a.place.place.id)?.names.en ??
    a.place.surface;
  const verb = a.kind === 'took' ? ['takes', 'says it took'] : ['withdraws from', 'says it withdrew from'];
  return `${PARTIES[a.party].name} ${b.article ? verb[0] : verb[1]} ${place}`;
}

/** The claims and events of the actions, in the order found; their evidence, open fields and days go to `record`. */
export function actionItems(
  actions: readonly ActionFound[],
  article: ArticleReading,
  tables: DraftTables,
  newId: NewId,
  record: DraftRecord,
): { claims: RawClaim[]; events: RawEvent[] } {
  const best = new Map<string, ActionFound>();
  for (const a of actions) {
    const key = `${a.kind} ${a.party} ${a.place.place.id}`;
    const known = best.get(key);
    if (!known || a.confidence > known.confidence) best.set(key, a);
  }
  const claims: RawClaim[] = [];
  const events: RawEvent[] = [];
  for (const a of best.values()) {
    const b = basisOf(a, article);
    const kind = claimKindOf(a.kind);
    if (kind) {
      const id = newId(`${a.party} ${kind} ${a.place.place.id}`, `claim-${claims.length + 1}`);
      claims.push(record.add(claimItem(b, kind, id, article.published)));
    } else {
      const id = newId(`${a.party} ${a.kind} ${a.place.place.id}`, `event-${events.length + 1}`);
      events.push(record.add(eventItem(b, id, eventTitle(b, tables), article.published)));
    }
  }
  return { claims, events };
}
