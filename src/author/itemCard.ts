import { ITEM_KINDS } from '../story/errorFormat';
import { el, textEl } from '../ui/el';
import type { AuthorAction, AuthorItem } from './authorDraft';
import type { CheckMessage } from './checkMessages';
import { ITEM_FIELDS } from './editField';
import { fieldInput, messageWords } from './fieldInput';

/** What the item says in the article's words: a quote's passage, or the sentence a claim came from. */
function quoted(item: AuthorItem): HTMLElement | null {
  const { text, note } = item.value;
  if (typeof text === 'string') return textEl('blockquote', 'author-quote', text);
  return typeof note === 'string' ? textEl('p', 'author-note', note) : null;
}

/**
 * One drafted item as the editor reviews it: a heading naming it, its words, its fields, the
 * check's messages under the field they name (the rest under the heading), and buttons to accept it
 * (pressed while accepted) or delete it. `send` gets the editor's actions; inputs keep what the
 * editor types, and `update` only changes the messages and the accepted state.
 */
export function itemCard(item: AuthorItem, index: number, send: (action: AuthorAction) => void) {
  const { collection, id } = item;
  const base = `author-${collection}-${index}`;
  const card = el('li', 'author-item');
  const article = el('article');
  article.setAttribute('aria-labelledby', `${base}-heading`);
  const kindWord = ITEM_KINDS[collection];
  const heading = textEl('h3', '', `${kindWord[0]?.toUpperCase()}${kindWord.slice(1)} "${id}"`);
  heading.id = `${base}-heading`;
  heading.tabIndex = -1;
  const status = el('p', 'author-item-status');
  const general = el('ul', 'author-messages');
  const words = quoted(item);
  article.append(heading, status, general, ...(words ? [words] : []));

  const grid = el('div', 'author-fields');
  const fields = ITEM_FIELDS[collection].map((spec) => {
    const field = fieldInput(base, spec, item.value, (value) =>
      send({ type: 'edit', collection, id, field: spec.field, value }),
    );
    grid.append(field.element);
    return { spec, field };
  });
  article.append(grid);

  const buttons = el('div', 'author-item-buttons');
  const accept = textEl('button', 'author-accept', 'Accept');
  accept.type = 'button';
  accept.setAttribute('aria-describedby', heading.id);
  const remove = textEl('button', 'author-delete', 'Delete');
  remove.type = 'button';
  remove.setAttribute('aria-describedby', heading.id);
  buttons.append(accept, remove);
  article.append(buttons);
  card.append(article);

  let accepted = item.accepted;
  accept.addEventListener('click', () => send({ type: 'accept', collection, id, accepted: !accepted }));
  remove.addEventListener('click', () => send({ type: 'delete', collection, id }));

  return {
    element: card,
    heading,
    update(next: AuthorItem, messages: readonly CheckMessage[]): void {
      accepted = next.accepted;
      accept.setAttribute('aria-pressed', String(accepted));
      accept.textContent = accepted ? 'Accepted' : 'Accept';
      card.classList.toggle('is-accepted', accepted);
      status.textContent = accepted ? 'Accepted.' : 'Drafted: review it, then accept or delete it.';
      const placed = new Set<CheckMessage>();
      for (const { spec, field } of fields) {
        const mine = messages.filter((m) => m.path === spec.field || m.field === spec.field);
        mine.forEach((m) => placed.add(m));
        field.show(mine);
      }
      general.replaceChildren(
        ...messages
          .filter((m) => !placed.has(m))
          .map((m) => textEl('li', `is-${m.severity}`, messageWords(m))),
      );
    },
  };
}

export type ItemCard = ReturnType<typeof itemCard>;
