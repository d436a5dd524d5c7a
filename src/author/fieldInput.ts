import { el, textEl } from '../ui/el';
import { fieldText, valueAt, type FieldSpec } from './editField';
import type { CheckMessage } from './checkMessages';

/**
 * One field of an item: its label, its input (a select for a choice), and under it the check's
 * messages about that field, which the input is described by and which mark it invalid.
 */
export function fieldInput(
  idBase: string,
  spec: FieldSpec,
  value: Readonly<Record<string, unknown>>,
  onInput: (text: string) => void,
) {
  const box = el('div', 'author-field');
  const id = `${idBase}-${spec.field.replace(/\W/g, '-')}`;
  const label = textEl('label', '', spec.label);
  label.htmlFor = id;
  let input: HTMLInputElement | HTMLSelectElement;
  if (spec.kind === 'choice') {
    const select = el('select');
    for (const option of ['', ...(spec.options ?? [])]) {
      const node = textEl('option', '', option || '(none)');
      node.value = option;
      select.append(node);
    }
    input = select;
  } else {
    const text = el('input');
    text.type = 'text';
    if (spec.kind === 'day') {
      text.placeholder = 'YYYY-MM-DD';
      text.inputMode = 'numeric';
    }
    input = text;
  }
  input.id = id;
  input.value = fieldText(valueAt(value, spec.field));
  const messages = el('ul', 'author-messages');
  messages.id = `${id}-messages`;
  input.setAttribute('aria-describedby', messages.id);
  input.addEventListener(spec.kind === 'choice' ? 'change' : 'input', () => onInput(input.value));
  box.append(label, input, messages);

  return {
    element: box,
    input,
    /** Shows the messages about this field. */
    show(list: readonly CheckMessage[]): void {
      const errors = list.some((m) => m.severity === 'error');
      input.setAttribute('aria-invalid', String(errors));
      box.classList.toggle('has-error', errors);
      messages.replaceChildren(...list.map((m) => textEl('li', `is-${m.severity}`, messageWords(m))));
    },
  };
}

/** A message as read beside its field: the item's name is already the card's heading. */
export function messageWords(message: CheckMessage): string {
  const words = message.collection ? message.text.replace(/^[^:]*: /, '') : message.text;
  return message.severity === 'error' ? `Mistake: ${words}` : `Open: ${words}`;
}
