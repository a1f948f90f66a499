import { useEffect, useId, useRef, useState } from 'react';
import { ChevronDown, Network } from 'lucide-react';
import { runAutoLayout, SPACINGS, type Spacing } from '../../commands/autoLayout';
import { DIRECTIONS, type Direction } from '../../model/types';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditor } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { IconButton } from '../IconButton';
import { useReadOnlyReason } from '../useReadOnlyReason';
import { usePopoverFocus } from '../usePopoverFocus';
import { useCloseOnPressOutside } from '../useCloseOnPressOutside';

/** The toolbar's Auto layout: one click with the document's direction, or options first. */
export function LayoutControls() {
  const t = useT();
  const { context, run } = useEditorCommands();
  const direction = useEditor((state) => state.document.settings.direction);
  const busy = useEditor((state) => state.activity !== null);
  const readOnlyReason = useReadOnlyReason();
  const hasSelection = useEditor((state) => state.selection.nodeIds.length >= 2);
  const hasLanes = useEditor((state) => state.document.lanes.length > 0);
  const [open, setOpen] = useState(false);
  const [chosenDirection, setChosenDirection] = useState<Direction>(direction);
  const [spacing, setSpacing] = useState<Spacing>('normal');
  const [onlySelection, setOnlySelection] = useState(false);
  const [slide, setSlide] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  usePopoverFocus(open, popoverRef, () => setOpen(false));
  const ids = { direction: useId(), spacing: useId(), scope: useId(), slideNote: useId() };

  useEffect(() => setChosenDirection(direction), [direction]);
  useCloseOnPressOutside(open, panelRef, () => setOpen(false));

  const apply = () => {
    setOpen(false);
    const scope = onlySelection && hasSelection ? { scope: context.selection().nodeIds } : {};
    void runAutoLayout(context, { direction: chosenDirection, spacing, ...scope, ...(slide && !hasLanes ? { slide: true } : {}) });
  };

  return (
    <div className="sf-layout-controls" ref={panelRef}>
      <IconButton
        label={t('command.autoLayout')}
        icon={<Network size={18} />}
        onClick={() => run('autoLayout')}
        disabled={busy || readOnlyReason !== undefined}
        {...(readOnlyReason !== undefined ? { tooltip: readOnlyReason } : {})}
      />
      <button
        type="button"
        className="sf-icon-button sf-layout-controls__more"
        aria-label={t('layout.options')}
        aria-expanded={open}
        title={readOnlyReason ?? t('layout.options')}
        onClick={() => setOpen((value) => !value)}
        disabled={busy || readOnlyReason !== undefined}
      >
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open ? (
        <div className="sf-popover" role="dialog" aria-label={t('layout.options')} ref={popoverRef}>
          <fieldset>
            <legend id={ids.direction}>{t('layout.direction')}</legend>
            {DIRECTIONS.map((candidate) => (
              <label key={candidate} className="sf-check">
                <input type="radio" name="layout-direction" checked={chosenDirection === candidate} onChange={() => setChosenDirection(candidate)} />
                {t(`layout.direction.${candidate}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend id={ids.spacing}>{t('layout.spacing')}</legend>
            {SPACINGS.map((candidate) => (
              <label key={candidate} className="sf-check">
                <input type="radio" name="layout-spacing" checked={spacing === candidate} onChange={() => setSpacing(candidate)} />
                {t(`layout.spacing.${candidate}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend id={ids.scope}>{t('layout.scope')}</legend>
            <label className="sf-check">
              <input type="radio" name="layout-scope" checked={!onlySelection} onChange={() => setOnlySelection(false)} />
              {t('layout.scope.all')}
            </label>
            <label className="sf-check">
              <input type="radio" name="layout-scope" checked={onlySelection} disabled={!hasSelection} onChange={() => setOnlySelection(true)} />
              {t('layout.scope.selection')}
            </label>
          </fieldset>
          <div>
            <label className="sf-check">
              <input
                type="checkbox"
                checked={slide && !hasLanes}
                disabled={hasLanes}
                onChange={(event) => setSlide(event.target.checked)}
                {...(hasLanes ? { 'aria-describedby': ids.slideNote } : {})}
              />
              {t('layout.slide')}
            </label>
            {hasLanes ? (
              <p id={ids.slideNote} className="sf-popover__note">
                {t('layout.slide.offWithLanes')}
              </p>
            ) : null}
          </div>
          <button type="button" className="sf-button sf-button--primary" onClick={apply}>
            {t('layout.apply')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
