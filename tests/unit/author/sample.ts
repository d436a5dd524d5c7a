/** A short article of our own, drafted as the authoring page drafts one, for the page's pure parts. */
import { draftStory } from '../../../src/draft/index.ts';
import type { RawStory } from '../../../src/story/types.ts';
import { tables } from '../draft/tables.ts';

export const SAMPLE_ARTICLE = [
  'Russia says it captured Lysychansk',
  '',
  'Ukrainian President Volodymyr Zelensky on Sunday pledged to retake Lysychansk. "We will return," Zelensky said in his evening video address. Russian Defence Minister Sergei Shoigu said the army had "liberated" Severodonetsk and Bilovodsk.',
  '',
].join('\n');

/** The sample drafted, published on Monday 4 July 2022 by "The Paper". */
export const sampleStory = (): RawStory =>
  draftStory(SAMPLE_ARTICLE, { published: '2022-07-04', outlet: 'The Paper' }, tables).story;
