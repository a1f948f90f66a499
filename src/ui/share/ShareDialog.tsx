import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { forgetShared, rememberShared, sharedEntry } from '../../sync/sharedRegistry';
import { renewLinks, shareDocument, stopSharing, type ShareError } from '../../sync/teamServer';
import { ConfirmDialog } from '../ConfirmDialog';
import { usePopoverFocus } from '../usePopoverFocus';

type DialogState =
  | { kind: 'sharing' }
  /** `ownerSecret` is shown once, right after sharing. */
  | { kind: 'links'; edit: string; view: string; ownerSecret: string | null }
  | { kind: 'viewer' }
  | { kind: 'stopped' }
  | { kind: 'failed'; error: ShareError };

type OwnerProblem = { code: 'unreachable' } | { code: 'refused'; status: number } | null;

function LinkField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <label className="sf-share__link">
      <span>{label}</span>
      <input type="text" readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="sf-button" onClick={copy}>
        {copied ? t('team.copied') : t('team.copy')}
      </button>
    </label>
  );
}

/** Uploads the open document to the team server once, then shows its edit and view links. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useEditorStoreApi();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<DialogState>({ kind: 'sharing' });
  usePopoverFocus(true, dialogRef, onClose);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    const document = store.getState().document;
    const known = sharedEntry(document.id);
    if (known?.links) {
      setState({ kind: 'links', ...known.links, ownerSecret: null });
      return;
    }
    if (known?.role === 'view') {
      setState({ kind: 'viewer' });
      return;
    }
    let live = true;
    void shareDocument(document, window.location.origin).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setState({ kind: 'failed', error: result.error });
        return;
      }
      const { name, editToken, edit, view, ownerSecret } = result.value;
      rememberShared(document.id, { name, token: editToken, role: 'edit', links: { edit, view }, ownerSecret });
      setState({ kind: 'links', edit, view, ownerSecret });
    });
    return () => {
      live = false;
    };
  }, [store]);

  // New links and Stop sharing, for the browser that keeps the owner key.
  const [problem, setProblem] = useState<OwnerProblem>(null);
  const [confirmingStop, setConfirmingStop] = useState(false);
  const [busy, setBusy] = useState(false);
  const documentId = store.getState().document.id;
  const owned = sharedEntry(documentId);
  const ownerSecret = owned?.ownerSecret ?? null;
  const renew = () => {
    if (!owned || ownerSecret === null) return;
    setBusy(true);
    void renewLinks(owned.name, ownerSecret, window.location.origin).then((result) => {
      setBusy(false);
      if (!result.ok) return setProblem(result.error);
      setProblem(null);
      const { edit, view, editToken } = result.value;
      rememberShared(documentId, { ...owned, token: editToken, links: { edit, view } });
      setState({ kind: 'links', edit, view, ownerSecret: null });
    });
  };
  const stop = () => {
    setConfirmingStop(false);
    if (!owned || ownerSecret === null) return;
    setBusy(true);
    void stopSharing(owned.name, ownerSecret).then((result) => {
      setBusy(false);
      if (!result.ok) return setProblem(result.error);
      setProblem(null);
      forgetShared(documentId);
      // The Yjs copy kept for offline edits is of no use now (loaded only here: Yjs stays out of the start bundle).
      void import('../../sync/localCopy').then(({ clearLocalCopy }) => clearLocalCopy(owned.name)).catch(() => undefined);
      setState({ kind: 'stopped' });
    });
  };

  return (
    <dialog ref={dialogRef} className="sf-dialog sf-share" aria-labelledby="sf-share-title" onClose={onClose} onCancel={onClose}>
      <header className="sf-dialog__header">
        <h2 id="sf-share-title">{t('team.shareTitle')}</h2>
        <button type="button" className="sf-button" onClick={() => dialogRef.current?.close()}>
          {t('team.close')}
        </button>
      </header>
      {state.kind === 'sharing' ? <p role="status">{t('team.sharing')}</p> : null}
      {state.kind === 'viewer' ? <p>{t('team.viewerNoLinks')}</p> : null}
      {state.kind === 'failed' ? (
        <p role="alert">{state.error.code === 'unreachable' ? t('team.shareUnreachable') : t('team.shareRefused', { status: state.error.status })}</p>
      ) : null}
      {state.kind === 'links' ? (
        <>
          <p className="sf-share__intro">{t('team.shareIntro')}</p>
          <LinkField label={t('team.editLink')} value={state.edit} />
          <LinkField label={t('team.viewLink')} value={state.view} />
          {state.ownerSecret !== null ? (
            <>
              <LinkField label={t('team.ownerKey')} value={state.ownerSecret} />
              <p className="sf-share__note">{t('team.ownerKeyNote')}</p>
            </>
          ) : null}
          {ownerSecret !== null ? (
            <footer className="sf-share__owner">
              <p className="sf-share__note">{t('team.newLinksNote')}</p>
              <button type="button" className="sf-button" disabled={busy} onClick={renew}>
                {t('team.newLinks')}
              </button>
              <button type="button" className="sf-button sf-button--danger" disabled={busy} onClick={() => setConfirmingStop(true)}>
                {t('team.stopSharing')}
              </button>
            </footer>
          ) : null}
          {problem !== null ? (
            <p role="alert">{problem.code === 'unreachable' ? t('team.ownerUnreachable') : t('team.ownerRefused', { status: problem.status })}</p>
          ) : null}
        </>
      ) : null}
      {state.kind === 'stopped' ? <p role="status">{t('team.stopped')}</p> : null}
      {confirmingStop ? (
        <ConfirmDialog
          message={t('team.stopSharingConfirm')}
          confirmLabel={t('team.stopSharing')}
          cancelLabel={t('team.keepSharing')}
          onConfirm={stop}
          onCancel={() => setConfirmingStop(false)}
          initialFocus="cancel"
        />
      ) : null}
    </dialog>
  );
}
