import { normalizeName } from '../story/normalizeName.ts';

const slug = (s: string, words = 6): string =>
  normalizeName(s)
    .replace(/[^a-z0-9 ]/g, ' ')
    .trim()
    .split(/ +/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');

/** Makes ids unique across one story: an ASCII slug of the words (Cyrillic words fall back to `fallback`). */
export function idMaker() {
  const used = new Set<string>();
  return (words: string, fallback: string): string => {
    const base = slug(words) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

export type NewId = ReturnType<typeof idMaker>;
