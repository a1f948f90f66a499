// When the editor's code (React Flow, the inspector, the analysis: a chunk of its own, so the start
// screen stays within its JavaScript budget) is loaded. A document's own address (a reload, a link)
// starts loading it at once, while storage opens, rather than once the route is drawn; the start
// screen loads it once it has loaded itself and the page is idle, before a document is opened.
//
// Not React.lazy: React suspends on the import even when it has already settled, and React 19 then
// holds the reveal of the Suspense boundary up to 300 ms after its fallback (a cold load of a
// document's address waited that long). The route draws nothing until the code is here, then the
// editor, as the storage provider does while the database opens.

import { useEffect, useState } from 'react';
import { parseRoute } from './useHashRoute';

type EditorRouteModule = typeof import('./EditorRoute');
export type EditorRouteComponent = EditorRouteModule['EditorRoute'];

let loaded: EditorRouteModule | null = null;
let loading: Promise<EditorRouteModule> | null = null;

function loadEditorRoute(): Promise<EditorRouteModule> {
  loading ??= import('./EditorRoute').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      // A failed load (offline, with nothing cached) may succeed on the next try.
      loading = null;
      throw error;
    },
  );
  return loading;
}

if (parseRoute(window.location.hash)?.name === 'editor') void loadEditorRoute().catch(() => undefined);

/** Loads the editor in the background, once the page has loaded and is idle. */
export function preloadEditor(): void {
  if (loaded !== null) return;
  const load = () => void loadEditorRoute().catch(() => undefined);
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(load) : setTimeout(load, 0));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/**
 * The editor's route component once its code is loaded (null until then), loading it when
 * `wanted`; a load that fails is thrown while rendering, for the app's error boundary, as
 * React.lazy did.
 */
export function useEditorRoute(wanted: boolean): EditorRouteComponent | null {
  const [module, setModule] = useState<EditorRouteModule | null>(loaded);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (module !== null || !wanted) return;
    let live = true;
    loadEditorRoute().then(
      (fresh) => live && setModule(fresh),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [module, wanted]);
  if (failure !== null) throw failure.error;
  return module?.EditorRoute ?? null;
}
