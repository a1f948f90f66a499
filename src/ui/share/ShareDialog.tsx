import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { rememberShared, sharedEntry } from '../../sync/sharedRegistry';
import { shareDocument, type ShareError } from '../../sync/teamServer';
import { usePopoverFocus } from '../usePopoverFocus';

type DialogState = { kind: 'sharing' } | { kind: 'links'; edit: string; view: string } | { kind: 'viewer' } | { kind: 'failed'; error: ShareError };

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
      setState({ kind: 'links', ...known.links });
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
      const { name, editToken, edit, view } = result.value;
      rememberShared(document.id, { name, token: editToken, role: 'edit', links: { edit, view } });
      setState({ kind: 'links', edit, view });
    });
    return () => {
      live = false;
    };
  }, [store]);

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
        </>
      ) : null}
    </dialog>
  );
}
