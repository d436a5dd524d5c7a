/**
 * The article as the drafter reads it: refuses what is not an article (empty, binary, too long)
 * with a clear reason, and turns HTML pasted with its tags into text. Spans point into the text
 * returned here, which the draft keeps (draft.text).
 */

/** Longer than any article (a long read is about 100 KB); past this the input is something else. */
export const MAX_ARTICLE_CHARS = 1_000_000;

export class DraftInputError extends Error {
  override name = 'DraftInputError';
}

const BLOCK_TAGS =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|tr|table|figure|figcaption)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bdquo: '„',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const looksLikeHtml = (text: string): boolean =>
  /<(p|div|br|span|a|html|body|article|h[1-6])\b[^>]*>/i.test(text);

/** The article's text, and notes on what was done to it. Throws DraftInputError when it is no article. */
export function prepareText(input: string, name = 'the article'): { text: string; notes: string[] } {
  const notes: string[] = [];
  if (input.length > MAX_ARTICLE_CHARS) {
    throw new DraftInputError(
      `${name}: ${input.length.toLocaleString('en')} characters is more than an article (at most ${MAX_ARTICLE_CHARS.toLocaleString('en')}); give one article at a time`,
    );
  }
  // NUL and other C0 controls do not occur in text; a few per cent of them, or of U+FFFD (bytes that
  // were not UTF-8), mean a binary file.
  let controls = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && ++controls > 1e5) break;
  }
  if (input.includes('\u0000') || controls > Math.max(8, input.length * 0.01)) {
    throw new DraftInputError(
      `${name}: this is not text (it holds ${controls} control or undecodable characters); give the article as plain text or HTML`,
    );
  }
  let text = input.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  if (looksLikeHtml(text)) {
    text = text
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(BLOCK_TAGS, '\n')
      .replace(/<[^>]{0,2000}>/g, '');
    text = decodeEntities(text)
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n');
    notes.push('The input was HTML: its tags were removed and the spans point into the text that remained.');
  }
  text = text.replace(/\u00a0/g, ' ');
  if (text.trim() === '')
    throw new DraftInputError(`${name}: there is no text to draft from (the file is empty)`);
  return { text, notes };
}
