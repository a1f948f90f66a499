import type { LayoutError } from '../layout/runLayout';
import type { LayoutOptions } from '../layout/options';

export { SPACINGS, type Spacing } from '../layout/options';
import { err, type Result } from '../lib/result';
import type { SalesDocument } from '../model/types';
import type { EditorContext, Notice } from './context';

/** Why a layout was refused, for callers above the layout (the import's message). */
export type { LayoutError };

/** Runs ELK off the main thread; the app builds it (and tests may slow it down on purpose). */
export interface LayoutService {
  layout: (document: SalesDocument, options: LayoutOptions, signal: AbortSignal) => Promise<Result<SalesDocument, LayoutError>>;
}

function noticeFor(error: LayoutError): Notice {
  switch (error.code) {
    case 'too-large':
      return { key: 'notice.layoutTooLarge', params: { limit: error.limit, nodes: error.nodes }, tone: 'error' };
    case 'timeout':
      return { key: 'notice.layoutTimeout', params: { seconds: Math.round(error.ms / 100) / 10 }, tone: 'error' };
    case 'cancelled':
      return { key: 'notice.layoutCancelled', tone: 'info' };
    case 'invalid-graph':
    case 'engine-failed':
      return { key: 'notice.layoutFailed', tone: 'error' };
  }
}

/**
 * One auto layout as one undo step, after a history snapshot. The document is untouched on any
 * error, on Cancel, and when the user changed it while the layout ran (the result would undo
 * their edit).
 */
export async function runAutoLayout(context: EditorContext, options: LayoutOptions): Promise<void> {
  if (context.activity() !== null || !context.canEdit()) return;
  const controller = new AbortController();
  const before = context.document();
  context.setActivity({ kind: 'layout', cancel: () => controller.abort() });
  let result: Result<SalesDocument, LayoutError>;
  try {
    result = await context.layoutService.layout(before, options, controller.signal);
  } catch (error) {
    // The service answers its own failures as values; one that throws anyway is the engine's.
    result = err({ code: 'engine-failed', detail: String(error) });
  } finally {
    context.setActivity(null);
  }
  if (!result.ok) {
    if (result.error.code === 'engine-failed') console.warn('ELK failed:', result.error.detail);
    context.notify(noticeFor(result.error));
    return;
  }
  if (context.document() !== before) {
    context.notify({ key: 'notice.layoutStale', tone: 'info' });
    return;
  }
  // A layout that would move nothing is no step to undo and no reason for a History snapshot.
  if (!context.differsFromCurrent(result.value)) {
    context.notify({ key: 'notice.layoutUnchanged', tone: 'info' });
    return;
  }
  await context.snapshot('before-layout');
  const applied = await context.applyLayout(result.value);
  if (applied.ok) context.viewport()?.showDocument();
}
