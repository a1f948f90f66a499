import type { MessageKey } from './en';
import { formatMessage, MESSAGES, type Language, type MessageParams } from './languages';

/**
 * A message written once per plural form: `base.one`, `base.other` (and `.two`, `.few`, `.many`
 * where a language has them). English has two forms, Chinese one; Intl.PluralRules knows which.
 */
type BaseOf<K> = K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never;
export type PluralBase = BaseOf<MessageKey>;

const rulesByLanguage = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

function isMessageKey(language: Language, key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES[language], key);
}

/** The form of `base` for `count`, with `{count}` filled in (params may give it formatted, e.g. "+3"). */
export function pluralMessage(language: Language, base: PluralBase, count: number, params: MessageParams = {}): string {
  const form = `${base}.${pluralRules(language).select(count)}`;
  const key: MessageKey = isMessageKey(language, form) ? form : `${base}.other`;
  return formatMessage(language, key, { count, ...params });
}
