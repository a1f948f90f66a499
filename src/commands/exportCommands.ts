import { APP_VERSION } from '../lib/appVersion';
import { exportPngBlob } from '../io/export/exportPng';
import type { EditorContext } from './context';

/** Copies the diagram (or the selected part of it) to the clipboard as a 2× PNG on white. */
export async function copyAsPng(context: EditorContext): Promise<void> {
  const result = await exportPngBlob(context.document(), {
    selection: context.selection().nodeIds,
    scale: 2,
    background: 'white',
    padding: 24,
    unassignedLabel: context.unassignedLaneLabel(),
    appVersion: APP_VERSION,
  });
  if (!result.ok) {
    context.notify({ key: 'notice.pngFailed', tone: 'error' });
    return;
  }
  try {
    await context.writeClipboardImage(result.value.blob);
    context.notify({ key: 'notice.copiedPng', tone: 'info' });
  } catch {
    context.notify({ key: 'notice.clipboardUnavailable', tone: 'error' });
  }
}
