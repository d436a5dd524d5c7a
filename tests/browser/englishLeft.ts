/**
 * The build check that every string the interface shows comes from the messages (README, "In
 * Ukrainian and Russian"): what is left in English on a page in another language.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';

/**
 * Names that stay as they are in every language: the app, the sources and licences credited, the
 * map library, the technology a message names and the file formats the Share menu offers.
 */
const NAMES = [
  'Claimline',
  'MapLibre',
  'OpenStreetMap',
  'DeepState',
  'Natural Earth',
  'GeoNames',
  'CC BY',
  'Noto Sans',
  'SIL OFL',
  'WebGL2',
  'GeoJSON',
  'PNG',
  'CSV',
  'GIF',
  'MP4',
  'WebM',
];

/** The story's own text, which is English and stays so (marked with its language where it stands alone). */
function storyTexts(): string[] {
  const story = JSON.parse(readFileSync('geo/stories/luhansk-july-2022.json', 'utf8')) as Record<
    string,
    Record<string, unknown>[]
  >;
  const fields: Record<string, string[]> = {
    parties: ['name', 'shortName'],
    sources: ['publisher', 'title'],
    events: ['title', 'summary'],
    quotes: ['speaker', 'role', 'text', 'context', 'occasion'],
  };
  const texts = Object.entries(fields).flatMap(([list, keys]) =>
    (story[list] ?? []).flatMap((item) => keys.map((key) => item[key]).filter((v) => typeof v === 'string')),
  ) as string[];
  return [...new Set(texts)].sort((a, b) => b.length - a.length);
}

/** The English messages' words: each message whole, and a message with arguments cut where they go. */
function englishWords(): string[] {
  const mark = '\u0001';
  const walk = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function')
      return String((value as (...args: string[]) => unknown)(mark, mark, mark, mark, mark)).split(mark);
    if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(walk);
    return [];
  };
  // The locale tag is no message.
  const messages = Object.entries(en).filter(([key]) => key !== 'tag');
  return [...new Set(walk(messages).map((s) => s.trim()))].filter((s) => /[A-Za-z]{3,}/.test(s));
}

/**
 * Every string the page shows or names: text nodes, aria-label, aria-valuetext, title, placeholder
 * and alt, and the document's title; text inside an element marked with another language than the
 * page's (the story's English quotes, the switch's own names) is that language's, and left out.
 */
function pageStrings(page: Page): Promise<{ lang: string; strings: string[] }> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const foreign = (node: Element) => {
      const marked = node.closest('[lang]');
      return marked !== null && marked.getAttribute('lang') !== lang;
    };
    const strings = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (text && parent && !parent.closest('script, style') && !foreign(parent)) strings.push(text);
    }
    const attributes = ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt'];
    for (const node of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
      if (foreign(node)) continue;
      for (const name of attributes) {
        const value = node.getAttribute(name)?.trim();
        if (value) strings.push(value);
      }
    }
    return { lang, strings };
  });
}

/**
 * What is left of the page's strings in English: English messages, and Latin words that are no name.
 * `data` is text the page shows as its data gives it (an imported layer's name and licence).
 */
export async function englishLeft(page: Page, data: readonly string[] = []): Promise<string[]> {
  const { strings } = await pageStrings(page);
  const story = [...data, ...storyTexts()].sort((a, b) => b.length - a.length);
  const words = englishWords();
  const left: string[] = [];
  for (const raw of strings) {
    let text = raw;
    for (const own of [...story, ...NAMES]) text = text.split(own).join(' ');
    const message = words.find((w) => text.includes(w));
    if (message) left.push(`${raw}  [English message: ${message}]`);
    else if (/[A-Za-z]{2,}/.test(text))
      left.push(`${raw}  [Latin: ${text.match(/[A-Za-z]{2,}/g)?.join(' ')}]`);
  }
  return left;
}
