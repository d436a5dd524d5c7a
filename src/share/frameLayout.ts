/** The parts of an exported frame, in CSS pixels before the frame's scale. */
export const FRAME = {
  pad: 12,
  title: { size: 16, weight: 600 },
  date: { size: 20, weight: 600 },
  line: { size: 13, weight: 400 },
  credit: { size: 11, weight: 400 },
  gap: 4,
  swatch: 12,
  paper: '#ffffff',
  ink: '#1f1f1f',
  muted: '#5b5b5b',
  font: "'Noto Sans', system-ui, sans-serif",
} as const;

type Measure = (text: string) => number;

/** `text` cut at the last whole word that fits `width` (with an ellipsis), for one-line fields. */
export function fitLine(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > width) {
    const space = cut.lastIndexOf(' ');
    cut = space > 0 ? cut.slice(0, space) : cut.slice(0, -1);
  }
  return `${cut}…`;
}

/** `text` broken into lines no wider than `width` at spaces (a word wider than the line keeps its own). */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
