/** The forms of a word by count, as Intl.PluralRules names them; `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a word for `count` in the language `tag` (Ukrainian and Russian have one, few, many
 * and other: 1 місце, 2 місця, 5 місць, 1,5 місця).
 */
export function plural(tag: string, count: number, forms: PluralForms): string {
  let rule = rules.get(tag);
  if (!rule) rules.set(tag, (rule = new Intl.PluralRules(tag)));
  return forms[rule.select(count)] ?? forms.other;
}
