import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../i18n/I18nProvider';
import { MAX_DEAL_VALUE, MAX_GRID_SIZE, MAX_LABEL_LENGTH } from '../../model/schema';
import { DIRECTIONS, PERIODS } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';
import { COMMON_CURRENCIES, currencyLabel } from './currencies';
import { editSettings, editTitle } from '../../model/operations';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { Group } from './Group';
import { useEdit } from './useEdit';

export function DocumentSettings() {
  const { t, language } = useI18n();
  const edit = useEdit();
  const { title, settings } = useEditor(
    useShallow((state) => ({ title: state.document.title, settings: state.document.settings })),
  );

  const currencyOptions = useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    const codes = COMMON_CURRENCIES.includes(settings.currency)
      ? COMMON_CURRENCIES
      : [settings.currency, ...COMMON_CURRENCIES];
    return codes.map((code) => ({ value: code, label: currencyLabel(code, names) }));
  }, [language, settings.currency]);

  return (
    <>
      <header className="sf-inspector__header">
        <h2 className="sf-inspector__title">{t('inspector.heading.document')}</h2>
      </header>
      <Group>
        <TextField
          label={t('inspector.field.title')}
          value={title}
          maxLength={MAX_LABEL_LENGTH}
          onCommit={(text) => {
            const trimmed = text.trim();
            if (trimmed === '') return t('inspector.error.emptyTitle');
            edit(editTitle(trimmed));
            return null;
          }}
        />
      </Group>
      <Group title={t('inspector.group.layout')}>
        <SelectField
          label={t('inspector.field.direction')}
          value={settings.direction}
          options={DIRECTIONS.map((direction) => ({ value: direction, label: t(`inspector.direction.${direction}`) }))}
          onChange={(direction) => edit(editSettings({ direction }))}
        />
        <NumberField
          label={t('inspector.field.gridSize')}
          value={settings.gridSize}
          rule={{ min: 1, max: MAX_GRID_SIZE, integer: true }}
          onCommit={(gridSize) => {
            if (gridSize !== undefined) edit(editSettings({ gridSize }));
          }}
        />
        <CheckboxField
          label={t('inspector.field.snapToGrid')}
          checked={settings.snapToGrid}
          onChange={(snapToGrid) => edit(editSettings({ snapToGrid }))}
        />
      </Group>
      <Group title={t('inspector.group.forecast')}>
        <SelectField
          label={t('inspector.field.period')}
          value={settings.period}
          options={PERIODS.map((period) => ({ value: period, label: t(`inspector.period.${period}`) }))}
          onChange={(period) => edit(editSettings({ period }))}
        />
        <NumberField
          label={t('inspector.field.dealValue')}
          value={settings.dealValue}
          rule={{ min: 0, max: MAX_DEAL_VALUE, optional: true }}
          unit={settings.currency}
          hint={t('inspector.hint.dealValue')}
          onCommit={(dealValue) => edit(editSettings({ dealValue }))}
        />
        <SelectField
          label={t('inspector.field.currency')}
          value={settings.currency}
          options={currencyOptions}
          onChange={(currency) => edit(editSettings({ currency }))}
        />
      </Group>
    </>
  );
}
