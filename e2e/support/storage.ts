import type { Page } from '@playwright/test';

/**
 * Writes a document's two rows straight into IndexedDB, behind Dexie's back, the way a damaged
 * disk, an extension or a build with other limits could leave them. Reload the page afterwards:
 * Dexie's live queries do not see writes they did not make.
 */
export async function writeRawRows(page: Page, meta: Record<string, unknown>, body: { id: string; file: unknown }): Promise<void> {
  await page.evaluate(
    ([metaRow, bodyRow]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('salesflow');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['meta', 'bodies'], 'readwrite');
          transaction.objectStore('meta').put(metaRow);
          transaction.objectStore('bodies').put(bodyRow);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
    [meta, body] as const,
  );
}
