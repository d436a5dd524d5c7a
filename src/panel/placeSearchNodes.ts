import type { Messages } from '../i18n/en';
import { el, textEl } from '../ui/el';

/** The search's nodes: an ARIA 1.2 combobox (input and listbox) and a polite status line. */
export function placeSearchNodes(t: Messages) {
  const root = el('div', 'place-search');
  const label = el('label', 'place-search-label');
  label.htmlFor = 'place-search-input';
  label.textContent = t.search.label;
  const input = el('input');
  input.id = 'place-search-input';
  input.type = 'search';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = t.search.placeholder;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'place-search-list');
  const list = el('ul', 'place-search-list');
  list.id = 'place-search-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', t.search.list);
  list.hidden = true;
  const status = el('p', 'visually-hidden');
  status.setAttribute('aria-live', 'polite');
  root.append(label, input, list, status);
  return { root, input, list, status };
}

/** One result as an option of the listbox, its words set as text. */
export function optionNode(index: number, placeId: string, name: string, kind: string): HTMLLIElement {
  const option = el('li', 'place-search-option');
  option.id = `place-search-option-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.place = placeId;
  option.append(textEl('span', 'place-search-name', name), ' ', textEl('span', 'place-search-kind', kind));
  return option;
}
