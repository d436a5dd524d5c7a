import type { WebAddress } from '../story/webAddress';

/** A new HTML element of `tag`, with its class when one is given, not yet in the page. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** A new HTML element holding `text` as text (never parsed as HTML). */
export function textEl<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text: string,
): HTMLElementTagNameMap[K] {
  const node = el(tag, className);
  node.textContent = text;
  return node;
}

/**
 * A link to a source's web address, its text set as text: it opens beside the page and neither
 * gives the source a handle on the page nor tells it where the reader came from. Only an address
 * webAddress has checked can reach it.
 */
export function webLink(href: WebAddress, text: string): HTMLAnchorElement {
  const link = textEl('a', '', text);
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/** Two nodes that may be missing as one: the one there is, or a plain div holding both. */
export function sectionsOf(first: HTMLElement | null, second: HTMLElement | null): HTMLElement | null {
  if (!first || !second) return first ?? second;
  const both = el('div');
  both.append(first, second);
  return both;
}
