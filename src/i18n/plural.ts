import type { Language } from '../data/types.js';
import { formatNumber } from './format.js';

const pluralRules = new Map<Language, Intl.PluralRules>();

/** Chooses a plural form through Intl.PluralRules (cached per language); `{n}` is the formatted count. */
export function plural(
  language: Language,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, language));
}
