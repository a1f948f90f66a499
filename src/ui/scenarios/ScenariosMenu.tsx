import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ChevronDown, Copy, FlaskConical, Pencil, Plus, Trash2 } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { createScenario, deleteScenario, duplicateScenario, renameScenario } from '../../model/operations';
import { MAX_SHORT_TEXT_LENGTH } from '../../model/limits';
import type { Scenario } from '../../model/types';
import { useCloseOnPressOutside } from '../useCloseOnPressOutside';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { shownScenarioOf } from '../../store/scenarioView';
import { isComposing } from '../inspector/fields/keys';
import { useReadOnlyReason } from '../useReadOnlyReason';
import { nextScenarioName } from './scenarioNames';
import './scenarios.css';

/** A scenario's name being typed: Enter or leaving the field keeps it, Escape gives it up. */
function NameInput({ scenario, onDone }: { scenario: Scenario; onDone: (name: string | null) => void }) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  // Enter or Escape ends the edit and removes the field, which may blur it once more on the way.
  const done = useRef(false);
  const finish = (name: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(name);
  };
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget.value);
    } else if (event.key === 'Escape') {
      // The popover stays open: Escape here only leaves the name as it was.
      event.stopPropagation();
      finish(null);
    }
  };
  return (
    <input
      ref={ref}
      className="sf-scenarios__name-input"
      aria-label={t('scenarios.name')}
      defaultValue={scenario.name}
      maxLength={MAX_SHORT_TEXT_LENGTH}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}

/**
 * The toolbar's `Scenarios`: which figures the editor shows (Current, the process itself, Actuals
 * when the document has deal data, or one of the user's scenarios), and making, renaming, copying
 * and deleting scenarios.
 */
export function ScenariosMenu() {
  const t = useT();
  const store = useEditorStoreApi();
  const { context } = useEditorCommands();
  const readOnlyReason = useReadOnlyReason();
  const scenarios = useEditor((state) => state.document.scenarios);
  const shown = useEditor(shownScenarioOf);
  // The Actuals scenario, measured from the deal data, when the document has some.
  const actualsSource = useEditor((state) => state.document.dealData?.source.name);
  const actualsShown = useEditor((state) => state.actualsShown);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const groupName = useId();
  const shownName = actualsShown ? t('actuals.name') : (shown?.name ?? t('scenarios.current'));

  useEffect(() => {
    // Into the menu on opening, at the figures shown; back there when a name is done.
    const panel = panelRef.current;
    if (!open || renaming !== null || panel === null || panel.contains(document.activeElement)) return;
    panel.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, [open, renaming, scenarios]);

  useCloseOnPressOutside(open, rootRef, () => setOpen(false));

  const close = () => {
    setOpen(false);
    setRenaming(null);
    buttonRef.current?.focus();
  };

  const show = (id: string | null) => store.getState().showScenario(id);

  const create = () => {
    const id = context.newId('scenario');
    const name = nextScenarioName(scenarios, (number) => t('scenarios.defaultName', { number }));
    if (!context.perform(createScenario(id, name)).ok) return;
    show(id);
    setRenaming(id);
  };

  const finishRename = (scenario: Scenario, name: string | null) => {
    setRenaming(null);
    const trimmed = name?.trim() ?? '';
    // An emptied name is a slip, not a wish for a nameless scenario: the old one stays.
    if (trimmed !== '' && trimmed !== scenario.name) context.perform(renameScenario(scenario.id, trimmed));
  };

  const duplicate = (scenario: Scenario) => {
    const id = context.newId('scenario');
    if (context.perform(duplicateScenario(scenario.id, id, t('scenarios.copyName', { name: scenario.name }))).ok) show(id);
  };

  const editing = readOnlyReason === undefined;

  return (
    <div className="sf-scenarios" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`sf-button sf-scenarios__button${shown !== undefined || actualsShown ? ' sf-scenarios__button--scenario' : ''}`}
        aria-expanded={open}
        aria-label={t('scenarios.button', { name: shownName })}
        title={t('scenarios.button', { name: shownName })}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <FlaskConical size={16} aria-hidden="true" />
        {/* The toolbar is short of room: the scenario's name alone says what is shown. */}
        <span className="sf-scenarios__button-text">{actualsShown ? t('actuals.name') : shown === undefined ? t('scenarios.menu') : shown.name}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open ? (
        <div
          ref={panelRef}
          className="sf-popover sf-scenarios__panel"
          role="dialog"
          aria-label={t('scenarios.menu')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <fieldset>
            <legend>{t('scenarios.show')}</legend>
            <label className="sf-check sf-scenarios__row">
              <input type="radio" name={groupName} checked={shown === undefined && !actualsShown} onChange={() => show(null)} />
              <span className="sf-scenarios__name">{t('scenarios.current')}</span>
              <span className="sf-scenarios__muted">{t('scenarios.currentHint')}</span>
            </label>
            {actualsSource !== undefined ? (
              <label className="sf-check sf-scenarios__row">
                <input type="radio" name={groupName} checked={actualsShown} onChange={() => store.getState().showActuals()} />
                <span className="sf-scenarios__name">{t('actuals.name')}</span>
                <span className="sf-scenarios__muted sf-scenarios__name">{t('actuals.menuHint', { name: actualsSource })}</span>
              </label>
            ) : null}
            {scenarios.map((scenario) => (
              <div key={scenario.id} className="sf-scenarios__row">
                {renaming === scenario.id ? (
                  <NameInput scenario={scenario} onDone={(name) => finishRename(scenario, name)} />
                ) : (
                  <>
                    <label className="sf-check sf-scenarios__choice">
                      <input type="radio" name={groupName} checked={shown?.id === scenario.id} onChange={() => show(scenario.id)} />
                      <span className="sf-scenarios__name">{scenario.name}</span>
                    </label>
                    <span className="sf-scenarios__actions">
                      <button
                        type="button"
                        className="sf-icon-button"
                        aria-label={t('scenarios.rename', { name: scenario.name })}
                        title={readOnlyReason ?? t('scenarios.rename', { name: scenario.name })}
                        disabled={!editing}
                        onClick={() => setRenaming(scenario.id)}
                      >
                        <Pencil size={14} aria-hidden="true" />
                      </button>
                      <button
                        type="button"
                        className="sf-icon-button"
                        aria-label={t('scenarios.duplicate', { name: scenario.name })}
                        title={readOnlyReason ?? t('scenarios.duplicate', { name: scenario.name })}
                        disabled={!editing}
                        onClick={() => duplicate(scenario)}
                      >
                        <Copy size={14} aria-hidden="true" />
                      </button>
                      <button
                        type="button"
                        className="sf-icon-button"
                        aria-label={t('scenarios.delete', { name: scenario.name })}
                        title={readOnlyReason ?? t('scenarios.delete', { name: scenario.name })}
                        disabled={!editing}
                        onClick={() => context.perform(deleteScenario(scenario.id))}
                      >
                        <Trash2 size={14} aria-hidden="true" />
                      </button>
                    </span>
                  </>
                )}
              </div>
            ))}
          </fieldset>
          {scenarios.length === 0 && <p className="sf-scenarios__intro">{t('scenarios.intro')}</p>}
          <button type="button" className="sf-button sf-scenarios__new" disabled={!editing} title={readOnlyReason} onClick={create}>
            <Plus size={14} aria-hidden="true" />
            {t('scenarios.new')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
