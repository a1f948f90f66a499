// Reading what people type into number fields. Nothing out of the model's range reaches the
// document: the field shows a message instead and keeps the stored value.

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  /** An empty field clears the value instead of being refused. */
  optional?: boolean;
  /** Accept a trailing "%", which people type into a percentage field out of habit. */
  percent?: boolean;
}

export type NumberInput = { ok: true; value: number | undefined } | { ok: false };

// Digits with optional thousands separators and decimals; no sign, so negatives are refused.
const NUMBER_PATTERN = /^(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?$/;

export function parseNumberInput(text: string, rule: NumberRule): NumberInput {
  // NFKC folds the full-width digits and punctuation of Chinese input methods into ASCII.
  let cleaned = text.normalize('NFKC').trim();
  if (rule.percent && cleaned.endsWith('%')) cleaned = cleaned.slice(0, -1).trimEnd();
  if (cleaned === '') return rule.optional ? { ok: true, value: undefined } : { ok: false };
  if (!NUMBER_PATTERN.test(cleaned) || !/\d/.test(cleaned)) return { ok: false };
  const value = Number(cleaned.replaceAll(',', ''));
  if (!Number.isFinite(value) || value < rule.min || value > rule.max) return { ok: false };
  if (rule.integer && !Number.isInteger(value)) return { ok: false };
  return { ok: true, value };
}

/** A stored number as the field shows it, without binary noise such as 7.000000000000001. */
export function formatNumberInput(value: number | undefined): string {
  return value === undefined ? '' : String(Number(value.toPrecision(12)));
}
