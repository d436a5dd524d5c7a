/** The story's parties: those the article names, those its claims are by, and those its speakers speak for. */
import type { RawDraftEvidence, RawParty } from '../story/types.ts';
import type { DraftedQuote } from './draftQuotes.ts';
import { PARTIES, partyOf, type PartyId, type PartyMention } from './parties.ts';

/** The order the story lists its parties in. */
const ORDER = ['ru', 'ua', 'lpr', 'dpr'] as const;

export function draftParties(
  named: readonly PartyMention[],
  claimParties: readonly PartyId[],
  quotes: readonly DraftedQuote[],
): { parties: RawParty[]; evidence: RawDraftEvidence[] } {
  const used = new Set<PartyId>([...named.map((p) => p.party), ...claimParties]);
  for (const q of quotes) {
    const p = q.speaker ? partyOf(`${q.speaker.value.role ?? ''} ${q.speaker.value.name}`) : undefined;
    if (p) used.add(p);
  }
  const parties = ORDER.filter((p) => used.has(p)).map((p) => PARTIES[p]);
  const evidence: RawDraftEvidence[] = [];
  for (const p of parties) {
    const first = named.find((m) => m.party === p.id);
    if (first) evidence.push({ collection: 'parties', id: p.id, span: first.span, confidence: 0.9 });
  }
  return { parties, evidence };
}
