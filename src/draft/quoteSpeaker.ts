/** Who said a quote, from the attribution beside it: a name, a group, or a pronoun for one named before. */
import { lastNamedPerson } from './lastNamedPerson.ts';
import { parsePhrase, resolvePerson, type Attribution, type Person, type Speaker } from './speakers.ts';
import type { Found } from './types.ts';

const GROUP_HEAD =
  /(\p{Lu}[\p{L}-]*['’]s\s+(?:\p{L}+\s+)?HEAD(?:\s+(?:command|ministry|staff|forces|office|service))?)/u;

/** A body's words named by what carried them, or the body by a common noun: the body quoted last. */
const STATEMENT = /^(?:the|a|an)\s+(?:\p{L}+\s+)?(?:statement|post|message|communiqu[eé]|unit)$/iu;
/** A person by title alone ("the minister"): the one the text gave that title. */
const TITLE_ONLY =
  /^the\s+(minister|governor|president|spokes(?:man|woman|person)|commander|general|mayor)$/iu;

/** The last person and the last group the quotes before were given to. */
export interface SpeakersBefore {
  person?: Found<Speaker>;
  group?: Found<Speaker>;
}

/**
 * The speaker an attribution phrase names, for the quote at `quoteAt`: a pronoun stands for the last
 * person quoted or named since ("he") or the last group or person ("they", "the statement"), a
 * surname for the fullest name the text gives,
 * "the military" for the fuller name given before ("Ukraine's military command").
 */
export function quoteSpeaker(
  text: string,
  quoteAt: number,
  attribution: Attribution,
  people: ReadonlyMap<string, Person>,
  before: SpeakersBefore,
): Found<Speaker> | undefined {
  const { phrase } = attribution;
  if (!phrase) return undefined;
  const span: [number, number] = [attribution.start, attribution.end];
  const parsed = parsePhrase(phrase);
  // "the statement said": the statement of the body (or person) quoted last.
  if (parsed === 'pronoun' || attribution.pronoun || STATEMENT.test(phrase)) {
    const he = /^(?:he|she|him|her|він|вона|он|она)$/iu.test(phrase);
    if (he) {
      // The person quoted last, unless the text has named another since.
      const named = lastNamedPerson(text, quoteAt, people);
      const person =
        named && (!before.person || named.start > before.person.span[0])
          ? { value: named.speaker, span: before.person?.span ?? span, confidence: 0.6 }
          : before.person;
      return person
        ? { value: person.value, span, confidence: person.confidence > 0.6 ? 0.7 : 0.6 }
        : undefined;
    }
    const last = before.group ?? before.person;
    if (last) return { value: last.value, span, confidence: 0.7 };
    // "the statement reads" before any quote: the statement of the one the text named before it.
    const named = STATEMENT.test(phrase) ? lastNamedPerson(text, quoteAt, people) : undefined;
    return named ? { value: named.speaker, span, confidence: 0.55 } : undefined;
  }
  if (!parsed) return undefined;
  const title = TITLE_ONLY.exec(phrase)?.[1]?.toLowerCase();
  if (title) {
    const titled = [...people.values()].filter((p) => p.role?.toLowerCase().split(' ').includes(title));
    const [only] = titled;
    if (only && titled.length === 1)
      return {
        value: { name: only.name, kind: 'person', ...(only.role ? { role: only.role } : {}) },
        span,
        confidence: 0.7,
      };
  }
  const value = resolvePerson(parsed, people);
  // "the military" for the fuller name before; a long "the …" is a body's full name already.
  if (value.kind === 'group' && /^the\s/i.test(value.name) && value.name.split(' ').length <= 3) {
    const head = value.name.split(' ').pop() ?? '';
    const re = new RegExp(GROUP_HEAD.source.replace('HEAD', head), 'gu');
    const earlier = [...text.slice(0, quoteAt).matchAll(re)].pop();
    if (earlier?.[1]) return { value: { name: earlier[1], kind: 'group' }, span, confidence: 0.65 };
  }
  return { value, span, confidence: parsed.kind === 'person' ? 0.9 : 0.8 };
}
