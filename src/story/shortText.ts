/**
 * Text cut to `most` code points, with an ellipsis when cut: a message quoting a value from a file
 * or a link never holds the whole of a huge one, nor half a character (a surrogate pair stays whole).
 */
export function shortText(text: string, most: number): string {
  if (text.length <= most) return text;
  // Enough UTF-16 units for `most` code points and one more; a pair cut at the end falls beyond.
  const chars = [...text.slice(0, most * 2 + 2)];
  return chars.length > most ? `${chars.slice(0, most).join('')}…` : chars.join('');
}
