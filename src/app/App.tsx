import { lazy, Suspense, useCallback, useState, useSyncExternalStore } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { useTheme } from '../ui/theme';
import { createLayoutService } from './layoutService';
import { StorageProvider, useStorage } from './StorageProvider';
import { useHashRoute } from './useHashRoute';
import { useEditorRoute } from './editorLoader';
import { LibraryRoute } from './LibraryRoute';
import { useTestHooks } from './testHooks';
import { ErrorBoundary } from '../ui/crash/ErrorBoundary';
import { AppCrash } from './AppCrash';
import { PresenterView } from '../ui/present/PresenterView';
import { UpdateToast } from '../ui/UpdateToast';
import { applyUpdate, subscribeToUpdate, updateWaiting } from './serviceWorker';

// A team link's page, with Yjs and the Hocuspocus provider: most people never open one.
const JoinRoute = lazy(() => import('./JoinRoute').then((module) => ({ default: module.JoinRoute })));

function Routes() {
  const { route, notice, refuse } = useHashRoute();
  const onMissing = useCallback(() => refuse('missing'), [refuse]);
  const { theme, toggleTheme } = useTheme();
  const [layoutService] = useState(createLayoutService);
  const { repository, memory, status } = useStorage();
  useTestHooks(repository, memory, status !== 'opening');
  const EditorRoute = useEditorRoute(route.name === 'editor');
  // The presenter's second window is a view of the presenting tab: it opens no document.
  if (route.name === 'presenter') return <PresenterView channel={route.channel} />;
  if (status === 'opening') return null;
  if (route.name === 'join') {
    return (
      <Suspense fallback={null}>
        <JoinRoute key={route.token} document={route.document} token={route.token} />
      </Suspense>
    );
  }
  if (route.name === 'editor') {
    // Nothing until the editor's code is here (editorLoader.ts), as while storage opens.
    if (EditorRoute === null) return null;
    return (
      <EditorRoute
        key={route.documentId}
        documentId={route.documentId}
        presentStep={route.presentStep}
        theme={theme}
        onToggleTheme={toggleTheme}
        layoutService={layoutService}
        onMissing={onMissing}
      />
    );
  }
  return <LibraryRoute theme={theme} onToggleTheme={toggleTheme} notice={notice} layoutService={layoutService} />;
}

export function App() {
  const update = useSyncExternalStore(subscribeToUpdate, updateWaiting);
  return (
    <I18nProvider>
      <ErrorBoundary fallback={(caught) => <AppCrash caught={caught} />}>
        <StorageProvider>
          <Routes />
        </StorageProvider>
      </ErrorBoundary>
      {update && <UpdateToast onReload={applyUpdate} />}
    </I18nProvider>
  );
}
