import type { LayoutService } from '../commands/autoLayout';
import { applyElkResultInWorker } from '../layout/applyInWorker';
import { delayedEngine } from '../layout/delayedEngine';
import { createElkWorkerEngine } from '../layout/elkWorkerEngine';
import type { LayoutEngine } from '../layout/layoutEngine';
import { DEFAULT_TIMEOUT_MS, layoutDocument } from '../layout/runLayout';
import { testSetting } from './testSettings';

/**
 * ELK in a worker, created on the first layout, and its answer written back in another. End-to-end tests can make it slow or give it a
 * tiny time limit (test-only settings), to exercise progress, Cancel and the timeout for real.
 */
export function createLayoutService(): LayoutService {
  let engine: LayoutEngine | null = null;
  return {
    layout: (document, options, signal) => {
      const delay = testSetting('layout-delay-ms');
      engine ??= delay === null ? createElkWorkerEngine() : delayedEngine(createElkWorkerEngine(), delay);
      return layoutDocument(document, options, engine, {
        signal,
        timeoutMs: testSetting('layout-timeout-ms') ?? DEFAULT_TIMEOUT_MS,
        apply: applyElkResultInWorker,
      });
    },
  };
}
