/**
 * The validator's lines (checkDraft, the rules of `npm run story:check`) sorted to where the page
 * shows them: each under the item and field it names, the rest with the story. It reads the one
 * shape every story error has: `<file>: <kind> "<id>": <field> (<value>) <why>` (src/story/errorFormat.ts),
 * and an open item's `<file>: <kind> "<id>": <field> is open: <reason>`. Pure.
 */
import { ITEM_KINDS, type Collection } from '../story/errorFormat.ts';

export interface CheckMessage {
  severity: 'error' | 'open';
  /** The line without its file name. */
  text: string;
  collection?: Collection;
  /** The item's id as the line gives it (cut short with … past 60 characters), or its position. */
  id?: string;
  index?: number;
  /** The field's first part: `places` for places[1], `names` for names.en. */
  field?: string;
  /** The field as the line names it. */
  path?: string;
}

const KIND_COLLECTION = new Map<string, Collection>(
  Object.entries(ITEM_KINDS).map(([c, kind]) => [kind, c as Collection]),
);
const ITEM_LINE = /^(\w+) (?:"((?:[^"\\]|\\.)*)"|#(\d+)): ([^\s(]+)/;

/** One line, read. */
export function readMessage(line: string, file: string, severity: CheckMessage['severity']): CheckMessage {
  const text = line.startsWith(`${file}: `) ? line.slice(file.length + 2) : line;
  const found = ITEM_LINE.exec(text);
  const collection = found ? KIND_COLLECTION.get(found[1] ?? '') : undefined;
  if (!found || !collection) {
    const path = /^([\w.[\]]+) \(/.exec(text)?.[1];
    return { severity, text, ...(path ? { path, field: path.split(/[.[]/)[0] } : {}) };
  }
  const path = found[4] ?? '';
  return {
    severity,
    text,
    collection,
    ...(found[2] !== undefined ? { id: found[2] } : { index: Number(found[3]) - 1 }),
    path,
    field: path.split(/[.[]/)[0] ?? path,
  };
}

/** Whether a message names the item `id` of `collection` (an id cut short matches by its start). */
export function namesItem(message: CheckMessage, collection: string, id: string, index: number): boolean {
  if (message.collection !== collection) return false;
  if (message.index !== undefined) return message.index === index;
  const named = message.id ?? '';
  return named === id || (named.endsWith('…') && id.startsWith(named.slice(0, -1)));
}

/** Every line of a check, read: the mistakes first, then the open items. */
export function checkMessages(check: { errors: readonly string[]; open: readonly string[] }, file: string) {
  return [
    ...check.errors.map((line) => readMessage(line, file, 'error')),
    ...check.open.map((line) => readMessage(line, file, 'open')),
  ];
}
