import { readFileSync } from 'node:fs';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import { test, expect } from './fixtures';
import { openEditor } from './support/editor';

// Issue 18, "Small screens" and its screenshots: the editor at 1440×900, 1280×720 and 1024×768, light and
// dark, in both languages, with a template open. Nothing may push the page wider than the window,
// the toolbar's last button must stay on screen, and the canvas keeps most of the width.
// Screenshots go to test-results/screenshots/screen-*.png.

const template = parseTemplateFile(readFileSync(new URL('../templates/standard-sales-process.json', import.meta.url), 'utf8'));

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  for (const language of ['en', 'zh-CN'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test.describe(`${size.width}×${size.height}, ${language}, ${theme}`, () => {
        test.use({ viewport: size });

        test('the editor fits the window, its toolbar whole and the canvas most of the width', async ({ page }) => {
          if (!template.ok) throw new Error(template.error.code);
          const doc = resolveTemplate(template.value, language, { id: 'e2e-screen', now: Date.UTC(2026, 0, 1) });
          if (!doc.ok) throw new Error(doc.error.code);
          await openEditor(page, doc.value, language);
          if (theme === 'dark') await page.getByRole('button', { name: language === 'en' ? 'Dark theme' : '深色主题' }).click();
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
          const lastButton = page.getByRole('toolbar').getByRole('button').last();
          const last = (await lastButton.boundingBox())!;
          expect(last.x + last.width).toBeLessThanOrEqual(size.width);
          const canvas = (await page.locator('.react-flow').boundingBox())!;
          expect(canvas.width / size.width).toBeGreaterThanOrEqual(0.6);
          await page.screenshot({ path: `test-results/screenshots/screen-${size.width}-${language}-${theme}.png` });
        });
      });
    }
  }
}
