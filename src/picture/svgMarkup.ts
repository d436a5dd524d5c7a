/** An SVG element's attributes, as both the picture's DOM and its markup take them. */
export type SvgAttributes = Record<string, string | number>;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One SVG element as markup: attributes and text escaped (names come from data and are text, never
 * markup), children given as markup already. The first picture is written this way at build time.
 */
export function svgMarkup(
  tag: string,
  attributes: SvgAttributes,
  children: readonly string[] | string = [],
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escape(String(value))}"`)
    .join('');
  const inner = typeof children === 'string' ? escape(children) : children.join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}
