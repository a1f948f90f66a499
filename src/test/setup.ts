import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup. Pure tests run in
// Node without a DOM, where there is nothing to clean up.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
}
