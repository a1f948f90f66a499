import { APP_VERSION } from '../lib/appVersion';
import { exportPngBlob } from '../io/export/exportPng';
import type { EditorContext } from './context';

/**
 * Copies the diagram (or the selected part of it) to the clipboard as a 2× PNG on white. The
 * clipboard is asked at once with the image to come, as the export dialog does: Chromium lets a
 * page write it only for a few seconds after the key press, and a large export takes longer.
 */
export async function copyAsPng(context: EditorContext): Promise<void> {
  const rendering = exportPngBlob(context.document(), {
    selection: context.selection().nodeIds,
    scale: 2,
    background: 'white',
    padding: 24,
    unassignedLabel: context.unassignedLaneLabel(),
    appVersion: APP_VERSION,
  });
  const png = rendering.then((result) => (result.ok ? result.value.blob : Promise.reject(new Error(result.error.code))));
  // Why it failed is read from `rendering` below; this copy of the outcome only aborts the write.
  png.catch(() => undefined);
  try {
    await context.writeClipboardImage(png);
    context.notify({ key: 'notice.copiedPng', tone: 'info' });
  } catch {
    const result = await rendering;
    context.notify(result.ok ? { key: 'notice.clipboardUnavailable', tone: 'error' } : { key: 'notice.pngFailed', tone: 'error' });
  }
}
