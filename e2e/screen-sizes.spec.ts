import { readFileSync } from 'node:fs';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import { test, expect } from './fixtures';
import { openEditor, settledView } from './support/editor';

// Issue 18, "Small screens" and its screenshots: the editor at 1440×900, 1280×720 and 1024×768, light and
// dark, in both languages, with a template open. Nothing may push the page wider than the window,
// the toolbar's last button must stay on screen, and the canvas keeps most of the width.
// Screenshots go to test-results/screenshots/screen-*.png.
// One page per language walks the sizes and themes: loading the editor is most of what a check costs.

const template = parseTemplateFile(readFileSync(new URL('../templates/standard-sales-process.json', import.meta.url), 'utf8'));

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

const WORDS = {
  en: { fit: 'Fit view', light: 'Light theme', dark: 'Dark theme' },
  'zh-CN': { fit: '适应视图', light: '浅色主题', dark: '深色主题' },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`the editor fits the window in ${language} at every size and theme, its toolbar whole and the canvas most of the width`, async ({ page }) => {
    if (!template.ok) throw new Error(template.error.code);
    const doc = resolveTemplate(template.value, language, { id: 'e2e-screen', now: Date.UTC(2026, 0, 1) });
    if (!doc.ok) throw new Error(doc.error.code);
    const words = WORDS[language];
    await page.setViewportSize(SIZES[0]!);
    await openEditor(page, doc.value, language);
    let current: 'light' | 'dark' = 'light';
    for (const size of SIZES) {
      // Light then dark on one size, dark then light on the next: one theme switch per screenshot.
      const themes = current === 'light' ? (['light', 'dark'] as const) : (['dark', 'light'] as const);
      for (const theme of themes) {
        await test.step(`${size.width}×${size.height}, ${theme}`, async () => {
          if (page.viewportSize()?.width !== size.width || page.viewportSize()?.height !== size.height) {
            await page.setViewportSize(size);
            // As opening the editor at this size does: the view fitted to the new window.
            await page.getByRole('button', { name: words.fit }).click();
            await settledView(page);
          }
          if (theme !== current) {
            await page.getByRole('button', { name: theme === 'dark' ? words.dark : words.light }).click();
            current = theme;
          }
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
          const lastButton = page.getByRole('toolbar').getByRole('button').last();
          const last = (await lastButton.boundingBox())!;
          expect(last.x + last.width).toBeLessThanOrEqual(size.width);
          const canvas = (await page.locator('.react-flow').boundingBox())!;
          expect(canvas.width / size.width).toBeGreaterThanOrEqual(0.6);
          await page.screenshot({ path: `test-results/screenshots/screen-${size.width}-${language}-${theme}.png` });
        });
      }
    }
  });
}
