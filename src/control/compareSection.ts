import type { Messages } from '../i18n/en';
import { el, textEl } from '../ui/el';
import type { CompareText } from './compareText';

/**
 * The comparison in words as DOM, set as text only: the two days, each source's line with its
 * notes, and the story's claims made between. The day summary's section and a place's section
 * (the place panel, the document) nest it at their own heading level.
 */
export function compareSection(
  text: CompareText,
  level: 'h2' | 'h3' | 'h4',
  className: string,
  words: Messages['compare'],
): HTMLElement {
  const section = el('section', `compare-section ${className}`);
  section.append(textEl(level, '', words.heading), textEl('p', 'compare-span', text.span));
  if (text.lines.length) {
    const list = el('ul', 'compare-lines');
    for (const line of text.lines) {
      const item = el('li', 'compare-line');
      item.append(textEl('span', 'compare-text', line.text));
      if (line.layer) item.dataset.layer = line.layer;
      for (const note of line.notes) item.append(textEl('span', 'compare-note', ` ${note}`));
      list.append(item);
    }
    section.append(list);
  }
  const claims = el('div', 'compare-claims');
  if (text.claims.length) {
    const list = el('ul');
    for (const claim of text.claims) list.append(textEl('li', '', claim));
    claims.append(textEl('p', '', words.claimsBetween), list);
  } else claims.append(textEl('p', '', words.noClaims));
  section.append(claims);
  return section;
}
