import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePopoverFocus } from '../usePopoverFocus';
import { APP_VERSION } from '../../lib/appVersion';
import { downloadBlob } from '../../io/export/download';
import { exportBaseSize, exportDrawioText, exportJsonText, exportMermaidText, exportSvgText, FORMAT_EXTENSIONS, type ExportFormat } from '../../io/export/exportDocument';
import { exportPngBlob } from '../../io/export/exportPng';
import { safeFileName } from '../../io/export/fileName';
import { fitPngScale } from '../../io/export/pngSize';
import type { RenderPngOptions } from '../../io/export/renderPng';
import type { Background } from '../../io/svg/renderDocumentSvg';
import { useEditor } from '../../store/EditorStoreProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { useObjectUrl } from './useObjectUrl';
import { renderHandout } from '../../io/pdf/renderHandout';
import { handoutJob } from './handoutJob';
import { handoutMargin, HandoutOptions, type HandoutSettings } from './HandoutOptions';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import { diagramFigures } from './diagramFigures';
import { buildPptx, PPTX_MIME } from '../../io/pptx/buildPptx';
import { deckSteps } from './deckSteps';
import { stepView } from '../../model/walkthrough/steps';
import { exportInputs } from './exportPrivacy';
import { useConfidentialPreference } from './exportPreferences';
import { PrivacyOptions } from './PrivacyOptions';

const SCALES = [1, 2, 3, 4] as const;
const BACKGROUNDS: readonly Background[] = ['white', 'transparent', 'dark'];
const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf', 'pptx', 'json', 'mermaid', 'drawio'];
// Formats that carry the diagram's structure rather than its picture: no background, padding or figures.
const STRUCTURAL: ReadonlySet<ExportFormat> = new Set(['json', 'mermaid', 'drawio', 'pptx']);
// Formats for other diagram tools: they take the rates option and say what they cannot carry.
const NOT_KEPT = { mermaid: 'export.mermaid.notKept', drawio: 'export.drawio.notKept' } as const;
const MAX_PADDING = 400;

type Message = { tone: 'info' | 'error'; text: string } | null;

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, tn, language } = useI18n();
  const { context } = useEditorCommands();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const source = useEditor((state) => state.document);
  const selectedNodes = useEditor((state) => state.selection.nodeIds);
  const [format, setFormat] = useState<ExportFormat>('png');
  const [onlySelection, setOnlySelection] = useState(false);
  const [slide, setSlide] = useState(false);
  const [stepId, setStepId] = useState<string | null>(null);
  const [scale, setScale] = useState<number>(2);
  const [background, setBackground] = useState<Background>('white');
  const [paddingText, setPaddingText] = useState('24');
  const [withFigures, setWithFigures] = useState(false);
  const [withRates, setWithRates] = useState(false);
  const [confidential, setConfidential] = useConfidentialPreference();
  const [leaveOutActuals, setLeaveOutActuals] = useState(true);
  const [handout, setHandout] = useState<HandoutSettings>({ size: 'a4', orientation: 'landscape', marginText: '12' });
  const [busy, setBusy] = useState(false);
  const [percent, setPercent] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const abortRef = useRef<AbortController | null>(null);
  const ids = { format: useId(), scope: useId(), scale: useId(), background: useId(), padding: useId(), text: useId(), size: useId(), step: useId() };

  // Before showModal, so that the button that opened the dialog is the one focus returns to.
  usePopoverFocus(true, dialogRef, onClose);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Every writer below is given this document and these choices, never the editor's own.
  const inputs = useMemo(
    () => exportInputs(source, { confidential, leaveOutActuals }, { figures: withFigures, rates: withRates }),
    [source, confidential, leaveOutActuals, withFigures, withRates],
  );
  const document = inputs.document;
  const padding = /^\d+$/.test(paddingText) && Number(paddingText) <= MAX_PADDING ? Number(paddingText) : null;
  const image = format === 'png' || format === 'svg';
  const deck = useMemo(() => deckSteps(document, t, tn), [document, t, tn]);
  // A step of the walkthrough is a scope of images only: its node, its neighbours, the edges between them.
  const step = image && stepId !== null && document.nodes.some((node) => node.id === stepId) ? stepId : null;
  const selection = useMemo(
    () => (step !== null ? stepView(document, step).nodeIds : onlySelection && selectedNodes.length > 0 ? selectedNodes : undefined),
    [step, document, onlySelection, selectedNodes],
  );
  const figures = useMemo(() => (inputs.figures ? diagramFigures(document, language, t) : undefined), [inputs.figures, document, language, t]);
  const options = useMemo(
    () => ({
      selection,
      scale,
      background,
      padding: padding ?? 24,
      unassignedLabel: t('lane.unassigned'),
      appVersion: APP_VERSION,
      ...(figures ? { figures } : {}),
      ...(slide && image ? { slide } : {}),
    }),
    [selection, scale, background, padding, t, figures, slide, image],
  );
  const structural = STRUCTURAL.has(format);
  const isPdf = format === 'pdf';
  const margin = handoutMargin(handout.marginText);
  const stepCount = useMemo(() => (isPdf ? walkthroughNodeIds(document).length : 0), [isPdf, document]);
  const previewSvg = useMemo(() => exportSvgText(document, { ...options, background: structural ? 'white' : background }), [document, options, structural, background]);
  const previewUrl = useObjectUrl(previewSvg, 'image/svg+xml');
  const mermaidText = useMemo(
    () => (format === 'mermaid' ? exportMermaidText(document, { selection, rates: inputs.rates }) : ''),
    [format, document, selection, inputs.rates],
  );
  const extension = FORMAT_EXTENSIONS[format];
  const fileName = safeFileName(document.title, extension);
  // Finding the size routes every edge: once per change, not on every progress step of an export.
  const base = useMemo(() => exportBaseSize(document, options), [document, options]);
  const pngSize = fitPngScale(base.width, base.height, scale);

  const withProgress = async (work: (progress: RenderPngOptions) => Promise<void>) => {
    const controller = new AbortController();
    abortRef.current = controller;
    setBusy(true);
    setMessage(null);
    setPercent(0);
    try {
      // Whole percents, so that a large image re-renders the dialog a hundred times, not per tile.
      await work({ signal: controller.signal, onProgress: (done) => setPercent(Math.floor(done * 100)) });
    } finally {
      setBusy(false);
      abortRef.current = null;
    }
  };

  const download = () =>
    withProgress(async (progress) => {
      if (format === 'svg') {
        downloadBlob(new Blob([exportSvgText(document, options)], { type: 'image/svg+xml' }), fileName);
      } else if (format === 'json') {
        downloadBlob(new Blob([exportJsonText(document, options)], { type: 'application/json' }), fileName);
      } else if (format === 'mermaid') {
        downloadBlob(new Blob([mermaidText], { type: 'text/vnd.mermaid;charset=utf-8' }), fileName);
      } else if (format === 'pptx') {
        if (document.nodes.length === 0) {
          setMessage({ tone: 'info', text: t('export.pptx.empty') });
          return;
        }
        const result = await buildPptx(document, {
          title: document.title,
          ...deck,
          selection,
          unassignedLabel: t('lane.unassigned'),
          appVersion: APP_VERSION,
          ...progress,
        });
        if (!result.ok) {
          setMessage(result.error.code === 'cancelled' ? { tone: 'info', text: t('export.cancelled') } : { tone: 'info', text: t('export.pptx.empty') });
          return;
        }
        downloadBlob(new Blob([result.value], { type: PPTX_MIME }), fileName);
      } else if (format === 'pdf') {
        if (document.nodes.length === 0) {
          setMessage({ tone: 'info', text: t('handout.empty') });
          return;
        }
        const page = { size: handout.size, orientation: handout.orientation, marginMm: margin ?? 0 };
        const result = await renderHandout(handoutJob(document, page, { t, tn }, figures), progress);
        if (!result.ok) {
          setMessage(result.error.code === 'cancelled' ? { tone: 'info', text: t('export.cancelled') } : { tone: 'error', text: t('handout.failed') });
          return;
        }
        downloadBlob(result.value, fileName);
      } else if (format === 'drawio') {
        const text = exportDrawioText(document, { selection, rates: inputs.rates, appVersion: APP_VERSION });
        downloadBlob(new Blob([text], { type: 'application/vnd.jgraph.mxfile;charset=utf-8' }), fileName);
      } else {
        const result = await exportPngBlob(document, options, progress);
        if (!result.ok) {
          setMessage(
            result.error.code === 'cancelled'
              ? { tone: 'info', text: t('export.cancelled') }
              : { tone: 'error', text: t('export.failed') },
          );
          return;
        }
        downloadBlob(result.value.blob, fileName);
        if (result.value.size.reduced) {
          setMessage({ tone: 'info', text: t('export.reduced', { width: result.value.size.width, height: result.value.size.height }) });
          return;
        }
      }
      setMessage({ tone: 'info', text: t('export.saved', { name: fileName }) });
    });

  const copyPng = () =>
    withProgress(async (progress) => {
      if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
        setMessage({ tone: 'error', text: t('export.copyUnavailable') });
        return;
      }
      const rendering = exportPngBlob(document, options, progress);
      const png = rendering.then((result) => (result.ok ? result.value.blob : Promise.reject(new Error(result.error.code))));
      // Why it failed is read from `rendering` below; this copy of the outcome only aborts the write.
      png.catch(() => undefined);
      try {
        // The clipboard is asked at once, with the image to come: Chromium lets a page write it only
        // for a few seconds after the click, and a large export takes longer.
        await context.writeClipboardImage(png);
        setMessage({ tone: 'info', text: t('export.copied') });
      } catch {
        const result = await rendering;
        if (result.ok) setMessage({ tone: 'error', text: t('export.copyUnavailable') });
        else setMessage(result.error.code === 'cancelled' ? { tone: 'info', text: t('export.cancelled') } : { tone: 'error', text: t('export.failed') });
      }
    });

  const copyMermaid = async () => {
    setMessage(null);
    try {
      await context.writeClipboard(mermaidText);
      setMessage({ tone: 'info', text: t('export.copiedMermaid') });
    } catch {
      setMessage({ tone: 'error', text: t('export.copyTextUnavailable') });
    }
  };

  return (
    <dialog ref={dialogRef} className="sf-dialog sf-export" aria-labelledby="sf-export-title" onClose={onClose} onCancel={onClose}>
      <header className="sf-dialog__header">
        <h2 id="sf-export-title">{t('export.title')}</h2>
        <button type="button" className="sf-button" onClick={() => dialogRef.current?.close()}>
          {t('export.close')}
        </button>
      </header>
      <div className="sf-export__body">
        <form className="sf-export__options" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend id={ids.format}>{t('export.format')}</legend>
            <div className="sf-segmented sf-segmented--grid" role="radiogroup" aria-labelledby={ids.format}>
              {FORMATS.map((candidate) => (
                <label key={candidate}>
                  <input type="radio" name="format" checked={format === candidate} onChange={() => setFormat(candidate)} />
                  <span>{t(`export.format.${candidate}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <PrivacyOptions
            privacy={{ confidential, leaveOutActuals }}
            onChange={(next) => {
              setConfidential(next.confidential);
              setLeaveOutActuals(next.leaveOutActuals);
            }}
            actualsSource={source.dealData?.source.name ?? null}
            carriesActuals={format === 'json'}
          />
          {/* A handout is the whole diagram and its walkthrough: it has no scope to choose. */}
          <fieldset hidden={isPdf}>
            <legend>{t('export.scope')}</legend>
            <label className="sf-check">
              <input type="radio" name="scope" checked={!onlySelection && step === null} onChange={() => { setOnlySelection(false); setStepId(null); }} />
              {t('export.scope.all')}
            </label>
            <label className="sf-check">
              <input
                type="radio"
                name="scope"
                checked={onlySelection && step === null}
                onChange={() => { setOnlySelection(true); setStepId(null); }}
                disabled={selectedNodes.length === 0}
              />
              {t('export.scope.selection')}
            </label>
            {image && deck.steps.length > 0 ? (
              <label className="sf-check">
                <input type="radio" name="scope" checked={step !== null} onChange={() => setStepId(deck.steps[0]!.nodeId)} />
                {t('export.scope.step')}
              </label>
            ) : null}
          </fieldset>
          {step !== null ? (
            <>
              <label htmlFor={ids.step}>{t('export.step')}</label>
              <select id={ids.step} value={step} onChange={(event) => setStepId(event.target.value)}>
                {deck.steps.map((candidate) => (
                  <option key={candidate.nodeId} value={candidate.nodeId}>
                    {candidate.title}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          {image ? (
            <>
              <label htmlFor={ids.size}>{t('export.size')}</label>
              <select id={ids.size} value={slide ? 'slide' : 'fit'} onChange={(event) => setSlide(event.target.value === 'slide')}>
                <option value="fit">{t('export.size.fit')}</option>
                <option value="slide">{t('export.size.slide')}</option>
              </select>
            </>
          ) : null}
          {format === 'png' ? (
            <>
              <label htmlFor={ids.scale}>{t('export.scale')}</label>
              <select id={ids.scale} value={scale} onChange={(event) => setScale(Number(event.target.value))}>
                {SCALES.map((candidate) => (
                  <option key={candidate} value={candidate}>{`${candidate}×`}</option>
                ))}
              </select>
            </>
          ) : null}
          {format === 'mermaid' || format === 'drawio' ? (
            <>
              <label className="sf-check sf-check--plain">
                <input type="checkbox" checked={inputs.rates} disabled={confidential} onChange={(event) => setWithRates(event.target.checked)} />
                {t('export.mermaid.rates')}
              </label>
              {confidential ? <p className="sf-export__note">{t('privacy.figuresOff')}</p> : null}
              <p className="sf-export__note">{t(NOT_KEPT[format])}</p>
            </>
          ) : null}
          {format === 'pptx' ? <p className="sf-export__note">{t('export.pptx.note')}</p> : null}
          {isPdf ? <HandoutOptions settings={handout} onChange={setHandout} stepCount={stepCount} /> : null}
          {!structural ? (
            <>
              {isPdf ? null : (
                <>
                  <label htmlFor={ids.background}>{t('export.background')}</label>
                  <select id={ids.background} value={background} onChange={(event) => setBackground(event.target.value as Background)}>
                    {BACKGROUNDS.map((candidate) => (
                      <option key={candidate} value={candidate}>
                        {t(`export.background.${candidate}`)}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={ids.padding}>{t('export.padding')}</label>
                  <input
                    id={ids.padding}
                    inputMode="numeric"
                    value={paddingText}
                    aria-invalid={padding === null}
                    onChange={(event) => setPaddingText(event.target.value.trim())}
                  />
                  {padding === null ? <p role="alert" className="sf-field-error">{t('export.invalidPadding')}</p> : null}
                </>
              )}
              <label className="sf-check sf-check--plain">
                <input type="checkbox" checked={inputs.figures} disabled={confidential} onChange={(event) => setWithFigures(event.target.checked)} />
                {t('export.figures')}
              </label>
              {confidential ? <p className="sf-export__note">{t('privacy.figuresOff')}</p> : null}
            </>
          ) : null}
          <p className="sf-export__meta">{t('export.fileName', { name: fileName })}</p>
          {format === 'png' ? <p className="sf-export__meta">{t('export.finalSize', { width: pngSize.width, height: pngSize.height })}</p> : null}
        </form>
        {format === 'mermaid' ? (
          <figure className="sf-export__preview sf-export__preview--text">
            <figcaption id={ids.text}>{t('export.mermaid.text')}</figcaption>
            <textarea readOnly value={mermaidText} aria-labelledby={ids.text} spellCheck={false} />
          </figure>
        ) : (
          <figure className="sf-export__preview">
            <figcaption>{t('export.preview')}</figcaption>
            {/* Hidden while a PNG is made: the page repaints the progress, and with it this SVG, every tile. */}
            {previewUrl && !busy ? <img src={previewUrl} alt={t('export.preview')} /> : null}
          </figure>
        )}
      </div>
      <footer className="sf-dialog__footer">
        <div className="sf-dialog__status">
          {/* From the first frame: an SVG or JSON file is written within the click, so its progress is never drawn. */}
          {busy ? (
            <span role="status" className="sf-progress">
              <progress className="sf-progress__meter" max={100} value={percent} aria-label={t('export.working')} />
              {t('export.progress', { percent })}
            </span>
          ) : message ? (
            <span role={message.tone === 'error' ? 'alert' : 'status'}>{message.text}</span>
          ) : null}
        </div>
        {busy ? (
          <button type="button" className="sf-button" onClick={() => abortRef.current?.abort()}>
            {t('export.cancel')}
          </button>
        ) : null}
        {format === 'mermaid' ? (
          <button type="button" className="sf-button" onClick={copyMermaid}>
            {t('export.copyMermaid')}
          </button>
        ) : isPdf ? null : (
          <button type="button" className="sf-button" onClick={copyPng} disabled={busy}>
            {t('export.copyPng')}
          </button>
        )}
        <button type="button" className="sf-button sf-button--primary" onClick={download} disabled={busy || (isPdf ? margin === null : !structural && padding === null)}>
          {t('export.download')}
        </button>
      </footer>
    </dialog>
  );
}
