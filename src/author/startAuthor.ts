import { draftStory, DraftInputError } from '../draft';
import { checkDraft } from '../story/validateStory';
import { createStore } from '../state/createStore';
import { el, textEl } from '../ui/el';
import { articleForm, type ArticleInput } from './articleForm';
import { authorData } from './authorData';
import { authorDraft, authorReducer, ITEM_COLLECTIONS, type AuthorDraft } from './authorDraft';
import { assembleStory } from './assembleStory';
import { checkMessages } from './checkMessages';
import { checkStatus } from './checkStatus';
import { downloadLink } from './downloadLink';
import { highlightSpans } from './highlightSpans';
import { highlightView } from './highlightView';
import { itemList } from './itemList';
import { previewStory } from './previewStory';
import { previewView } from './previewView';
import { idsApart } from '../story/idsApart';

/** The name the check's messages give the story: the file the editor will download. */
export const DRAFT_FILE = 'draft';
/** How long the preview waits for the editor to stop typing before it draws again, ms. */
const PREVIEW_WAIT_MS = 250;

interface AuthorState {
  draft: AuthorDraft | null;
  /** What the drafter could not do with the article, in words. */
  notes: readonly string[];
}

/**
 * The authoring page's composition root: the article form drafts a story (src/draft, in the page),
 * the editor's actions go to the one store through authorReducer, and each change is assembled
 * into the story file, checked by the rules of `npm run story:check`, and shown: the marked text,
 * the items with their messages, the check's verdict, the preview and the download.
 */
export async function startAuthor(root: HTMLElement): Promise<void> {
  const data = await authorData();
  const form = articleForm(root);
  const notes = el('ul', 'author-notes');
  notes.setAttribute('aria-label', 'What the drafter could not do');
  root.append(notes);
  const marked = highlightView(root);
  const check = checkStatus(root);
  const items = itemList(root);
  const preview = previewView(root, data.tables.places, data.geo);
  const download = downloadLink(root);
  const store = createStore<AuthorState, { fresh: boolean }>(
    { draft: null, notes: [] },
    { meta: { fresh: false } },
  );

  form.on('draft', (input: ArticleInput) => {
    try {
      const result = draftStory(
        input.text,
        {
          published: input.published,
          ...(input.outlet ? { outlet: input.outlet } : {}),
          ...(input.url ? { url: input.url } : {}),
        },
        data.tables,
      );
      // A second story of the same days would reuse the site's ids: the build refuses a clash.
      const story = idsApart(result.story, data.taken);
      store.set({ draft: authorDraft(story), notes: result.notes }, { fresh: true });
      items.element.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      // The drafter's own refusal is the editor's to act on; anything else is a fault to report.
      if (!(error instanceof DraftInputError)) console.error(error);
      form.problem(
        error instanceof DraftInputError
          ? error.message
          : `The drafter failed on this article: ${String(error)}`,
      );
    }
  });
  items.on('action', (action) => {
    const { draft } = store.get();
    if (draft) store.set({ draft: authorReducer(draft, action) });
  });

  let wait: ReturnType<typeof setTimeout> | undefined;
  store.subscribe(({ draft, notes: said }, previous, { fresh }) => {
    if (!draft) return;
    const story = assembleStory(draft);
    const lines = checkDraft(story, data.placeRefs, { file: DRAFT_FILE });
    const messages = checkMessages(lines, DRAFT_FILE);
    const listed = new Set<string>(ITEM_COLLECTIONS);
    if (fresh) notes.replaceChildren(...said.map((n) => textEl('li', '', n)));
    if (fresh || draft.deleted !== previous.draft?.deleted)
      marked.update(
        draft.base.draft?.text ?? '',
        highlightSpans(draft.base.draft?.text ?? '', draft.base.draft?.evidence ?? [], draft.deleted),
      );
    items.update(draft, messages, fresh);
    check.update(
      messages,
      messages.filter((m) => !m.collection || !listed.has(m.collection)),
    );
    download.update(story, lines.errors.length);
    clearTimeout(wait);
    wait = setTimeout(() => preview.update(previewStory(story, messages)), fresh ? 0 : PREVIEW_WAIT_MS);
  });
}
