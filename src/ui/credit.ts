import { webAddress } from '../story/webAddress';

/** One source to credit: its name, its licence, and where to read more (a web address only). */
export interface Credit {
  name: string;
  licence?: string | undefined;
  url?: string | undefined;
}

/**
 * A credit as DOM, built from text nodes only: "Name (licence)", the name a link to its source
 * where the URL is a web address. Names, licences and URLs come from data (imported layers), so
 * nothing here is ever parsed as HTML, and a link never runs script or tells the source where the
 * reader came from.
 */
export function creditNodes(credit: Credit): Node[] {
  const href = webAddress(credit.url);
  let name: Node = document.createTextNode(credit.name);
  if (href) {
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = credit.name;
    name = link;
  }
  return credit.licence ? [name, document.createTextNode(` (${credit.licence})`)] : [name];
}
