import type { Claim, Story } from './types.ts';

const EXTENT: Record<string, string> = { all: 'all of it', most: 'most of it', part: 'part of it' };

/** Who says a claim made in someone else's voice: the article as such, or a source's publisher. */
function sayer(story: Story, sourceId: string): string {
  const source = story.sourceById.get(sourceId);
  if (!source) return sourceId;
  return source.kind === 'article' ? 'The article' : source.publisher;
}

/** One claim in words, with "it" standing for the place it names. */
export function claimText(story: Story, claim: Claim): string {
  const party = story.partyById.get(claim.party)?.name ?? claim.party;
  if (claim.saidBy !== undefined) {
    const who = sayer(story, claim.saidBy);
    const extent = EXTENT[claim.extent ?? 'all'];
    switch (claim.kind) {
      case 'controls':
        return `${who} says ${party} controls ${extent}`;
      case 'claims':
        return `${who} says ${party} claims it`;
      case 'recognises':
        return `${who} says ${party} recognises a claim to it`;
      case 'aims-to-take':
        return `${who} says ${party} means to take it`;
    }
  }
  const subject = claim.subject ? (story.partyById.get(claim.subject)?.name ?? claim.subject) : '';
  switch (claim.kind) {
    case 'controls':
      return `${party} says it controls ${EXTENT[claim.extent ?? 'all']}`;
    case 'claims':
      return `${party} claims it`;
    case 'recognises':
      return subject
        ? `${party} recognises the claim of the ${subject}`
        : `${party} recognises a claim to it`;
    case 'aims-to-take':
      return subject ? `${party} aims to take it for the ${subject}` : `${party} says it will take it back`;
  }
}
