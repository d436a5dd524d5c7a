import type { WebAddress } from '../story/webAddress';
import { webLink } from './el';

/**
 * One source to credit: its name, its licence, and where to read more. The address is typed as one
 * webAddress has checked (http: or https: only), so no other URL can reach a link.
 */
export interface Credit {
  name: string;
  licence?: string | undefined;
  url?: WebAddress | undefined;
}

/**
 * A credit as DOM, built from text nodes only: "Name (licence)", the name a link to its source
 * where the URL is a web address. Names, licences and URLs come from data (imported layers), so
 * nothing here is ever parsed as HTML, and a link never runs script or tells the source where the
 * reader came from.
 */
export function creditNodes(credit: Credit): Node[] {
  const name = credit.url ? webLink(credit.url, credit.name) : document.createTextNode(credit.name);
  return credit.licence ? [name, document.createTextNode(` (${credit.licence})`)] : [name];
}
