import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { editorHash } from '../lib/documentAddress';
import { yjsToDoc } from '../sync/binding/yjsToDoc';
import { rememberShared } from '../sync/sharedRegistry';
import { collaborationUrl, openSharedSession } from '../sync/sharedSession';
import { roleOfToken } from '../sync/teamServer';
import { useStorage } from './StorageProvider';
import { goToLibrary } from './useHashRoute';

/**
 * A shared document's link: the document is read from the team server, added to this browser's
 * library as shared (its local copy), and opened in the editor, which then stays in sync.
 */
export function JoinRoute({ document: name, token }: { document: string; token: string }) {
  const t = useT();
  const { repository, memory } = useStorage();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const session = openSharedSession({ url: collaborationUrl(window.location), name, token });
    let live = true;
    void session.ready.then(async (ready) => {
      const read = ready ? yjsToDoc(session.ydoc) : null;
      if (!live) return;
      if (read === null || !read.ok) {
        setRefused(true);
        return;
      }
      const { document } = read.value;
      // The local copy is the server's state: the editor opens it, then the link keeps it current.
      const saved = repository ? await repository.save(document) : null;
      if (saved !== null && !saved.ok) memory.set(document.id, document);
      // A flowchart left before went to the trash (src/sync/leaveShared.ts): its link brings it back.
      const untrashed = repository && saved?.ok ? await repository.restoreFromTrash(document.id) : null;
      if (untrashed !== null && !untrashed.ok) memory.set(document.id, document);
      if (repository === null) memory.set(document.id, document);
      if (!live) return;
      rememberShared(document.id, { name, token, role: roleOfToken(token) });
      // Replacing the address: Back leads to the library, not to this link again.
      window.location.replace(editorHash(document.id));
    });
    return () => {
      live = false;
      session.destroy();
    };
  }, [name, token, repository, memory]);

  if (!refused) return <p className="sf-route-message" role="status">{t('team.joining')}</p>;
  return (
    <div className="sf-route-message" role="alert">
      <p>{t('team.joinRefused')}</p>
      <button type="button" className="sf-button" onClick={goToLibrary}>
        {t('toolbar.backToLibrary')}
      </button>
    </div>
  );
}
