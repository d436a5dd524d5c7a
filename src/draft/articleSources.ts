/**
 * The story's sources: the article itself, and each news agency it relays (a wire source, added
 * the first time a quote is reported by it).
 */
import type { Day, RawDraftOpenItem, RawSource } from '../story/types.ts';
import type { NewId } from './idMaker.ts';
import type { ArticleReading } from './readArticle.ts';
import type { DraftOptions } from './types.ts';

/** The headline (a first paragraph that reads as one), else the start of the first sentence. */
function titleOf({ text, paragraphs, sentences }: ArticleReading): string {
  const headline = text.slice(paragraphs[0]?.start ?? 0, paragraphs[0]?.end ?? 0).trim();
  if (headline.length > 0 && headline.length <= 200 && !/[.!?]$/.test(headline)) return headline;
  return text
    .slice(sentences[0]?.start ?? 0, sentences[0]?.end ?? 0)
    .trim()
    .slice(0, 120);
}

export function articleSources(article: ArticleReading, options: DraftOptions, newId: NewId) {
  const articleSource: RawSource = {
    id: 'article',
    kind: 'article',
    publisher: options.outlet ?? 'Outlet not named (give --outlet)',
    title: titleOf(article) || 'Untitled article',
    date: article.published,
    ...(options.url ? { url: options.url } : {}),
    note: 'The article this draft was made from.',
  };
  const sources: RawSource[] = [articleSource];
  const open: RawDraftOpenItem[] = options.outlet
    ? []
    : [
        {
          collection: 'sources',
          id: 'article',
          field: 'publisher',
          reason: 'the outlet is not given: pass --outlet NAME',
        },
      ];
  const wireIds = new Map<string, string>();
  /** The id of the wire source `name`, reporting on `day`; added at its first report. */
  const wire = (name: string, day: Day): string => {
    const known = wireIds.get(name);
    if (known) return known;
    const id = newId(name, 'wire');
    wireIds.set(name, id);
    sources.push({
      id,
      kind: 'wire',
      publisher: name,
      title: `${name} report, as relayed by the article`,
      date: day,
      via: 'article',
    });
    return id;
  };
  return { article: articleSource, sources, open, wire };
}

export type WireSource = ReturnType<typeof articleSources>['wire'];
