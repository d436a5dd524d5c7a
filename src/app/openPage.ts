import { browserLang } from '../i18n/lang';
import { loadMessages } from '../i18n/loadMessages';
import { localeOf } from '../i18n/locale';
import { appStore } from '../state/intent';
import { langOfLink, readUrlState, storyUrlContext, type UrlState } from '../state/urlState';
import { notices } from '../ui/notice';
import { pageWords } from '../ui/pageWords';
import { loadPage } from './loadPage';

/**
 * The page as the link opens it: its language (the link's, else the browser's, else English; its
 * messages come beside the data, English's in the first load, another's as its own small file),
 * the data, the link read into the one store, and the notices, with what the link could not use
 * said in them.
 */
export async function openPage() {
  const browser = browserLang(navigator.languages);
  const lang = langOfLink(location.search, browser);
  const [t, page] = await Promise.all([loadMessages(lang), loadPage(lang)]);
  const locale = localeOf(lang, t);
  pageWords(lang, t);
  const urlContext = storyUrlContext(
    page.story,
    page.timeline.range,
    page.listings.map((listing) => listing.id),
    { lang: browser, words: t.link },
  );
  const initial = readUrlState(location.search, urlContext);
  const store = appStore<UrlState>(initial.state);
  const root = document.documentElement;
  root.classList.toggle('is-embed', initial.state.embed);
  root.classList.toggle('no-locator', !initial.state.locator);
  const notice = notices(document.getElementById('app') ?? document.body, t);
  if (initial.problems.length) notice.show(t.link.problems, initial.problems);
  return { lang, t, locale, page, urlContext, store, notice, embed: initial.state.embed };
}
