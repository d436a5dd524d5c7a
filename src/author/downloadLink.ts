import type { RawStory } from '../story/types';
import { el, textEl } from '../ui/el';

/** A file name from the story's title: lower-case words joined by hyphens. */
export const storyFileName = (title: string): string =>
  `${
    title
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'story'
  }.json`;

/**
 * The story file to download, made in the page (a Blob behind a same-origin blob: link), as
 * `npm run story:draft` writes one: JSON, two-space indents, a closing newline. Offered only while
 * the check finds no mistake, so what the editor downloads passes `npm run story:check`.
 */
export function downloadLink(container: HTMLElement) {
  const section = el('section', 'author-download');
  section.setAttribute('aria-labelledby', 'author-download-heading');
  const heading = textEl('h2', '', '5. The story file');
  heading.id = 'author-download-heading';
  const link = el('a', 'author-download-link');
  const note = el('p', 'author-hint');
  section.append(heading, link, note);
  section.hidden = true;
  container.append(section);
  let href = '';

  return {
    element: section,
    update(story: RawStory, mistakes: number): void {
      section.hidden = false;
      if (href) URL.revokeObjectURL(href);
      href = '';
      link.hidden = mistakes > 0;
      if (mistakes > 0) {
        link.removeAttribute('href');
        note.textContent = `Fix the ${mistakes === 1 ? 'mistake' : `${mistakes} mistakes`} the check names to download the story file.`;
        return;
      }
      const json = `${JSON.stringify(story, null, 2)}\n`;
      href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.href = href;
      link.download = storyFileName(story.title);
      const draft = story.draft !== undefined;
      link.textContent = `Download ${link.download} (${draft ? 'a draft' : 'a reviewed story'})`;
      note.textContent = draft
        ? `A draft: ${story.draft?.open.length ?? 0} open item(s) are listed in it; accept every item to make it a reviewed story.`
        : 'A reviewed story: every item accepted, nothing open.';
    },
  };
}
