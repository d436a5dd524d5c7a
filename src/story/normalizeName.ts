/**
 * One folding of place names for search: readers type "lugansk", "Sievierdonetsk", "slovyansk" or
 * "Слов’янськ" and must land on the same place as the curated spelling.
 */

// Straight and curly apostrophes, the Ukrainian modifier letter apostrophe, backtick, acute and prime.
const APOSTROPHES = /['’‘ʼʹ`´′]/g;
const COMBINING_MARKS = /\p{M}/gu;
const SEPARATORS = /[\s\-‐‑–—_.,]+/g;

/** Lower-case, without diacritics, apostrophes or separator differences ("Luhans'k" → "luhansk"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}
