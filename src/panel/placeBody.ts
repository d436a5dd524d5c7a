import type { Day } from '../story';
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
export function placeBody(text: PlacePanelText, sectionLevel: 'h3' | 'h4' = 'h3'): HTMLElement[] {
  const section = (title: string): HTMLElement => {
    const node = el('section', 'place-panel-section');
    node.append(textEl(sectionLevel, '', title));
    return node;
  };
  const nodes: HTMLElement[] = [textEl('p', 'place-panel-summary', text.summary)];

  const said = section('What was said');
  if (text.quotes.length) {
    const list = el('ul', 'place-quotes');
    for (const quote of text.quotes) {
      const item = el('li', 'place-quote');
      item.dataset.quote = quote.id;
      const figure = el('figure');
      const block = textEl('blockquote', 'place-quote-text', quote.text);
      const caption = el('figcaption');
      caption.append(
        textEl('p', 'place-quote-speaker', quote.speaker),
        textEl('p', 'place-quote-said', quote.said),
        textEl('p', 'place-quote-reported', quote.reported),
      );
      figure.append(block, caption);
      item.append(figure);
      if (quote.context) item.append(textEl('p', 'place-quote-context', quote.context));
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
    const held = section('Who held it');
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
    const events = section('Events');
    const list = el('ul', 'place-events');
    for (const event of text.events) {
      const item = el('li');
      item.append(textEl('span', 'place-event-day', `${event.day}: `), event.title);
      list.append(item);
    }
    events.append(list);
    nodes.push(events);
  }
  return nodes;
}
