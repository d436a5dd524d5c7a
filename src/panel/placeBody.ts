import type { Locale } from '../i18n/locale';
import type { Day } from '../story';
import { STORY_LANGUAGE } from '../story/storyLanguage';
import type { PlacePanelText } from './placePanelText';
import { el, textEl } from '../ui/el';

/**
 * A section another part of the page adds to a place's words (the imported layers' Sources),
 * handed over by the composition root; null when it has nothing to say.
 */
export type ExtraSection = (placeId: string, day: Day, level: 'h3' | 'h4') => HTMLElement | null;

/**
 * A place's words as DOM, set as text only: the summary line, what was said, who held it (or the
 * claims on an oblast) and its events. Shared by the place panel and the document mode, which
 * nest them at different heading levels.
 */
export function placeBody(
  text: PlacePanelText,
  locale: Locale,
  sectionLevel: 'h3' | 'h4' = 'h3',
): HTMLElement[] {
  const { t } = locale;
  /** The story's own text, marked with its language (a reader's tools then speak it as English). */
  const storyText = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, words: string) => {
    const node = textEl(tag, className, words);
    node.lang = STORY_LANGUAGE;
    return node;
  };
  const section = (title: string): HTMLElement => {
    const node = el('section', 'place-panel-section');
    node.append(textEl(sectionLevel, '', title));
    return node;
  };
  const nodes: HTMLElement[] = [textEl('p', 'place-panel-summary', text.summary)];

  const said = section(t.panel.said);
  if (text.quotes.length) {
    const list = el('ul', 'place-quotes');
    for (const quote of text.quotes) {
      const item = el('li', 'place-quote');
      item.dataset.quote = quote.id;
      const figure = el('figure');
      const block = textEl('blockquote', 'place-quote-text', quote.text);
      block.lang = quote.lang;
      const caption = el('figcaption');
      const saidLine = textEl('p', 'place-quote-said', quote.said);
      if (quote.occasion) saidLine.append(', ', storyText('span', '', quote.occasion));
      caption.append(storyText('p', 'place-quote-speaker', quote.speaker), saidLine);
      if (quote.note) caption.append(textEl('p', 'place-quote-language', quote.note));
      caption.append(textEl('p', 'place-quote-reported', quote.reported));
      figure.append(block, caption);
      item.append(figure);
      if (quote.context) item.append(storyText('p', 'place-quote-context', quote.context));
      list.append(item);
    }
    said.append(list);
  } else said.append(textEl('p', 'place-panel-none', text.noQuotes));
  nodes.push(said);

  if (text.isOblast) {
    const claims = section(text.claimsHeading);
    const list = el('ul');
    for (const line of text.claims) list.append(textEl('li', '', line));
    claims.append(list);
    nodes.push(claims);
  } else {
    const held = section(t.panel.held);
    if (text.held.length) {
      const list = el('ul', 'place-held');
      for (const row of text.held) {
        const item = el('li');
        item.append(textEl('span', 'place-held-dates', `${row.dates}: `), textEl('strong', '', row.holder));
        if (row.source) item.append(textEl('span', 'place-held-source', ` (${row.source})`));
        list.append(item);
      }
      held.append(list);
    } else held.append(textEl('p', 'place-panel-none', text.noHeld));
    nodes.push(held);
  }

  if (text.events.length) {
    const events = section(t.panel.events);
    const list = el('ul', 'place-events');
    for (const event of text.events) {
      const item = el('li');
      item.append(textEl('span', 'place-event-day', `${event.day}: `), storyText('span', '', event.title));
      list.append(item);
    }
    events.append(list);
    nodes.push(events);
  }
  return nodes;
}
