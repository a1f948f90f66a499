import { useState } from 'react';
import { CrashScreen } from '../ui/crash/CrashScreen';
import type { CaughtError } from '../ui/crash/ErrorBoundary';
import { activeEditor } from './activeEditor';

/**
 * The whole app's fallback. It takes the open document when it first renders: that is still the
 * render phase, before the broken editor unmounts and lets go of its store.
 */
export function AppCrash({ caught }: { caught: CaughtError }) {
  const [document] = useState(() => activeEditor()?.getState().document ?? null);
  return <CrashScreen caught={caught} message="crash.app" currentDocument={() => document} />;
}
