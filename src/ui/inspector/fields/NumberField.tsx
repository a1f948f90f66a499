import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumberInput, parseNumberInput, type NumberRule } from '../numberInput';
import { echo } from './echo';
import { TextField } from './TextField';
import type { CommitResult } from './useDraft';

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  rule: NumberRule;
  /** Only numbers within the rule reach it; undefined when an optional field was emptied. */
  onCommit: (value: number | undefined) => void;
  unit?: string;
  hint?: string;
}

export function NumberField({ label, value, rule, onCommit, unit, hint }: NumberFieldProps) {
  const { t, language } = useI18n();
  const commit = (text: string): CommitResult => {
    const parsed = parseNumberInput(text, rule);
    if (parsed.ok) {
      onCommit(parsed.value);
      return null;
    }
    const format = new Intl.NumberFormat(language).format;
    return t(rule.integer ? 'inspector.error.wholeNumber' : 'inspector.error.number', {
      value: echo(text),
      min: format(rule.min),
      max: format(rule.max),
    });
  };
  return (
    <TextField
      label={label}
      value={formatNumberInput(value)}
      onCommit={commit}
      inputMode="decimal"
      unit={unit}
      hint={hint}
    />
  );
}
