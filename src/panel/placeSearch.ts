import { normalizeName, searchPlaces, type Place, type Story } from '../story';
import { emitter } from '../ui/emitter';

type PlaceSearchEvents = { choose: [placeId: string] };

const MAX_RESULTS = 8;

/**
 * The spelling a reader typed, when it is not the display name: "Sievierodonetsk (Severodonetsk)"
 * tells them the place they meant is the one they found.
 */
export function matchedSpelling(place: Place, query: string): string | undefined {
  const q = normalizeName(query);
  if (q === '' || normalizeName(place.names.en).includes(q)) return undefined;
  return place.spellings.find((s) => normalizeName(s).includes(q));
}

/** "City, Luhansk Oblast" / "Oblast": what a result is, to tell Luhansk the city from the oblast. */
export function placeKindText(story: Story, place: Place): string {
  if (place.kind === 'oblast') return 'Oblast';
  if (place.kind === 'capital') return 'Capital';
  const oblast = place.oblast ? story.placeById.get(place.oblast)?.names.en : undefined;
  return oblast ? `City, ${oblast}` : 'City';
}

/**
 * Finds a place by any spelling the story knows (Lisichansk, Лисичанськ, Lugansk…): an ARIA 1.2
 * combobox (an input that controls a listbox, with aria-activedescendant). Arrow keys move through
 * the results, Enter chooses (the first result when none is highlighted), Escape closes the list and
 * then clears the box. Choosing goes out through `on('choose')`.
 */
export function placeSearch(container: HTMLElement, story: Story) {
  const out = emitter<PlaceSearchEvents>();
  const root = document.createElement('div');
  root.className = 'place-search';

  const label = document.createElement('label');
  label.className = 'place-search-label';
  label.htmlFor = 'place-search-input';
  label.textContent = 'Find a place';
  const input = document.createElement('input');
  input.id = 'place-search-input';
  input.type = 'search';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = 'Find a place, e.g. Lisichansk';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'place-search-list');
  const list = document.createElement('ul');
  list.id = 'place-search-list';
  list.className = 'place-search-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Places');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  root.append(label, input, list, status);
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
      const option = document.createElement('li');
      option.id = `place-search-option-${index}`;
      option.className = 'place-search-option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.place = place.id;
      const name = document.createElement('span');
      name.className = 'place-search-name';
      const spelling = matchedSpelling(place, query);
      name.textContent = spelling ? `${place.names.en} (${spelling})` : place.names.en;
      const kind = document.createElement('span');
      kind.className = 'place-search-kind';
      kind.textContent = placeKindText(story, place);
      option.append(name, ' ', kind);
      // Keep focus in the input while the pointer picks an option.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(index));
      return option;
    });
    list.replaceChildren(...options);
    openList(results.length > 0);
    if (query.trim() === '') status.textContent = '';
    else
      status.textContent = results.length
        ? `${results.length} ${results.length === 1 ? 'place' : 'places'} found`
        : 'No place found';
  }

  function choose(index: number): void {
    const place = results[index];
    if (!place) return;
    input.value = place.names.en;
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
