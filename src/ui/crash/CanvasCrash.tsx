import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { CrashScreen } from './CrashScreen';
import type { CaughtError } from './ErrorBoundary';

/** The canvas's fallback: the toolbar, inspector and store live on, so the copy is read when asked for. */
export function CanvasCrash({ caught }: { caught: CaughtError }) {
  const store = useEditorStoreApi();
  return <CrashScreen caught={caught} message="crash.canvas" currentDocument={() => store.getState().document} />;
}
