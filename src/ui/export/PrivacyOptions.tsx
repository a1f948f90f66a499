import { useI18n } from '../../i18n/I18nProvider';
import type { ExportPrivacy } from './exportPrivacy';

interface PrivacyOptionsProps {
  privacy: ExportPrivacy;
  onChange: (privacy: ExportPrivacy) => void;
  /** The file the document's actuals came from; null when it has none. */
  actualsSource: string | null;
  /** Whether the chosen format would carry actuals at all: only a JSON document does. */
  carriesActuals: boolean;
}

/** The export dialog's one Confidential switch, and the question of actuals in a JSON file. */
export function PrivacyOptions({ privacy, onChange, actualsSource, carriesActuals }: PrivacyOptionsProps) {
  const { t } = useI18n();
  const leftOut = privacy.confidential || privacy.leaveOutActuals;
  return (
    <fieldset>
      <legend>{t('privacy.legend')}</legend>
      <label className="sf-check sf-check--plain">
        <input type="checkbox" checked={privacy.confidential} onChange={(event) => onChange({ ...privacy, confidential: event.target.checked })} />
        {t('privacy.confidential')}
      </label>
      <p className="sf-export__note">{t('privacy.confidentialNote')}</p>
      {carriesActuals && actualsSource !== null ? (
        <>
          <label className="sf-check sf-check--plain">
            <input
              type="checkbox"
              checked={leftOut}
              disabled={privacy.confidential}
              onChange={(event) => onChange({ ...privacy, leaveOutActuals: event.target.checked })}
            />
            {t('privacy.leaveOutActuals')}
          </label>
          {/* Under Confidential the note above says it all: the rates this one keeps are left out too. */}
          {privacy.confidential ? null : (
            <p className="sf-export__note">{t(leftOut ? 'privacy.actualsNote' : 'privacy.actualsIncluded', { name: actualsSource })}</p>
          )}
        </>
      ) : null}
    </fieldset>
  );
}
