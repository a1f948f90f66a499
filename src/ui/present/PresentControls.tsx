import { useRef, useState, type RefObject } from 'react';
import { ArrowDown, ArrowUp, ChevronDown, Eye, EyeOff, Plus, Presentation, RotateCcw, X } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { setWalkthroughSteps, type StepEntry } from '../../model/operations';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import type { SalesDocument } from '../../model/types';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditor } from '../../store/EditorStoreProvider';
import { CommandButton } from '../CommandButton';
import { IconButton } from '../IconButton';
import { usePopoverFocus } from '../usePopoverFocus';
import { useCloseOnPressOutside } from '../useCloseOnPressOutside';
import { useReadOnlyReason } from '../useReadOnlyReason';

interface ListedStep {
  /** Undefined for a step of the default deck, which has no record until the list is edited. */
  id: string | undefined;
  nodeId: string;
  hidden: boolean;
}

/** The steps as the list shows them: the document's own (hidden ones too), or the default deck. */
function listedSteps(doc: SalesDocument): ListedStep[] {
  const known = new Set(doc.nodes.map((node) => node.id));
  if (doc.walkthrough.steps.length > 0) {
    return doc.walkthrough.steps.filter((step) => known.has(step.nodeId)).map((step) => ({ id: step.id, nodeId: step.nodeId, hidden: step.hidden === true }));
  }
  return walkthroughNodeIds(doc).map((nodeId) => ({ id: undefined, nodeId, hidden: false }));
}

/**
 * The walkthrough's steps in a popover: reorder, hide, remove, add the selected shapes, or go back
 * to the default deck. The first edit stores the default deck as the document's own, so what the
 * trainer arranged is what Present shows, after a reload too. It reads the document only while
 * open: the default deck is the flow order, too dear to recompute on every frame of a drag.
 */
function StepList({ popoverRef }: { popoverRef: RefObject<HTMLDivElement | null> }) {
  const t = useT();
  const { context } = useEditorCommands();
  const document = useEditor((state) => state.document);
  const selected = useEditor((state) => state.selection.nodeIds);
  const readOnlyReason = useReadOnlyReason();
  const steps = listedSteps(document);
  const labelOf = new Map(document.nodes.map((node) => [node.id, node.label]));
  const editable = readOnlyReason === undefined;

  const store = (next: readonly ListedStep[]) => {
    const entries: StepEntry[] = next.map((step) => ({ id: step.id ?? context.newId('w'), nodeId: step.nodeId, hidden: step.hidden }));
    context.perform(setWalkthroughSteps(entries));
  };
  const move = (index: number, by: number) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    store(next);
  };
  const listed = new Set(steps.map((step) => step.nodeId));
  const addable = selected.filter((id) => !listed.has(id));

  return (
    <div className="sf-popover sf-step-list" role="dialog" aria-label={t('present.steps')} ref={popoverRef}>
      <p className="sf-step-list__hint">{steps.length > 0 ? t('present.stepsHint') : t('present.empty')}</p>
      <ol className="sf-step-list__steps">
        {steps.map((step, index) => {
          const label = labelOf.get(step.nodeId) ?? '';
          return (
            <li key={step.id ?? step.nodeId} className={step.hidden ? 'sf-step-list__step sf-step-list__step--hidden' : 'sf-step-list__step'}>
              <span className="sf-step-list__number" aria-hidden="true">
                {index + 1}.
              </span>
              <span className="sf-step-list__label" title={label}>
                {label}
              </span>
              <IconButton label={t('present.moveUp', { label })} icon={<ArrowUp size={14} />} onClick={() => move(index, -1)} disabled={!editable || index === 0} />
              <IconButton label={t('present.moveDown', { label })} icon={<ArrowDown size={14} />} onClick={() => move(index, 1)} disabled={!editable || index === steps.length - 1} />
              <IconButton
                label={step.hidden ? t('present.show', { label }) : t('present.hide', { label })}
                icon={step.hidden ? <EyeOff size={14} /> : <Eye size={14} />}
                onClick={() => store(steps.map((other, at) => (at === index ? { ...other, hidden: !other.hidden } : other)))}
                disabled={!editable}
              />
              <IconButton label={t('present.remove', { label })} icon={<X size={14} />} onClick={() => store(steps.filter((_, at) => at !== index))} disabled={!editable} />
            </li>
          );
        })}
      </ol>
      <div className="sf-step-list__actions">
        <button
          type="button"
          className="sf-button"
          onClick={() => store([...steps, ...addable.map((nodeId) => ({ id: undefined, nodeId, hidden: false }))])}
          disabled={!editable || addable.length === 0}
        >
          <Plus size={14} aria-hidden="true" />
          {t('present.addSelected')}
        </button>
        <button type="button" className="sf-button" onClick={() => store([])} disabled={!editable || document.walkthrough.steps.length === 0}>
          <RotateCcw size={14} aria-hidden="true" />
          {t('present.reset')}
        </button>
      </div>
    </div>
  );
}

/** The toolbar's Present, and beside it the button that opens the walkthrough's step list. */
export function PresentControls() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  usePopoverFocus(open, popoverRef, () => setOpen(false));

  useCloseOnPressOutside(open, panelRef, () => setOpen(false));

  return (
    <div className="sf-layout-controls" ref={panelRef}>
      <CommandButton command="present" icon={<Presentation size={18} />} />
      <button
        type="button"
        className="sf-icon-button sf-layout-controls__more"
        aria-label={t('present.steps')}
        aria-expanded={open}
        title={t('present.steps')}
        onClick={() => setOpen((value) => !value)}
      >
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open ? <StepList popoverRef={popoverRef} /> : null}
    </div>
  );
}
