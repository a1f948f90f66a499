import { useCallback, useEffect } from 'react';
import { createId } from '../lib/ids';
import { createDocument } from '../model/document';
import type { SalesDocument } from '../model/types';
import { rememberImportReport } from './openingNotices';
import type { ImportReport } from '../ui/import/importReport';
import type { LayoutService } from '../commands/autoLayout';
import { useT } from '../i18n/I18nProvider';
import { LibraryScreen } from '../ui/library/LibraryScreen';
import type { Theme } from '../ui/theme';
import { useStorage } from './StorageProvider';

import { goToDocument, type RouteNotice } from './useHashRoute';
import { drawThumbnailInWorker } from '../io/svg/thumbnailInWorker';
import { nextTurn } from '../lib/nextTurn';
import { preloadEditor } from './editorLoader';
import { firstScreenShown } from '../lib/firstScreen';

const NOTICE_KEY = { invalid: 'route.invalid', missing: 'route.missing' } as const;

interface LibraryRouteProps {
  theme: Theme;
  onToggleTheme: () => void;
  /** Why the library shows instead of the address's document. */
  notice: RouteNotice | null;
  /** Lays out what an import brings without positions (a Mermaid chart). */
  layoutService: LayoutService;
}

export function LibraryRoute({ theme, onToggleTheme, notice, layoutService }: LibraryRouteProps) {
  const t = useT();
  const { repository, templates, memory, status, persistence } = useStorage();
  // Opening the first document then starts at once (editorLoader.ts).
  useEffect(preloadEditor, []);
  useEffect(firstScreenShown, []);

  const create = useCallback(
    async (document: SalesDocument, report: ImportReport = { repairs: [], skipped: [] }) => {
      // A new or imported document is a new record: never overwrite one the user already has.
      const fresh = { ...document, id: createId('doc') };
      rememberImportReport(fresh.id, report);
      if (repository) {
        // An import reaches here at the end of its reading's task: handing a large diagram to the
        // thumbnail's worker (a copy of the whole document) is left to a task of its own.
        await nextTurn();
        // A picture that cannot be drawn is left out: the editor's next save tries again.
        const saved = await repository.save(fresh, (await drawThumbnailInWorker(fresh)) ?? undefined);
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
    <>
      {notice ? (
        <p className="sf-route-notice" role="alert">
          {t(NOTICE_KEY[notice])}
        </p>
      ) : null}
      <LibraryScreen
        repository={repository}
        storageMessage={storageMessage}
        storageNote={persistence === 'persisted' ? t('library.persistent') : persistence === 'best-effort' ? t('library.bestEffort') : null}
        theme={theme}
        onToggleTheme={onToggleTheme}
        onCreate={(document, report) => void create(document, report)}
        layoutService={layoutService}
        onOpen={goToDocument}
        newDocument={() => createDocument({ id: createId('doc'), title: t('library.untitled'), now: Date.now() })}
        templates={templates}
      />
    </>
  );
}
