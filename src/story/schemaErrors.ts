/**
 * Checks a story against geo/story.schema.json with ajv and words each failure in the story error
 * format. The app never imports this; the authoring page does, with the schema precompiled
 * (storySchemaValidator.ts).
 */
import type { ErrorObject } from 'ajv';
import { fieldName, formatError, isCollection, MISSING, type ItemLocation } from './errorFormat.ts';
import { validateStorySchema as validate } from './storySchemaValidator.ts';

const PATTERN_WHY: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'must be a day written YYYY-MM-DD',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be a slug: lower-case letters and digits joined by single hyphens',
  '^https?://': 'must start with http:// or https://',
};

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let value: unknown = root;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return MISSING;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The field (relative to its item), its value and why it fails; undefined for errors to skip. */
function describe(error: ErrorObject, fieldPath: string[], value: unknown) {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: [...fieldPath, String(p.missingProperty)], value: MISSING, why: 'is required' };
    case 'dependencies':
      return {
        path: [...fieldPath, String(p.missingProperty)],
        value: MISSING,
        why: `is required when ${String(p.property)} is given`,
      };
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const extraValue = valueAt(value, [extra]);
      return { path: [...fieldPath, extra], value: extraValue, why: 'is not a known field' };
    }
    case 'type':
      return { path: fieldPath, value, why: `must be ${article(String(p.type))}` };
    case 'enum':
      return {
        path: fieldPath,
        value,
        why: `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'pattern':
      return {
        path: fieldPath,
        value,
        why: PATTERN_WHY[String(p.pattern)] ?? `must match ${String(p.pattern)}`,
      };
    case 'minLength':
      return { path: fieldPath, value, why: 'must not be empty' };
    case 'minItems':
      return { path: fieldPath, value, why: `must have at least ${String(p.limit)} item(s)` };
    case 'maxItems':
      return { path: fieldPath, value, why: `must have at most ${String(p.limit)} item(s)` };
    case 'if':
    case 'const':
      // Only used to pick Polygon or MultiPolygon coordinates; the branch's own error says what is wrong.
      return undefined;
    default:
      return { path: fieldPath, value, why: error.message ?? 'is invalid' };
  }
}

/** Schema errors, one message per failing field, in file order. */
export function schemaErrors(raw: unknown, file: string): string[] {
  if (validate(raw)) return [];
  const messages: string[] = [];
  for (const error of validate.errors ?? []) {
    const segments = error.instancePath.split('/').slice(1);
    const [collection, index, ...rest] = segments;
    let location: ItemLocation | undefined;
    let fieldPath = segments;
    if (collection !== undefined && isCollection(collection) && index !== undefined && /^\d+$/.test(index)) {
      location = { collection, index: Number(index), id: valueAt(raw, [collection, index, 'id']) };
      fieldPath = rest;
    }
    const described = describe(error, fieldPath, valueAt(raw, segments));
    if (!described) continue;
    const field = fieldName(described.path) || (location ? 'item' : 'story');
    const message = formatError(file, location, field, described.value, described.why);
    if (!messages.includes(message)) messages.push(message);
  }
  return messages;
}
