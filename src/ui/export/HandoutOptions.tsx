import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { MAX_MARGIN_MM, PAGE_SIZES, type Orientation, type PageSizeName } from '../../io/pdf/pageLayout';

const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];

export interface HandoutSettings {
  size: PageSizeName;
  orientation: Orientation;
  marginText: string;
}

/** Millimetres, or `null` while the field holds something else. */
export function handoutMargin(text: string): number | null {
  return /^\d+$/.test(text) && Number(text) <= MAX_MARGIN_MM ? Number(text) : null;
}

/** The PDF handout's page options in the export dialog. */
export function HandoutOptions({ settings, onChange, stepCount }: { settings: HandoutSettings; onChange: (next: HandoutSettings) => void; stepCount: number }) {
  const { t } = useI18n();
  const ids = { size: useId(), orientation: useId(), margin: useId() };
  const margin = handoutMargin(settings.marginText);
  return (
    <>
      <label htmlFor={ids.size}>{t('handout.pageSize')}</label>
      <select
        id={ids.size}
        value={settings.size}
        onChange={(event) => {
          const size = event.target.value as PageSizeName;
          // A slide is read across; paper is usually printed upright.
          onChange({ ...settings, size, orientation: size === 'slide' ? 'landscape' : settings.orientation });
        }}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {t(`handout.pageSize.${size}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.orientation}>{t('handout.orientation')}</label>
      <select id={ids.orientation} value={settings.orientation} onChange={(event) => onChange({ ...settings, orientation: event.target.value as Orientation })}>
        {ORIENTATIONS.map((orientation) => (
          <option key={orientation} value={orientation}>
            {t(`handout.orientation.${orientation}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.margin}>{t('handout.margin')}</label>
      <input
        id={ids.margin}
        inputMode="numeric"
        value={settings.marginText}
        aria-invalid={margin === null}
        onChange={(event) => onChange({ ...settings, marginText: event.target.value.trim() })}
      />
      {margin === null ? <p role="alert" className="sf-field-error">{t('handout.invalidMargin')}</p> : null}
      <p className="sf-export__note">{t('handout.contents', { count: stepCount })}</p>
    </>
  );
}
