import type { WebAddress } from '../story/webAddress';

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
  let name: Node = document.createTextNode(credit.name);
  if (credit.url) {
    const link = document.createElement('a');
    link.href = credit.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = credit.name;
    name = link;
  }
  return credit.licence ? [name, document.createTextNode(` (${credit.licence})`)] : [name];
}
