/** The page's languages, English first: the one a reader gets when nothing says otherwise. */
export const LANGS = ['en', 'uk', 'ru'] as const;

export type Lang = (typeof LANGS)[number];

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * Each language's name in itself, for the switch: a reader looks for their own language by its own
 * name, so these are the same on every page and are not messages.
 */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', uk: 'Українська', ru: 'Русский' };

/**
 * The first of the browser's languages the page has (`uk-UA` is uk), or English: the language a
 * page without `?lang` opens in.
 */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLang(primary)) return primary;
  }
  return 'en';
}
