import { useCallback } from 'react';
import { renderThumbnailSvg } from '../io/svg/thumbnail';
import { createId } from '../lib/ids';
import { createDocument } from '../model/document';
import type { Repair } from '../model/repairs';
import type { SalesDocument } from '../model/types';
import { rememberImportRepairs } from './openingNotices';
import { useT } from '../i18n/I18nProvider';
import { LibraryScreen } from '../ui/library/LibraryScreen';
import type { Theme } from '../ui/theme';
import { useStorage } from './StorageProvider';

import { goToDocument } from './useHashRoute';

const THUMBNAIL = { width: 320, height: 200 };

export function LibraryRoute({ theme, onToggleTheme }: { theme: Theme; onToggleTheme: () => void }) {
  const t = useT();
  const { repository, templates, memory, status, persistence } = useStorage();

  const create = useCallback(
    async (document: SalesDocument, repairs: Repair[] = []) => {
      // A new or imported document is a new record: never overwrite one the user already has.
      const fresh = { ...document, id: createId('doc') };
      rememberImportRepairs(fresh.id, repairs);
      if (repository) {
        const saved = await repository.save(fresh, renderThumbnailSvg(fresh, THUMBNAIL));
        if (!saved.ok) memory.set(fresh.id, fresh);
      } else {
        memory.set(fresh.id, fresh);
      }
      goToDocument(fresh.id);
    },
    [repository, memory],
  );

  const storageMessage =
    status === 'unavailable' ? t('library.storageUnavailable') : status === 'blocked' ? t('library.storageBlocked') : null;

  return (
    <LibraryScreen
      repository={repository}
      storageMessage={storageMessage}
      storageNote={persistence === 'persisted' ? t('library.persistent') : persistence === 'best-effort' ? t('library.bestEffort') : null}
      theme={theme}
      onToggleTheme={onToggleTheme}
      onCreate={(document, repairs) => void create(document, repairs)}
      onOpen={goToDocument}
      newDocument={() => createDocument({ id: createId('doc'), title: t('library.untitled'), now: Date.now() })}
      templates={templates}
    />
  );
}
