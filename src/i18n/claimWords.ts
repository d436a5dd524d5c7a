import type { Claim, Story } from '../story/types';
import type { Locale } from './locale';

/** Who says a claim made in someone else's voice: the article as such, or a source's publisher. */
function sayer(story: Story, sourceId: string, locale: Locale): string {
  const source = story.sourceById.get(sourceId);
  if (!source) return sourceId;
  return source.kind === 'article' ? locale.t.claim.theArticle : source.publisher;
}

/** One claim in words in the page's language, standing for the place it names ("it"). */
export function claimWords(story: Story, claim: Claim, locale: Locale): string {
  const { t } = locale;
  const party = locale.party(story, claim.party);
  const extent = t.claim[claim.extent ?? 'all'];
  if (claim.saidBy !== undefined) {
    const who = sayer(story, claim.saidBy, locale);
    switch (claim.kind) {
      case 'controls':
        return t.claim.saysControls(who, party, extent);
      case 'claims':
        return t.claim.saysClaims(who, party);
      case 'recognises':
        return t.claim.saysRecognises(who, party);
      case 'aims-to-take':
        return t.claim.saysAimsToTake(who, party);
    }
  }
  const of = claim.subject ? locale.party(story, claim.subject, 'of') : '';
  switch (claim.kind) {
    case 'controls':
      return t.claim.controls(party, extent);
    case 'claims':
      return t.claim.claims(party);
    case 'recognises':
      return of ? t.claim.recognisesClaimOf(party, of) : t.claim.recognises(party);
    case 'aims-to-take':
      return of ? t.claim.aimsToTakeFor(party, of) : t.claim.willRetake(party);
  }
}
