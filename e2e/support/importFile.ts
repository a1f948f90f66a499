import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { SalesDocument } from '../../src/model/types';
import { currentDocument } from './editor';

/** The file chooser's name, in the library and the editor alike. */
export const IMPORT_CHOOSER: Record<'en' | 'zh-CN', string> = {
  en: 'Choose a file to import: a Salesflow document, a Mermaid chart, a draw.io diagram or a table (.csv, .xlsx)',
  'zh-CN': '选择要导入的文件：Salesflow 文档、Mermaid 图、draw.io 图表或表格（.csv、.xlsx）',
};

export interface FileToChoose {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Chooses the file with Import's chooser, as a person picks it in the dialog. */
export async function chooseImportFile(page: Page, file: FileToChoose, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.getByLabel(IMPORT_CHOOSER[language]).setInputFiles(file);
}

export const labelsOf = (document: SalesDocument): string[] => document.nodes.map((node) => node.label).sort();

/** Waits for the save, reloads, and reads the document the editor opened again. */
export async function reloadSaved(page: Page): Promise<SalesDocument> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved|已保存/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  return currentDocument(page);
}

/**
 * Writes the bytes into the test's output folder and answers the path, for `setInputFiles`. A buffer
 * travels to the browser as base64 through the DevTools protocol: 25 MB took 10 to 34 s here, a
 * path about 60 ms. Chromium names and types the file by its name (`.json` is application/json),
 * as it would a buffer given that name and type.
 */
export function fileOnDisk(name: string, bytes: Buffer): string {
  const path = test.info().outputPath(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}
