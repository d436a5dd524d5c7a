import { en } from '../i18n/en';
import { browserLang } from '../i18n/lang';
import { loadMessages } from '../i18n/loadMessages';
import { langOfLink } from '../state/urlState';
import { el } from '../ui/el';

/**
 * Tells the reader, in place of the app, that it could not start and why: in the page's language
 * where its messages can still be had, else in English, which the first load carries (the failure
 * may be the language's own file).
 */
export async function startError(error: unknown): Promise<void> {
  console.error(error);
  const reason = error instanceof Error ? error.message : String(error);
  const lang = langOfLink(location.search, browserLang(navigator.languages));
  const t = await loadMessages(lang).catch(() => en);
  const message = el('p', 'load-error');
  message.setAttribute('role', 'alert');
  message.textContent = t.page.couldNotStart(reason);
  document.getElementById('app')?.prepend(message);
}
