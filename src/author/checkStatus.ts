import { el, textEl } from '../ui/el';
import type { CheckMessage } from './checkMessages';
import { messageWords } from './fieldInput';

/** The count in words: "1 mistake", "3 open items". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The check's verdict after every change: a polite live region saying how many mistakes and open
 * items the story has, and, when a new mistake appears, what it is (a screen reader hears it while
 * the editor types; the same words sit beside the field). Under it, the messages that name no
 * item (the title, the period, a source), which have no card to sit in.
 */
export function checkStatus(container: HTMLElement) {
  const section = el('section', 'author-check');
  section.setAttribute('aria-labelledby', 'author-check-heading');
  const heading = textEl('h2', '', 'Check');
  heading.id = 'author-check-heading';
  const live = el('p', 'author-check-status');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const story = el('ul', 'author-messages');
  story.setAttribute('aria-label', 'Messages about the story as a whole');
  section.append(heading, live, story);
  section.hidden = true;
  container.append(section);
  let known = new Set<string>();

  return {
    element: section,
    update(messages: readonly CheckMessage[], itemless: readonly CheckMessage[]): void {
      section.hidden = false;
      const errors = messages.filter((m) => m.severity === 'error');
      const open = messages.length - errors.length;
      const added = errors.find((m) => !known.has(m.text));
      known = new Set(errors.map((m) => m.text));
      const verdict =
        errors.length === 0
          ? `No mistakes; ${count(open, 'open item', 'open items')}.`
          : `${count(errors.length, 'mistake', 'mistakes')}, ${count(open, 'open item', 'open items')}.`;
      live.textContent = added ? `${verdict} New: ${added.text}` : verdict;
      story.replaceChildren(...itemless.map((m) => textEl('li', `is-${m.severity}`, messageWords(m))));
    },
  };
}
