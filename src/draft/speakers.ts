/**
 * Who said a quote, and in what role, from the words around it: "…," President Zelensky said;
 * "…," said President Zelensky; Shoigu told Putin that Lugansk had been "liberated"; "…," he said
 * (the last person named); a quote with no attribution of its own (the previous quote's speaker).
 * People are remembered by surname with the longest name and role the text gives them ("Ukrainian
 * President Volodymyr Zelensky" makes a later "President Zelensky" the same man).
 */

export const SPEECH_VERB =
  /(?<![\p{L}-])(?:said|says|say|told|tells|added|adds|wrote|writes|stated|announced|declared|promised|pledged|vowed|warned|claimed|claims|insisted|noted|posted|tweeted|explained|stressed|continued|replied|asked|reported|acknowledged|confirmed|denied|reads)\b|(?<!\p{L})(?:сказав|сказала|сказали|заявив|заявила|заявили|написав|написала|повідомив|повідомила|повідомили|зазначив|зазначила|додав|додала|наголосив|сказал|заявил|написал|сообщил|сообщила|сообщили|отметил|отметила|добавил|подчеркнул)(?!\p{L})/u;

/** Words of a role, not of a name ("Russian Defense Minister", "Luhansk governor"). */
const ROLE_WORD =
  /^(?:President|Prime|Minister|Deputy|Defen[cs]e|Foreign|Interior|Secretary|Spokes(?:man|woman|person)|Governor|Mayor|General|Gen\.?|Lieutenant|Colonel|Col\.?|Captain|Capt\.?|Major|Sergeant|Commander|Chief|Head|Chairman|Ambassador|Senator|Adviser|Advisor|Aide|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pope|King|Chancellor|Speaker|Kremlin|Pentagon|White|House|Army|Military|Ministry|Staff|Council|Security|National|Regional|Military-civil|Administration|of|the|and|Президент|Міністр|Министр|Губернатор|Мер|Генерал|Командувач|Командующий|Речник|Представитель|Пресс-секретарь|глава|голова)$/u;
const NATIONALITY =
  /^(?:Ukrainian|Russian|Belarusian|American|US|U\.S\.|British|German|French|Polish|Western|Chechen|Separatist|Moscow-backed|pro-Russian|Luhansk|Lugansk|Donetsk|Kremlin|українськ\p{L}*|російськ\p{L}*|украинск\p{L}*|российск\p{L}*)$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.)$/u;
/** Capitalised words that name a country, a capital or a force, never a person. */
const NOT_A_NAME =
  /^(?:Russia|Ukraine|Moscow|Kyiv|Kiev|Kremlin|Wagner|Reuters|Pentagon|NATO|Donbas|Donbass)(?:['’]s)?$|^(?:Росі|Росси|Україн|Украин|Москв|Київ|Киев|Кремл)/u;
const PRONOUN = /^(?:he|she|him|her|they|them|it|we|він|вона|вони|он|она|они)$/iu;

/** Words that make a run of capitalised words a body or a thing, not a person ("Azov Battalion"). */
export const BODY_WORD =
  /^(?:Group|Battalion|Brigade|Regiment|Forces|Force|Army|Republic|Ministry|Command|Council|Agency|Service|Office|Committee|Parliament|Union|Nations|Station|Plant|River|Region|Oblast|Telegram|Facebook|News|Times|Post|Press)$/u;

export interface Person {
  name: string;
  role?: string;
  surname: string;
}

export interface Speaker {
  /** As the story shows it: a person's fullest name, or the group as written ("Ukraine's military command"). */
  name: string;
  role?: string;
  kind: 'person' | 'group';
}

// A phrase read back from a quote's end may start with its closing quote mark.
const clean = (s: string): string => s.replace(/\s+/g, ' ').replace(/^[\s,—–"“”«»„-]+|[\s,]+$/g, '');

/** Name and role in a phrase such as "Russian Defense Minister Sergei Shoigu" or "the military". */
export function parsePhrase(phrase: string): Speaker | 'pronoun' | undefined {
  const words = clean(phrase)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 10) return undefined;
  if (words.length === 1 && PRONOUN.test(words[0] ?? '')) return 'pronoun';
  let cut = words.length;
  while (cut > 0) {
    const w = words[cut - 1] ?? '';
    if (!NAME_WORD.test(w) || ROLE_WORD.test(w) || NATIONALITY.test(w) || NOT_A_NAME.test(w)) break;
    cut--;
  }
  const nameWords = words.slice(cut);
  const roleWords = words.slice(0, cut).filter((w, i) => !(i === 0 && /^(?:the|a|an)$/i.test(w)));
  // "the General Staff of Ukraine's Armed Forces" is a body, not a Mr Forces.
  if (nameWords.length > 0 && nameWords.length <= 4 && !nameWords.some((w) => BODY_WORD.test(w))) {
    return {
      name: nameWords.join(' '),
      ...(roleWords.length > 0 ? { role: roleWords.join(' ') } : {}),
      kind: 'person',
    };
  }
  // No name: a group or an office ("the military", "Ukrainian officials", "Russia's defence ministry").
  if (!words.some((w) => /\p{L}/u.test(w))) return undefined;
  return { name: words.join(' '), kind: 'group' };
}

/**
 * The people an article names with a title ("Ukrainian President Volodymyr Zelensky"), by surname:
 * their fullest name and the longest role given. A role never runs across a line end: a headline
 * without a full stop is not part of the role of the name that opens the body.
 */
export function namedPeople(text: string): Map<string, Person> {
  const people = new Map<string, Person>();
  const re =
    /((?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|defen[cs]e|foreign|spokes(?:man|woman)|governor|minister|commander|chief|head|president)[^\S\n]+){0,5}?)(President|Prime Minister|Minister|Governor|Mayor|General|Gen\.|Commander|Chief|Spokes(?:man|woman|person)|spokes(?:man|woman)|governor|commander|chief|Mr\.?|Mrs\.?|Ms\.?|Президент\p{L}*|Міністр\p{L}*|Министр\p{L}*|Губернатор\p{L}*)[^\S\n]+((?:\p{Lu}[\p{Ll}'’-]+[^\S\n]+){0,2}\p{Lu}[\p{Ll}'’-]+)/gu;
  for (const m of text.matchAll(re)) {
    const nameWords = (m[3] ?? '').split(/\s+/).filter((w) => !ROLE_WORD.test(w) && !NOT_A_NAME.test(w));
    if (nameWords.length === 0) continue;
    const name = nameWords.join(' ');
    const surname = nameWords[nameWords.length - 1] ?? name;
    const title = m[2] ?? '';
    const role = /^M(?:r|rs|s)\.?$/.test(title) ? undefined : clean(`${m[1] ?? ''}${title}`);
    const known = people.get(surname);
    people.set(surname, {
      surname,
      name: known && known.name.length >= name.length ? known.name : name,
      ...((role?.length ?? 0) > (known?.role?.length ?? 0)
        ? { role }
        : known?.role
          ? { role: known.role }
          : {}),
    });
  }
  return people;
}

/**
 * A surname as transliterations agree on it: "Kirilenko" and "Kyrylenko", "Zelenskiy" and
 * "Zelenskyy" are the same man, spelt from Russian or Ukrainian, or by another house style.
 */
export const foldSurname = (surname: string): string =>
  surname.toLowerCase().replace(/kh/g, 'h').replace(/[yj]/g, 'i').replace(/i+/g, 'i');

/** A speaker with the fullest name and role the article gives the same person elsewhere (by surname, in any transliteration). */
export function resolvePerson(speaker: Speaker, people: ReadonlyMap<string, Person>): Speaker {
  if (speaker.kind !== 'person') return speaker;
  const surname = speaker.name.split(' ').pop() ?? speaker.name;
  const known =
    people.get(surname) ?? [...people.values()].find((p) => foldSurname(p.surname) === foldSurname(surname));
  if (!known) return speaker;
  const name = known.name.length > speaker.name.length ? known.name : speaker.name;
  const role = (known.role?.length ?? 0) > (speaker.role?.length ?? 0) ? known.role : speaker.role;
  return { name, kind: 'person', ...(role ? { role } : {}) };
}

export interface Attribution {
  /** The words naming the speaker, or 'pronoun' ("he said"), or undefined: no attribution here. */
  phrase?: string;
  pronoun?: boolean;
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
  /** Where the attribution clause (the rest of the sentence around the speech verb) lies. */
  clause: [number, number];
}

const VERB_SOURCE = SPEECH_VERB.source;
const PHRASE = '[^,.;:!?"“”«»„]{1,80}?';
const AFTER_INVERTED = new RegExp(
  `^[\\s,—–-]*(?:${VERB_SOURCE})\\s+(${PHRASE})(?=\\s+(?:in|on|at|during|as|after|before|when|while|to|that|via|through|late|earlier)\\b|\\s+(?:у|в|на|під|во|по|від|о|об|під час|во время)(?!\\p{L})|[,.;:!?]|$)`,
  'u',
);
// The subject may have an apposition before its verb ("," Prigozhin, who leads Wagner, said").
const AFTER_SUBJECT = new RegExp(
  `^[\\s,—–-]*(${PHRASE})(?:\\s*,[^,.;:!?"“”«»„]{1,100},)?\\s+(?:${VERB_SOURCE})`,
  'u',
);
const ACCORDING = /^[\s,—–-]*according to\s+([^,.;:!?"“”«»]{1,80})/iu;

/** The attribution after a quote: `," X said …` / `," said X …` / `, according to X`. */
export function attributionAfter(text: string, from: number, to: number): Attribution | undefined {
  const clause = text.slice(from, to);
  for (const re of [AFTER_INVERTED, AFTER_SUBJECT, ACCORDING]) {
    const m = re.exec(clause);
    const phrase = m?.[1];
    if (!m || !phrase) continue;
    const trimmed = clean(phrase);
    if (trimmed === '' || trimmed.split(' ').length > 10) continue;
    const start = from + m[0].indexOf(phrase) + (phrase.length - phrase.trimStart().length);
    return {
      phrase: trimmed,
      pronoun: PRONOUN.test(trimmed),
      start,
      end: start + trimmed.length,
      clause: [from, to],
    };
  }
  return undefined;
}

/**
 * The attribution before a quote in the same sentence: the subject of the last speech verb
 * ("Shoigu told Putin that …", "officials, who say …", "Zelensky said: …").
 */
export function attributionBefore(text: string, from: number, to: number): Attribution | undefined {
  const clause = text.slice(from, to);
  const verbs = [...clause.matchAll(new RegExp(VERB_SOURCE, 'gu'))];
  const verb = verbs[verbs.length - 1];
  if (!verb) {
    const acc = /according to\s+([^,.;:!?"“”«»]{1,80}),/iu.exec(clause);
    if (!acc?.[1]) return undefined;
    const start = from + acc.index + acc[0].indexOf(acc[1]);
    return { phrase: clean(acc[1]), start, end: start + acc[1].length, clause: [from, to] };
  }
  let head = clause.slice(0, verb.index);
  // "Ukrainian officials, who say …": the subject is before the relative pronoun.
  const relative = /,\s*(?:who|which|that|які|который|которые)\s+(?:\p{L}+\s+)?$/u.exec(head);
  if (relative) head = head.slice(0, relative.index);
  else {
    // "Serhiy Haidai, head of the region's administration, said …": the subject is before the
    // apposition; "the spokesman, Yuriy Sak, acknowledged …": the apposition is the name.
    const apposition = /,([^,;]{1,100}),\s*$/u.exec(head);
    const named = apposition ? parsePhrase(apposition[1] ?? '') : undefined;
    if (apposition && typeof named === 'object' && named.kind === 'person' && !named.role)
      head = head.slice(0, apposition.index + 1 + (apposition[1] ?? '').length);
    else if (apposition) head = `${head.slice(0, apposition.index)} `;
  }
  // The subject: the words after the last comma, conjunction or clause opener.
  const parts = head.split(/,|;|\b(?:and|but|while|as|that|after|before|when|since)\b\s/u);
  const last = (parts[parts.length - 1] ?? '').replace(
    /\s+(?:also|further|later|earlier|again|had|has|have|then|on \p{L}+day)$/u,
    '',
  );
  const words = clean(last).split(' ').filter(Boolean);
  // "But he said …": the conjunction opens the clause; it is not part of the subject.
  while (words.length > 1 && /^(?:but|and|yet|so|still|however|meanwhile)$/i.test(words[0] ?? ''))
    words.shift();
  // Adverbs and dates between subject and verb ("Zelensky on Sunday said") are dropped.
  while (
    words.length > 0 &&
    /^(?:also|further|later|earlier|again|then|on|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|\p{Ll}+ly)$/u.test(
      words[words.length - 1] ?? '',
    )
  )
    words.pop();
  if (words.length === 0 || words.length > 10) return undefined;
  const phrase = words.join(' ');
  const at = clause.lastIndexOf(phrase, verb.index);
  if (at < 0) return undefined;
  return {
    phrase,
    pronoun: PRONOUN.test(phrase),
    start: from + at,
    end: from + at + phrase.length,
    clause: [from, to],
  };
}
