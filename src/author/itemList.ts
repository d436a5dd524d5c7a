import { el, textEl } from '../ui/el';
import { emitter } from '../ui/emitter';
import {
  ITEM_COLLECTIONS,
  itemKey,
  type AuthorAction,
  type AuthorDraft,
  type ItemCollection,
} from './authorDraft';
import { namesItem, type CheckMessage } from './checkMessages';
import { itemCard, type ItemCard } from './itemCard';

const HEADINGS: Record<ItemCollection, string> = {
  quotes: 'Quotes',
  claims: 'Claims',
  events: 'Events',
  places: 'Places added from the gazetteer',
};

/** The story's title, to edit. */
function titleField(value: string, onInput: (value: string) => void): HTMLElement {
  const box = el('div', 'author-field');
  const label = textEl('label', '', 'Story title');
  label.htmlFor = 'author-title';
  const input = el('input');
  input.id = 'author-title';
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  box.append(label, input);
  return box;
}

/**
 * The drafted items, one list per kind, each item a card to edit, accept or delete. A new draft
 * builds the cards afresh; an edit only updates them, so the input being typed in keeps its focus
 * and text. A deleted item's card goes and the focus moves to the next card's heading (or the
 * one before, or the list's). `on('action')` carries the editor's actions.
 */
export function itemList(container: HTMLElement) {
  const out = emitter<{ action: [action: AuthorAction] }>();
  const section = el('section', 'author-items');
  section.setAttribute('aria-labelledby', 'author-items-heading');
  const heading = textEl('h2', '', '3. The drafted items');
  heading.id = 'author-items-heading';
  heading.tabIndex = -1;
  section.append(heading);
  section.hidden = true;
  container.append(section);
  let cards = new Map<string, ItemCard>();

  function build(draft: AuthorDraft): void {
    section.replaceChildren(
      heading,
      titleField(draft.title, (value) => out.emit('action', { type: 'title', value })),
    );
    cards = new Map();
    for (const collection of ITEM_COLLECTIONS) {
      const items = draft.items.filter((item) => item.collection === collection);
      section.append(textEl('h3', 'author-collection', HEADINGS[collection]));
      if (items.length === 0) section.append(textEl('p', 'author-hint', 'None drafted.'));
      const list = el('ul', 'author-item-list');
      items.forEach((item, index) => {
        const card = itemCard(item, index, (action) => out.emit('action', action));
        cards.set(itemKey(item), card);
        list.append(card.element);
      });
      section.append(list);
    }
  }

  /** Removes the cards of items no longer in the draft, moving the focus off a removed one. */
  function prune(draft: AuthorDraft): void {
    const keys = new Set(draft.items.map(itemKey));
    for (const [key, card] of cards) {
      if (keys.has(key)) continue;
      const hadFocus = card.element.contains(document.activeElement);
      // The next card on the page (in this list or the next), else the one before, else the list.
      const all = [...section.querySelectorAll<HTMLElement>('.author-item')];
      const at = all.indexOf(card.element);
      const next = (all[at + 1] ?? all[at - 1])?.querySelector('h3') ?? heading;
      card.element.remove();
      cards.delete(key);
      if (hadFocus) next.focus();
    }
  }

  return {
    element: section,
    update(draft: AuthorDraft, messages: readonly CheckMessage[], fresh: boolean): void {
      section.hidden = false;
      if (fresh) build(draft);
      else prune(draft);
      for (const collection of ITEM_COLLECTIONS) {
        draft.items
          .filter((item) => item.collection === collection)
          .forEach((item, index) =>
            cards.get(itemKey(item))?.update(
              item,
              messages.filter((m) => namesItem(m, collection, item.id, index)),
            ),
          );
      }
    },
    on: out.on,
  };
}
