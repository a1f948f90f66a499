import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../scripts/chromium.mjs';
import { test, expect } from './fixtures';
import { currentDocument, dragFromPalette } from './support/editor';
import { renderPngWithRsvg } from './support/rsvg';

// Issue 22, installable and offline. The service worker needs servers of this spec's own: two
// builds (two versions) served in turn on one port by `vite preview` child processes, so that the
// server itself can be stopped (Playwright's offline mode does not stop service-worker requests,
// playwright issue 2311) and a new version can be served at the same origin.

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const VITE = join(process.cwd(), 'node_modules/vite/bin/vite.js');
const SCREENSHOTS = 'test-results/screenshots';
// The first version is the build Playwright's web server made (dist/, package.json's version);
// the second is built here with another version, so that every file that carries it differs.
const FIRST_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const SECOND_VERSION = `${FIRST_VERSION}-offline-update`;

let workspace = '';
let port = 0;
let server: ChildProcess | undefined;

const origin = () => `http://127.0.0.1:${port}`;
const buildFolder = (version: string) => (version === FIRST_VERSION ? join(process.cwd(), 'dist') : join(workspace, version));

async function build(version: string): Promise<void> {
  await promisify(execFile)(process.execPath, [VITE, 'build', '--outDir', buildFolder(version), '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, SALESFLOW_VERSION: version },
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function answers(): Promise<boolean> {
  try {
    return (await fetch(origin())).ok;
  } catch {
    return false;
  }
}

async function serve(version: string): Promise<void> {
  server = spawn(process.execPath, [VITE, 'preview', '--outDir', buildFolder(version), '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  await expect.poll(answers, { timeout: 20_000 }).toBe(true);
}

async function stopServer(): Promise<void> {
  const running = server;
  server = undefined;
  if (running === undefined || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
}

/** What the built service worker precaches, as paths from the build folder. */
function precachedPaths(version: string): string[] {
  const worker = readFileSync(join(buildFolder(version), 'sw.js'), 'utf8');
  return [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
}

function builtFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

async function controlledBy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const version = (page: Page) => page.evaluate(() => document.documentElement.dataset.version);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  workspace = mkdtempSync(join(tmpdir(), 'salesflow-offline-'));
  port = await freePort();
  await build(SECOND_VERSION);
  await serve(FIRST_VERSION);
});

test.afterAll(async () => {
  await stopServer();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

test('every file of the build is precached, the lazy chunks and the PDF font included', () => {
  const folder = buildFolder(FIRST_VERSION);
  // The service worker's own script and Workbox's runtime are what installs the cache, not its content.
  const expected = builtFiles(folder).filter((path) => path !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(path));
  const precached = precachedPaths(FIRST_VERSION);
  expect(precached.toSorted()).toEqual(expected.toSorted());
  // The files over Workbox's default 2 MB limit, named, so that a lost entry says which.
  expect(precached).toEqual(expect.arrayContaining([
    expect.stringMatching(/^assets\/elk-worker\.min-[\w-]+\.js$/),
    expect.stringMatching(/^assets\/NotoSansCJKsc-Regular-subset-[\w-]+\.otf$/),
    expect.stringMatching(/^assets\/handoutWorker-[\w-]+\.js$/),
    'index.html',
    'manifest.webmanifest',
    'icons/icon-512.png',
  ]));
});

test('Chromium finds the app installable', async () => {
  // Playwright's ordinary contexts are incognito, where Chromium refuses to install anything
  // (`in-incognito`): a browser profile of its own is what a person's browser has.
  const profile = join(workspace, 'profile');
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH_OPTIONS, serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(origin());
    await controlledBy(page);
    const session = await context.newCDPSession(page);
    const manifest = await session.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('after one visit the app works with its server stopped, and offers a new version when one is served', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.addInitScript(() => {
    if (sessionStorage.getItem('salesflow:seeded')) return;
    localStorage.setItem('salesflow:language', 'en');
    localStorage.setItem('salesflow:theme', 'light');
    sessionStorage.setItem('salesflow:seeded', '1');
  });

  // One visit, online: a document from a template, stored in the library.
  await page.goto(origin());
  await controlledBy(page);
  expect(await version(page)).toBe(FIRST_VERSION);
  await page.getByRole('article', { name: 'Standard sales process' }).getByRole('button', { name: 'Use template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();

  await test.step('the server stops: the library and a stored document open', async () => {
    await stopServer();
    expect(await answers()).toBe(false);
    await page.reload();
    await page.getByRole('button', { name: 'Open: Standard sales process' }).click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect((await currentDocument(page)).nodes.length).toBeGreaterThan(8);
    // Every precached file answers from the cache: the lazy chunks and workers a later click needs.
    const failed = await page.evaluate(async (paths) => {
      const answers = await Promise.all(paths.map(async (path) => ((await fetch(`/${path}`)).ok ? null : path)));
      return answers.filter((path) => path !== null);
    }, precachedPaths(FIRST_VERSION));
    expect(failed).toEqual([]);
  });

  await test.step('still with no server: a new document is drawn, saved and exported as SVG', async () => {
    await page.getByRole('button', { name: 'Back to library' }).click();
    await page.getByRole('button', { name: 'New flowchart' }).click();
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    await dragFromPalette(page, 'Decision', { x: 400, y: 300 });
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.reload();
    await expect(page.locator('.react-flow__node .sf-node--decision')).toHaveCount(1);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    const svg = readFileSync(await (await download).path(), 'utf8');
    expect(svg).toContain('<svg');
    expect(renderPngWithRsvg(svg).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to library' }).click();
  });

  await test.step('a new version is served: the page offers it and takes it only on Reload', async () => {
    await serve(SECOND_VERSION);
    await page.reload();
    const toast = page.getByRole('status').filter({ hasText: 'A new version is available — Reload to update' });
    await expect(toast).toBeVisible({ timeout: 30_000 });
    // Until the user answers, the running version stays, whatever the server now has.
    expect(await version(page)).toBe(FIRST_VERSION);
    await expect(page.getByRole('article', { name: 'Untitled flowchart' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/offline-update-en.png` });
    await page.getByRole('button', { name: 'Language: 中文' }).click();
    const toastZh = page.getByRole('status').filter({ hasText: '有新版本可用 — 重新加载即可更新' });
    await expect(toastZh).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/offline-update-zh-CN.png` });
    await toastZh.getByRole('button', { name: '重新加载' }).click();
    // A locator assertion, not an evaluate: it keeps waiting across the reload.
    await expect(page.locator('html')).toHaveAttribute('data-version', SECOND_VERSION, { timeout: 20_000 });
    await expect(page.getByRole('article', { name: 'Untitled flowchart' })).toBeVisible();
    await expect(toastZh).toBeHidden();
  });
});
