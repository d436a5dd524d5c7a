import { en, type Messages } from './en';
import type { Lang } from './lang';

/**
 * A language's messages: English is in the page's first load; Ukrainian and Russian are each
 * their own chunk, fetched only for a page in that language.
 */
export function loadMessages(lang: Lang): Promise<Messages> {
  switch (lang) {
    case 'en':
      return Promise.resolve(en);
    case 'uk':
      return import('./uk').then((module) => module.uk);
    case 'ru':
      return import('./ru').then((module) => module.ru);
  }
}
