import type { Messages } from '../i18n/en';
import type { Credit } from '../ui/credit';

/**
 * Licence words that say a source may not be passed on. Credits are free text from the import
 * (`--source-licence`), so this reads the words a licence uses rather than a list of licence names.
 */
const NO_REDISTRIBUTION =
  /all rights reserved|no(?:t for)? redistribution|not? (?:be )?redistribut|do not (?:share|copy|republish)|non-?commercial|\bNC\b|proprietary/i;

/** True when a credit's licence says the data may not be passed on freely. */
export const forbidsRedistribution = (credit: Credit): boolean =>
  credit.licence !== undefined && NO_REDISTRIBUTION.test(credit.licence);

/**
 * Every credit in one line, as drawn into an export: "Name (licence)" joined by " · ". A licence
 * that restricts passing the data on is named again at the end, so it is read even where the line
 * is cut.
 */
export function creditLine(credits: readonly Credit[], words: Messages['exports']): string {
  const parts = credits.map((c) => (c.licence ? `${c.name} (${c.licence})` : c.name));
  const restricted = credits.filter(forbidsRedistribution);
  const warning = restricted.length
    ? ` · ${words.notForRedistribution(restricted.map((c) => `${c.name} (${c.licence ?? ''})`).join(', '))}`
    : '';
  return `${words.credits(parts.join(' · '))}${warning}`;
}
