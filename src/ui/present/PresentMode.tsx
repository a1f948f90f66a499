import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ChevronLeft, ChevronRight, MonitorSpeaker, X } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { editorHash, presenterHash } from '../../lib/documentAddress';
import { prefersReducedMotion } from '../../lib/motion';
import { stepView, walkthroughNodeIds } from '../../model/walkthrough/steps';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { StepCaption } from './StepCaption';
import { newPresenterChannel, presenterChannelName, readFromPresenter, type PresenterState, type ToPresenter } from './presenterChannel';
import { stepDimRules } from './stepStyle';
import './present.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

interface PresentModeProps {
  /** The step to start on, from 1 (the address's, after a reload); past the last, the last. */
  firstStep: number;
  onClose: () => void;
}

/**
 * Walkthrough mode: the flowchart is the deck (issue 21). The editor's chrome gives way to the
 * canvas, full screen where the browser allows; each step glides to its node and neighbours, dims
 * the rest by one style rule, and shows a caption. The keys a presenter and a clicker send move
 * between steps; Escape (or leaving full screen) ends it. The address holds the step, so a reload
 * comes back to it. Nothing here changes the document, so a reader tab presents too.
 */
export function PresentMode({ firstStep, onClose }: PresentModeProps) {
  const t = useT();
  const store = useEditorStoreApi();
  const document = useEditor((state) => state.document);
  const steps = useMemo(() => walkthroughNodeIds(document), [document]);
  const [index, setIndex] = useState(() => Math.max(0, firstStep - 1));
  const shown = Math.min(index, Math.max(steps.length - 1, 0));
  const nodeId = steps[shown];
  const node = document.nodes.find((candidate) => candidate.id === nodeId);
  const view = useMemo(() => (nodeId === undefined ? null : stepView(document, nodeId)), [document, nodeId]);
  const rootRef = useRef<HTMLDivElement>(null);
  const captionRef = useRef<HTMLElement>(null);

  const move = useCallback((by: number) => setIndex((current) => Math.min(Math.max(current + by, 0), Math.max(steps.length - 1, 0))), [steps.length]);

  // The editor gives the whole window to the canvas, and nothing stays selected under the deck.
  // Leaving puts the view back where the person was working.
  useLayoutEffect(() => {
    const editor = rootRef.current?.closest('.sf-editor');
    editor?.classList.add('sf-presenting');
    store.getState().setSelection({ nodeIds: [], edgeIds: [] });
    const restoreView = store.getState().viewport?.saveView();
    return () => {
      editor?.classList.remove('sf-presenting');
      // A frame later, once the canvas is back to its size beside the toolbar and panels. Opened
      // presenting (a reload), there was no view before: the document's opening view then.
      requestAnimationFrame(() => (restoreView ? restoreView() : store.getState().viewport?.showDocument()));
    };
  }, [store]);

  // Full screen when the browser allows it (a reload is no gesture: the page then presents in the
  // window); leaving full screen, as Escape does there, ends the presentation.
  useEffect(() => {
    const root = globalThis.document.documentElement;
    let entered = false;
    const onChange = () => {
      if (globalThis.document.fullscreenElement !== null) entered = true;
      else if (entered) onClose();
    };
    globalThis.document.addEventListener('fullscreenchange', onChange);
    if (globalThis.document.fullscreenEnabled && globalThis.document.fullscreenElement === null) {
      root.requestFullscreen().catch(() => undefined);
    }
    return () => {
      globalThis.document.removeEventListener('fullscreenchange', onChange);
      if (globalThis.document.fullscreenElement !== null) void globalThis.document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  // The address names the step; leaving returns it to the document's own.
  const documentId = document.id;
  useEffect(() => {
    if (steps.length > 0) window.history.replaceState(window.history.state, '', editorHash(documentId, shown + 1));
  }, [documentId, shown, steps.length]);
  useEffect(() => () => window.history.replaceState(window.history.state, '', editorHash(documentId)), [documentId]);

  // The presenter view, once opened, follows every step over the presentation's channel and may
  // move it; closing the presentation tells it so.
  const [channel, setChannel] = useState<string | null>(null);
  const [startedAt] = useState(() => Date.now());
  const port = useRef<BroadcastChannel | null>(null);
  const presenterState = useCallback(
    (): PresenterState => ({
      kind: 'state',
      step: shown + 1,
      count: steps.length,
      node: node ? { label: node.label, ...(node.details ? { details: node.details } : {}) } : null,
      nextLabel: document.nodes.find((candidate) => candidate.id === steps[shown + 1])?.label ?? null,
      startedAt,
    }),
    [document.nodes, node, shown, startedAt, steps],
  );
  const latestState = useRef(presenterState);
  latestState.current = presenterState;
  useEffect(() => {
    if (channel === null) return;
    const opened = new BroadcastChannel(presenterChannelName(channel));
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = readFromPresenter(event.data);
      if (message?.kind === 'hello') opened.postMessage(latestState.current());
      else if (message?.kind === 'move') move(message.by);
    };
    port.current = opened;
    return () => {
      opened.postMessage({ kind: 'ended' } satisfies ToPresenter);
      opened.close();
      port.current = null;
    };
  }, [channel, move]);
  useEffect(() => port.current?.postMessage(presenterState()), [presenterState, channel]);
  const openPresenter = () => {
    const name = channel ?? newPresenterChannel();
    setChannel(name);
    window.open(presenterHash(name), `salesflow-presenter-${name}`, 'popup,width=960,height=640');
  };

  // Keys go to the presentation only: no editor shortcut (undo, delete, nudge) runs underneath.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.key === 'Escape') onClose();
      else if (NEXT_KEYS.has(event.key)) move(1);
      else if (PREVIOUS_KEYS.has(event.key)) move(-1);
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(Math.max(steps.length - 1, 0));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [move, onClose, steps.length]);

  // Each step glides to its node and neighbours, above the caption; again when the window resizes
  // (entering full screen is one).
  useEffect(() => {
    if (view === null) return;
    const show = (instant: boolean) => store.getState().viewport?.showNodes(view.nodeIds, { bottomInset: (captionRef.current?.offsetHeight ?? 0) + 24, instant });
    // A frame later, once the canvas has taken the room the editor's chrome left.
    const frame = requestAnimationFrame(() => show(prefersReducedMotion()));
    const onResize = () => show(true);
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, [view, store]);

  return (
    <div ref={rootRef} className="sf-present" role="region" aria-label={t('present.label')}>
      {view ? <style>{stepDimRules(view)}</style> : null}
      {/* A click anywhere on the slide moves on, as in a slide show; the canvas underneath is not edited. */}
      <div className="sf-present__stage" onClick={() => move(1)} aria-hidden="true" />
      <section ref={captionRef} className="sf-present__caption" aria-live="polite">
        {node ? <StepCaption node={node} /> : <p>{t('present.empty')}</p>}
        <div className="sf-present__controls">
          <button type="button" className="sf-button" onClick={() => move(-1)} disabled={shown === 0} aria-label={t('present.previous')} title={t('present.previous')}>
            <ChevronLeft size={18} aria-hidden="true" />
          </button>
          <span className="sf-present__count">{steps.length > 0 ? t('present.step', { number: shown + 1, count: steps.length }) : null}</span>
          <button
            type="button"
            className="sf-button"
            onClick={() => move(1)}
            disabled={shown >= steps.length - 1}
            aria-label={t('present.next')}
            title={t('present.next')}
          >
            <ChevronRight size={18} aria-hidden="true" />
          </button>
          <span className="sf-present__keys">{t('present.keys')}</span>
          <button type="button" className="sf-button" onClick={openPresenter}>
            <MonitorSpeaker size={16} aria-hidden="true" />
            {t('present.openPresenter')}
          </button>
          <button type="button" className="sf-button" onClick={onClose} aria-label={t('present.exit')} title={t('present.exit')}>
            <X size={18} aria-hidden="true" />
          </button>
        </div>
      </section>
    </div>
  );
}
