import { MAX_ARTICLE_CHARS } from '../draft';
import { isDay } from '../story/day';
import { el, textEl } from '../ui/el';
import { emitter } from '../ui/emitter';

export interface ArticleInput {
  text: string;
  published: string;
  outlet: string;
  url: string;
}

/** A labelled input in its own row; `hint` is read with it. */
function row<T extends HTMLInputElement | HTMLTextAreaElement>(
  form: HTMLElement,
  id: string,
  label: string,
  input: T,
  hint = '',
): T {
  const box = el('div', 'author-row');
  const name = textEl('label', '', label);
  name.htmlFor = id;
  input.id = id;
  box.append(name, input);
  if (hint) {
    const note = textEl('p', 'author-hint', hint);
    note.id = `${id}-hint`;
    input.setAttribute('aria-describedby', note.id);
    box.append(note);
  }
  form.append(box);
  return input;
}

/**
 * A file the editor dropped or opened, read as text; the drafter refuses what is not an article
 * (binary, empty). A file far larger than an article is refused before it is read, as the CLI does.
 */
async function readFile(file: File): Promise<string> {
  if (file.size > MAX_ARTICLE_CHARS * 4)
    throw new Error(`${(file.size / 1e6).toFixed(1)} MB is more than an article; give one article at a time`);
  return file.text();
}

/**
 * The article and what the drafter needs with it: the text (typed, pasted, or a .txt file opened or
 * dropped on it), the publication day, the outlet and its address. `on('draft')` says the editor
 * asked for a draft; a form problem (no day) is said beside the button, in a live region.
 */
export function articleForm(container: HTMLElement) {
  const out = emitter<{ draft: [input: ArticleInput] }>();
  const form = el('form', 'author-form');
  form.noValidate = true;
  form.setAttribute('aria-labelledby', 'author-article-heading');
  const heading = textEl('h2', '', '1. The article');
  heading.id = 'author-article-heading';
  form.append(heading);
  const text = row(
    form,
    'author-text',
    'Article text',
    el('textarea'),
    'Paste the text, or open or drop a .txt file on it.',
  );
  text.rows = 12;
  const file = row(form, 'author-file', 'Open a text file', el('input'));
  file.type = 'file';
  file.accept = '.txt,text/plain';
  const published = row(
    form,
    'author-published',
    'Publication date',
    el('input'),
    'YYYY-MM-DD; "on Sunday" is read against it.',
  );
  published.type = 'date';
  const outlet = row(form, 'author-outlet', 'Outlet', el('input'));
  const url = row(form, 'author-url', 'Article address (URL)', el('input'));
  url.type = 'url';
  const submit = textEl('button', 'author-draft-button', 'Draft the story');
  submit.type = 'submit';
  const problem = el('p', 'author-problem');
  problem.setAttribute('role', 'status');
  form.append(submit, problem);
  container.append(form);

  const load = (picked: File | undefined) =>
    picked &&
    void readFile(picked).then(
      (content) => (text.value = content),
      (error: unknown) =>
        (problem.textContent = `${picked.name}: ${error instanceof Error ? error.message : String(error)}`),
    );
  file.addEventListener('change', () => load(file.files?.[0]));
  text.addEventListener('dragover', (event) => event.preventDefault());
  text.addEventListener('drop', (event) => {
    event.preventDefault();
    load(event.dataTransfer?.files[0]);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!isDay(published.value)) {
      problem.textContent = 'Give the publication date: relative days ("on Sunday") are read against it.';
      published.focus();
      return;
    }
    problem.textContent = '';
    out.emit('draft', {
      text: text.value,
      published: published.value,
      outlet: outlet.value.trim(),
      url: url.value.trim(),
    });
  });

  return {
    element: form,
    /** Says why the article could not be drafted (the drafter's own words). */
    problem(message: string): void {
      problem.textContent = message;
    },
    on: out.on,
  };
}
