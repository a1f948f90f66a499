import { useId, useRef, useState } from 'react';
import { SlidersHorizontal } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { setViewPreference, useViewPreference, WHEEL_MODES } from '../../store/viewPreferences';
import { usePopoverFocus } from '../usePopoverFocus';

/** How the wheel behaves and whether the overview map shows: the user's, kept for every document. */
export function ViewOptions() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const wheelMode = useViewPreference('wheelMode');
  const minimap = useViewPreference('minimap');
  const popoverRef = useRef<HTMLDivElement>(null);
  const legend = useId();
  usePopoverFocus(open, popoverRef, () => setOpen(false));
  return (
    <div className="sf-view-options">
      <button
        type="button"
        className="sf-icon-button"
        aria-label={t('view.options')}
        title={t('view.options')}
        aria-expanded={open}
        onClick={() => setOpen((shown) => !shown)}
      >
        <SlidersHorizontal size={16} aria-hidden="true" />
      </button>
      {open ? (
        <div className="sf-popover sf-view-options__popover" role="dialog" aria-label={t('view.options')} ref={popoverRef}>
          <fieldset aria-labelledby={legend}>
            <legend id={legend}>{t('view.wheel')}</legend>
            {WHEEL_MODES.map((mode) => (
              <label key={mode} className="sf-check">
                <input type="radio" name="wheel-mode" checked={wheelMode === mode} onChange={() => setViewPreference('wheelMode', mode)} />
                {t(`view.wheel.${mode}`)}
              </label>
            ))}
          </fieldset>
          <label className="sf-check">
            <input type="checkbox" checked={minimap} onChange={(event) => setViewPreference('minimap', event.target.checked)} />
            {t('view.minimap')}
          </label>
        </div>
      ) : null}
    </div>
  );
}
