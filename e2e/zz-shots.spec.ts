import { test, expect } from './fixtures';

const DIR = 'screenshots-drawing';

for (const [width, height] of [[1440, 900], [1024, 768]] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const language of ['en', 'zh-CN'] as const) {
      test(`shots ${width} ${theme} ${language}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.addInitScript(([lang, th]) => {
          if (sessionStorage.getItem('seeded')) return;
          localStorage.setItem('salesflow:language', lang);
          localStorage.setItem('salesflow:theme', th);
          sessionStorage.setItem('seeded', '1');
        }, [language, theme] as const);
        await page.goto('/');
        const zh = language === 'zh-CN';
        await page.getByRole('button', { name: zh ? '使用模板' : 'Use template' }).first().click();
        await expect(page.locator('.react-flow__node').first()).toBeVisible();
        await page.waitForTimeout(400);
        const tag = `${width}-${theme}-${language}`;
        await page.screenshot({ path: `${DIR}/${tag}-1-opened.png` });
        await page.getByRole('button', { name: zh ? '形状' : 'Shapes' }).or(page.locator('.sf-palette__item').last()).first().focus();
        await page.locator('.sf-palette__item').last().focus();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${DIR}/${tag}-2-focus.png` });
        await page.getByRole('button', { name: zh ? '视图选项' : 'View options' }).click();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${DIR}/${tag}-3-view-options.png` });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: zh ? '收起形状栏' : 'Hide shapes' }).click();
        await page.getByRole('button', { name: zh ? '收起属性面板' : 'Hide inspector' }).click();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${DIR}/${tag}-4-collapsed.png` });
        await page.getByRole('button', { name: zh ? '展开形状栏' : 'Show shapes' }).click();
        await page.getByRole('button', { name: zh ? '展开属性面板' : 'Show inspector' }).click();
        await page.locator('.react-flow__node').first().click();
        await page.keyboard.press('c');
        await page.keyboard.type(zh ? '报' : 'Qu');
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${DIR}/${tag}-5-connect-to.png` });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: zh ? '文档标题' : 'Document title' }).click();
        await page.screenshot({ path: `${DIR}/${tag}-6-title.png`, clip: { x: 0, y: 0, width, height: 120 } });
        await page.keyboard.press('Escape');
      });
    }
  }
}
