import type { Day, RawDraftEvidence, RawDraftOpenItem } from '../story/types.ts';
import type { ItemDraft } from './types.ts';

/**
 * The draft block's lists as the items are drafted: their evidence, the fields they leave open and
 * the days they use (which set the story's period), each in the order drafted.
 */
export function draftRecord() {
  const evidence: RawDraftEvidence[] = [];
  const open: RawDraftOpenItem[] = [];
  const days: Day[] = [];
  /** Records one item's evidence, open fields and days; returns the item. */
  const add = <T>(d: ItemDraft<T>): T => {
    evidence.push(d.evidence);
    open.push(...d.open);
    days.push(...d.days);
    return d.item;
  };
  return { evidence, open, days, add };
}

export type DraftRecord = ReturnType<typeof draftRecord>;
