import type { Claim, Story } from './types.ts';

const EXTENT: Record<string, string> = { all: 'all of it', most: 'most of it', part: 'part of it' };

/** One claim in words, with "it" standing for the place it names. */
export function claimText(story: Story, claim: Claim): string {
  const party = story.partyById.get(claim.party)?.name ?? claim.party;
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
