// The team server as a person runs it (`node dist-server/main.js` after a build), for specs that
// start instances of their own, serving the app the Playwright build made, and the people who use
// it: each a browser context of their own under the page's CSP, with console errors and CSP
// violations collected.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';

const ROOT = process.cwd();

/** `server/main.ts` bundled into `outDir` (its own folder: another spec may build at the same time). */
export function buildServer(outDir: string): void {
  const built = spawnSync('npx', ['vite', 'build', '-c', 'server/vite.config.ts', '--outDir', outDir], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server did not build: ${built.stderr}`);
}

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

/** One instance on `port`, ready when this resolves; `environment` adds to (or overrides) ours. */
export async function startServer(outDir: string, port: number, environment: Record<string, string>): Promise<RunningServer> {
  const server: ChildProcess = spawn(process.execPath, [join(outDir, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', APP_DIR: join(ROOT, 'dist'), ...environment },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${origin}/readyz`).catch(() => null))?.status ?? 0, { timeout: 10_000 }).toBe(200);
  return {
    origin,
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
    },
  };
}

export async function personAt(browser: Browser, origin: string, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block', reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    localStorage.setItem('salesflow:test-hooks', '1');
    localStorage.setItem('salesflow:language', 'en');
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return page;
}

export function sharedStatus(page: Page) {
  return page.locator('[data-shared-status]');
}

/** Shares the open flowchart through the editor's `Share`: its edit link. */
export async function shareOpenFlowchart(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Share this flowchart' }).getByRole('textbox', { name: 'Edit link' });
  await expect(edit).toHaveValue(/#\/join\//);
  const link = await edit.inputValue();
  await page.keyboard.press('Escape');
  return link;
}

/** Screenshots side by side in one picture, to look at several people's screens at once. */
export async function sideBySide(browser: Browser, shots: Buffer[], path: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1940, height: 740 } });
  const images = shots.map((shot) => `<img src="data:image/png;base64,${shot.toString('base64')}" style="width:960px;margin:10px 5px">`).join('');
  await page.setContent(`<body style="margin:0;background:#334155;display:flex">${images}</body>`);
  await page.screenshot({ path });
  await page.close();
}
