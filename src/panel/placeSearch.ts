import type { Locale } from '../i18n/locale';
import { searchPlaces, type Place, type Story } from '../story';
import { emitter } from '../ui/emitter';
import { optionNode, placeSearchNodes } from './placeSearchNodes';
import { placeKindText, resultName, resultsStatus } from './placeSearchText';

type PlaceSearchEvents = { choose: [placeId: string] };

const MAX_RESULTS = 8;

/**
 * Finds a place by any spelling the story knows (Lisichansk, Лисичанськ, Lugansk…): an ARIA 1.2
 * combobox (an input that controls a listbox, with aria-activedescendant). Arrow keys move through
 * the results, Enter chooses (the first result when none is highlighted), Escape closes the list and
 * then clears the box. Choosing goes out through `on('choose')`.
 */
export function placeSearch(container: HTMLElement, story: Story, locale: Locale) {
  const out = emitter<PlaceSearchEvents>();
  const { root, input, list, status } = placeSearchNodes(locale.t);
  container.append(root);

  let results: readonly Place[] = [];
  let active = -1;

  function setActive(index: number): void {
    active = index;
    list.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `place-search-option-${index}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function openList(open: boolean): void {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function search(): void {
    const query = input.value;
    results = searchPlaces(story, query).slice(0, MAX_RESULTS);
    const options = results.map((place, index) => {
      const kind = placeKindText(story, place, locale);
      const option = optionNode(index, place.id, resultName(place, query, locale), kind);
      // Keep focus in the input while the pointer picks an option.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(index));
      return option;
    });
    list.replaceChildren(...options);
    openList(results.length > 0);
    status.textContent = resultsStatus(query, results.length, locale);
  }

  function choose(index: number): void {
    const place = results[index];
    if (!place) return;
    input.value = locale.place(place);
    openList(false);
    status.textContent = '';
    out.emit('choose', place.id);
  }

  input.addEventListener('input', search);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) search();
        else if (results.length) setActive((active + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open && results.length) setActive(active <= 0 ? results.length - 1 : active - 1);
        break;
      case 'Enter':
        if (!open) return;
        event.preventDefault();
        choose(active >= 0 ? active : 0);
        break;
      case 'Escape':
        // Used here, so the place panel does not also close on the same key.
        if (open) openList(false);
        else if (input.value) input.value = '';
        else return;
        event.preventDefault();
        break;
    }
  });
  input.addEventListener('blur', () => openList(false));

  return {
    element: root,
    on: out.on,
    destroy(): void {
      out.clear();
      root.remove();
    },
  };
}

export type PlaceSearch = ReturnType<typeof placeSearch>;
