import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { serializeDocumentFile } from '../src/model/parse';
import { metaOf } from '../src/sync/binding/shape';
import { openSharedSession } from '../src/sync/sharedSession';
import { node, threeInARow } from './support/documents';
import { currentDocument, dragFromPalette, openEditor, viewportTransform } from './support/editor';
import { nodeByLabel, renameNode } from './support/byHand';
import { OFTEN } from './support/polling';

// The team server as a person runs it (`node dist-server/main.js` after a build), on a free port
// in 5431-5439 (or the nine from E2E_TEAM_PORT, so that checkouts side by side do not race for
// one) with its own data folder, serving the app the Playwright build made.

const SECRET = 'e2e-secret-of-at-least-thirty-two-characters';
const ROOT = process.cwd();
const OUT_DIR = join(ROOT, 'test-results', `team-server-${process.pid}`);
let dataDir = '';
let server: ChildProcess | null = null;
let origin = '';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const FIRST_PORT = Number(process.env.E2E_TEAM_PORT ?? 5431);

async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port < FIRST_PORT + 9; port += 1) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${FIRST_PORT}-${FIRST_PORT + 8}`);
}

test.describe.configure({ mode: 'serial' });

let port = 0;

async function startServer(): Promise<void> {
  server = spawn(process.execPath, [join(OUT_DIR, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SALESFLOW_SECRET: SECRET, APP_DIR: join(ROOT, 'dist') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  origin = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${origin}/readyz`).catch(() => null))?.status ?? 0, { ...OFTEN, timeout: 10_000 }).toBe(200);
}

async function stopServer(signal: NodeJS.Signals): Promise<void> {
  if (!server) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill(signal);
  await exited;
  server = null;
}

test.beforeAll(async () => {
  const built = spawnSync('npx', ['vite', 'build', '-c', 'server/vite.config.ts', '--outDir', OUT_DIR], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server did not build: ${built.stderr}`);
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-team-e2e-'));
  port = await freePort();
  await startServer();
});

test.afterAll(async () => {
  await stopServer('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(OUT_DIR, { recursive: true, force: true });
});

// Each person is a browser context of their own, under the page's CSP, with console errors and
// CSP violations collected as e2e/fixtures.ts does for the default page.
const problems: string[] = [];
test.afterEach(() => {
  expect(problems.splice(0), 'console errors and CSP violations').toEqual([]);
});

async function newPage(browser: Browser, language: 'en' | 'zh-CN' = 'en', serviceWorkers: 'block' | 'allow' = 'block'): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers, reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript((lang) => {
    localStorage.setItem('salesflow:test-hooks', '1');
    localStorage.setItem('salesflow:language', lang);
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  }, language);
  return page;
}

/** Two screenshots in one picture, to look at two people's screens at once. */
async function sideBySide(browser: Browser, shots: Buffer[], path: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1940, height: 740 } });
  const images = shots.map((shot) => `<img src="data:image/png;base64,${shot.toString('base64')}" style="width:960px;margin:10px 5px">`).join('');
  await page.setContent(`<body style="margin:0;background:#334155;display:flex">${images}</body>`);
  await page.screenshot({ path });
  await page.close();
}

function sharedStatus(page: Page) {
  return page.locator('[data-shared-status]');
}

async function shareFromEditor(page: Page, language: 'en' | 'zh-CN'): Promise<{ edit: string; view: string }> {
  await page.getByRole('button', { name: language === 'en' ? 'Share' : '共享', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: language === 'en' ? 'Share this flowchart' : '共享此流程图' });
  const edit = dialog.getByRole('textbox', { name: language === 'en' ? 'Edit link' : '编辑链接' });
  await expect(edit).toHaveValue(/#\/join\//);
  const view = dialog.getByRole('textbox', { name: language === 'en' ? 'View link' : '查看链接' });
  // The owner key, shown this once.
  await expect(dialog.getByRole('textbox', { name: language === 'en' ? 'Owner key' : '所有者密钥' })).toHaveValue(/^[A-Za-z0-9_-]{43}$/);
  return { edit: await edit.inputValue(), view: await view.inputValue() };
}

test('two people edit one shared flowchart live and see each other; a view link changes nothing; undo takes back only one\'s own edits; a link opens only its own document; new links and stop sharing', async ({ browser }) => {
  const owner = await newPage(browser);
  await openEditor(owner, threeInARow());
  const links = await shareFromEditor(owner, 'en');
  await owner.screenshot({ path: 'test-results/team-share-dialog-en.png' });
  await owner.keyboard.press('Escape');
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server');

  const teammate = await newPage(browser);
  await teammate.goto(links.edit);
  await expect(teammate.locator('.react-flow__node')).toHaveCount(4);
  await expect(sharedStatus(teammate)).toHaveText('Saved on the team server');

  // A stage added by the owner shows up for the teammate, and a label the teammate types shows up
  // for the owner.
  await dragFromPalette(owner, 'Stage', { x: 500, y: 420 });
  await expect(teammate.locator('.react-flow__node')).toHaveCount(5, { timeout: 5000 });
  const [first] = threeInARow().nodes;
  await renameNode(teammate, nodeByLabel(teammate, first!.label), 'Qualified lead');
  await expect(nodeByLabel(owner, 'Qualified lead')).toBeVisible({ timeout: 5000 });
  await expect(sharedStatus(teammate)).toHaveText('Saved on the team server', { timeout: 5000 });
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });

  // Presence: each sees the other in the top bar, their pointer with their name, and what they
  // selected, in their colour; a chosen name reaches the other; one follows the other's pointer.
  const people = (page: Page) => page.getByRole('group', { name: 'People in this flowchart' }).getByRole('button');
  await expect(people(owner)).toHaveCount(2, { timeout: 5000 });
  await expect(people(teammate)).toHaveCount(2);
  // Each in a colour of their own, the same on both screens.
  const colours = (page: Page) => people(page).evaluateAll((avatars) => avatars.map((avatar) => getComputedStyle(avatar).backgroundColor));
  // Two people who joined at once may take one colour for a moment: the later one moves on.
  await expect.poll(async () => new Set(await colours(owner)).size, { ...OFTEN, timeout: 5000 }).toBe(2);
  const ownerSees = await colours(owner);
  await expect.poll(() => colours(teammate), { ...OFTEN, timeout: 5000 }).toEqual([...ownerSees].reverse());
  await people(owner).first().click();
  const nameField = owner.getByRole('textbox', { name: 'Your name, as the others see it' });
  await nameField.fill('Olivia');
  await nameField.press('Enter');
  await expect(teammate.getByRole('button', { name: 'Follow Olivia' })).toBeVisible({ timeout: 5000 });
  await expect(owner.getByRole('button', { name: 'Olivia (you)' })).toBeVisible();
  const bravo = await nodeByLabel(teammate, 'Bravo').boundingBox();
  await teammate.mouse.move(bravo!.x + bravo!.width / 2, bravo!.y + bravo!.height + 40);
  await expect(owner.locator('.sf-peer-cursor .sf-peer-tag')).toHaveText(/^Guest \d+$/, { timeout: 5000 });
  await nodeByLabel(teammate, 'Bravo').click();
  await expect(owner.locator('.sf-peer-selection[data-node="b"]')).toBeVisible({ timeout: 5000 });
  const ownerCursorOnTeammate = teammate.locator('.sf-peer-cursor');
  const before = await viewportTransform(teammate);
  await teammate.getByRole('button', { name: 'Follow Olivia' }).click();
  const charlie = await nodeByLabel(owner, 'Charlie').boundingBox();
  await owner.mouse.move(charlie!.x + charlie!.width, charlie!.y + charlie!.height + 120, { steps: 4 });
  // The teammate's view moved so that Olivia's pointer is in its middle.
  await expect.poll(async () => {
    const pointer = await ownerCursorOnTeammate.boundingBox();
    const canvas = await teammate.locator('.react-flow').boundingBox();
    return pointer && canvas ? Math.hypot(pointer.x - (canvas.x + canvas.width / 2), pointer.y - (canvas.y + canvas.height / 2)) : Infinity;
  }, { ...OFTEN, timeout: 5000 }).toBeLessThan(4);
  expect(await viewportTransform(teammate)).not.toEqual(before);
  await teammate.getByRole('button', { name: 'Stop following Olivia' }).click();

  await owner.setViewportSize({ width: 960, height: 720 });
  await teammate.setViewportSize({ width: 960, height: 720 });
  await sideBySide(browser, [await owner.screenshot(), await teammate.screenshot()], 'test-results/team-two-people-en.png');

  // A view link: read-only in the UI.
  const viewer = await newPage(browser);
  await viewer.goto(links.view);
  await expect.poll(async () => (await currentDocument(viewer).catch(() => null))?.nodes.length, OFTEN).toBe(5);
  await expect(viewer.getByText('View only: this link shows the flowchart')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Stage', exact: true })).toBeDisabled();
  await expect(nodeByLabel(viewer, 'Qualified lead')).toBeVisible();

  // A client made to send updates with the view token: the server refuses them.
  const name = decodeURIComponent(links.view.split('#/join/')[1]!.split('/')[0]!);
  const viewToken = decodeURIComponent(links.view.split('/').at(-1)!);
  const forced = openSharedSession({ url: `${origin.replace('http', 'ws')}/collab`, name, token: viewToken, WebSocketPolyfill: WebSocket });
  expect(await forced.ready).toBe(true);
  metaOf(forced.ydoc).set('title', 'Defaced');
  forced.ydoc.getMap('nodes').clear();
  await owner.waitForTimeout(800);
  forced.destroy();
  await expect(owner.getByText('Defaced')).toHaveCount(0);
  expect((await currentDocument(owner)).nodes).toHaveLength(5);
  expect((await currentDocument(owner)).title).toBe(threeInARow().title);
  // The server's copy, read with the edit token by a fresh client, is unchanged.
  const editToken = decodeURIComponent(links.edit.split('/').at(-1)!);
  const check = openSharedSession({ url: `${origin.replace('http', 'ws')}/collab`, name, token: editToken, WebSocketPolyfill: WebSocket });
  expect(await check.ready).toBe(true);
  expect(metaOf(check.ydoc).get('title')).toBe(threeInARow().title);
  expect(check.ydoc.getMap('nodes').size).toBe(5);
  check.destroy();

  // Undo takes back only one's own edits: the owner renames the second stage, the teammate renames
  // it again; the owner's first undo leaves the teammate's label, the second removes the stage the
  // owner added, for both.
  const second = threeInARow().nodes[1]!;
  await renameNode(owner, nodeByLabel(owner, second.label), 'Owner named it');
  await expect(nodeByLabel(teammate, 'Owner named it')).toBeVisible({ timeout: 5000 });
  await renameNode(teammate, nodeByLabel(teammate, 'Owner named it'), 'Teammate named it');
  await expect(nodeByLabel(owner, 'Teammate named it')).toBeVisible({ timeout: 5000 });
  await owner.keyboard.press('Control+z');
  await owner.keyboard.press('Control+z');
  // Counted in the documents: the narrowed windows draw only the shapes in view.
  await expect.poll(async () => (await currentDocument(teammate)).nodes.length, { ...OFTEN, timeout: 5000 }).toBe(4);
  expect((await currentDocument(owner)).nodes).toHaveLength(4);
  for (const person of [owner, teammate]) {
    expect((await currentDocument(person)).nodes.map((shape) => shape.label)).toEqual(['Qualified lead', 'Teammate named it', 'Charlie', 'Far away']);
  }

  // Document A's edit token on document B: refused.
  const other = { ...threeInARow(), id: 'other-doc', title: 'Other', nodes: [node('solo', 'stage', 'Solo', 0, 0)], edges: [] };
  const response = await fetch(`${origin}/api/documents`, { method: 'POST', body: serializeDocumentFile(other) });
  const { document: otherName } = (await response.json()) as { document: string };
  await viewer.goto(`${origin}/#/join/${otherName}/${encodeURIComponent(editToken)}`);
  await expect(viewer.getByRole('alert')).toContainText('This link does not open a flowchart');

  // New links, by the sharer: the teammate's old link is cut off, a new one opens, the sharer
  // carries on with the new one.
  await owner.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = owner.getByRole('dialog', { name: 'Share this flowchart' });
  await expect(dialog.getByRole('textbox', { name: 'Owner key' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'New links' }).click();
  const renewedEdit = dialog.getByRole('textbox', { name: 'Edit link' });
  await expect(renewedEdit).not.toHaveValue(links.edit);
  const newEdit = await renewedEdit.inputValue();
  await expect(sharedStatus(teammate)).toHaveText('Access revoked', { timeout: 5000 });
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });
  // The teammate's library says so too.
  await teammate.goto('/');
  await expect(teammate.getByRole('article', { name: threeInARow().title }).locator('.sf-card__badge')).toHaveText('Shared · access revoked');
  await teammate.screenshot({ path: 'test-results/team-library-revoked-en.png' });
  await viewer.goto(newEdit);
  await expect.poll(async () => (await currentDocument(viewer).catch(() => null))?.nodes.length, { ...OFTEN, timeout: 5000 }).toBe(4);
  const stranger = await newPage(browser);
  await stranger.goto(links.edit);
  await expect(stranger.getByRole('alert')).toContainText('This link does not open a flowchart');

  // Stop sharing: asked first; then no link opens it and the sharer's copy is a local flowchart again.
  await dialog.getByRole('button', { name: 'Stop sharing' }).click();
  await owner.getByRole('dialog', { name: 'Stop sharing this flowchart?' }).getByRole('button', { name: 'Stop sharing' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Sharing stopped. The flowchart stays in this browser; its links no longer open it.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(sharedStatus(owner)).toHaveCount(0);
  await expect(sharedStatus(viewer)).toHaveText('Access revoked', { timeout: 5000 });
  await stranger.goto(newEdit);
  await stranger.reload();
  await expect(stranger.getByRole('alert')).toContainText('This link does not open a flowchart');
  expect((await currentDocument(owner)).nodes).toHaveLength(4);
});

test('the share dialog and a shared flowchart in Chinese', async ({ browser }) => {
  const owner = await newPage(browser, 'zh-CN');
  await openEditor(owner, { ...threeInARow(), id: 'zh-doc' }, 'zh-CN');
  const links = await shareFromEditor(owner, 'zh-CN');
  await owner.screenshot({ path: 'test-results/team-share-dialog-zh.png' });
  await owner.keyboard.press('Escape');
  const viewer = await newPage(browser, 'zh-CN');
  await viewer.goto(links.view);
  await expect(viewer.getByText('仅查看')).toBeVisible();
  await expect(sharedStatus(viewer)).toHaveText('已保存到团队服务器');
  await viewer.screenshot({ path: 'test-results/team-viewer-zh.png' });
  // The link added the flowchart to this browser's library, marked as shared.
  await viewer.getByRole('button', { name: '返回文档库' }).click();
  const card = viewer.getByRole('article', { name: 'Test flowchart' });
  await expect(card.getByText('已共享')).toBeVisible();
  await viewer.screenshot({ path: 'test-results/team-library-zh.png' });
});

test('a server killed with SIGKILL loses nothing a browser was told was saved, and later edits sync after its restart', async ({ browser }) => {
  const owner = await newPage(browser);
  await openEditor(owner, { ...threeInARow(), id: 'kill-doc' });
  const links = await shareFromEditor(owner, 'en');
  await owner.keyboard.press('Escape');
  await renameNode(owner, nodeByLabel(owner, 'Bravo'), 'Saved before the kill');
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });

  await stopServer('SIGKILL');
  await expect(sharedStatus(owner)).toHaveText('Offline — changes will sync', { timeout: 5000 });
  await renameNode(owner, nodeByLabel(owner, 'Charlie'), 'Typed while offline');
  await startServer();
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 10_000 });

  const teammate = await newPage(browser);
  await teammate.goto(links.edit);
  await expect(nodeByLabel(teammate, 'Saved before the kill')).toBeVisible();
  await expect(nodeByLabel(teammate, 'Typed while offline')).toBeVisible();
  // The provider's reconnection attempts while the server was down are logged by the browser;
  // anything else still fails the test.
  const unexpected = problems.filter((problem) => !/^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/collab' failed/.test(problem));
  problems.splice(0, problems.length, ...unexpected);
});

test('edits made while the server is unreachable survive a reload and sync when it returns', async ({ browser }) => {
  // The app itself comes from the service worker's cache while the server is down, as after any
  // earlier visit.
  const owner = await newPage(browser, 'en', 'allow');
  await openEditor(owner, { ...threeInARow(), id: 'offline-doc' });
  await owner.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const links = await shareFromEditor(owner, 'en');
  await owner.keyboard.press('Escape');
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });

  await stopServer('SIGKILL');
  await expect(sharedStatus(owner)).toHaveText('Offline — changes will sync', { timeout: 5000 });
  await renameNode(owner, nodeByLabel(owner, 'Bravo'), 'Typed offline');

  // A reload with the server still down opens the local copy, edits and all.
  await owner.reload();
  await expect(sharedStatus(owner)).toHaveText('Offline — changes will sync', { timeout: 10_000 });
  await expect(nodeByLabel(owner, 'Typed offline')).toBeVisible();
  await renameNode(owner, nodeByLabel(owner, 'Charlie'), 'Typed after the reload');

  await startServer();
  // The provider's next attempt comes after its back-off (up to 30 s once it has failed a while).
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 40_000 });
  const teammate = await newPage(browser);
  await teammate.goto(links.edit);
  await expect(nodeByLabel(teammate, 'Typed offline')).toBeVisible();
  await expect(nodeByLabel(teammate, 'Typed after the reload')).toBeVisible();
  expect((await currentDocument(owner)).nodes.map((shape) => shape.label)).toEqual(['Alpha', 'Typed offline', 'Typed after the reload', 'Far away']);
  // The failed connections while the server was down are logged by the browser; anything else
  // still fails the test.
  const unexpected = problems.filter((problem) => !/^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/collab' failed/.test(problem) && !/^Failed to load resource: net::ERR_CONNECTION_REFUSED/.test(problem));
  problems.splice(0, problems.length, ...unexpected);
});

test('the History of a shared flowchart lists the team server\'s versions; restoring one is a change everyone sees, undone by its author alone; a view link only previews', async ({ browser }) => {
  const owner = await newPage(browser);
  await openEditor(owner, { ...threeInARow(), id: 'history-doc' });
  const links = await shareFromEditor(owner, 'en');
  await owner.keyboard.press('Escape');
  const teammate = await newPage(browser);
  await teammate.goto(links.edit);
  await expect(teammate.locator('.react-flow__node')).toHaveCount(4);

  const [first, second] = threeInARow().nodes;
  await renameNode(owner, nodeByLabel(owner, first!.label), 'Renamed by the owner');
  await renameNode(teammate, nodeByLabel(teammate, second!.label), 'Renamed by the teammate');
  await expect(nodeByLabel(teammate, 'Renamed by the owner')).toBeVisible({ timeout: 5000 });
  await expect(nodeByLabel(owner, 'Renamed by the teammate')).toBeVisible({ timeout: 5000 });
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });

  // The server kept the flowchart as it was shared; the owner restores it.
  await owner.getByRole('button', { name: 'History' }).click();
  const history = owner.getByRole('complementary', { name: 'History' });
  await expect(history.getByText('Versions kept on the team server, for everyone with a link.', { exact: false })).toBeVisible();
  await history.getByRole('button', { name: /When it was shared · 4 nodes/ }).click();
  await expect(history.getByRole('img', { name: 'Preview of this version' })).toBeVisible();
  await owner.screenshot({ path: 'test-results/team-history-en.png' });
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toHaveCount(0);

  const asShared = threeInARow().nodes.map((shape) => shape.label);
  const labels = async (page: Page) => (await currentDocument(page)).nodes.map((shape) => shape.label);
  await expect.poll(() => labels(teammate), { ...OFTEN, timeout: 5000 }).toEqual(asShared);
  expect(await labels(owner)).toEqual(asShared);
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });

  // The server kept the version the restore replaced, for everyone to go back to.
  await teammate.getByRole('button', { name: 'History' }).click();
  const teammateHistory = teammate.getByRole('complementary', { name: 'History' });
  await expect(teammateHistory.getByRole('button', { name: /Before a restore/ })).toHaveCount(1);
  await teammateHistory.getByRole('button', { name: 'Close history' }).click();

  // Undo in the owner's browser takes back the restore, for both: one step, the owner's own.
  await owner.keyboard.press('Control+z');
  const beforeRestore = asShared.map((label, index) => (index === 0 ? 'Renamed by the owner' : index === 1 ? 'Renamed by the teammate' : label));
  await expect.poll(() => labels(teammate), { ...OFTEN, timeout: 5000 }).toEqual(beforeRestore);
  expect(await labels(owner)).toEqual(beforeRestore);

  // A view link lists and previews the versions, and cannot restore one.
  const viewer = await newPage(browser, 'zh-CN');
  await viewer.goto(links.view);
  await expect(viewer.getByText('仅查看')).toBeVisible();
  await viewer.getByRole('button', { name: '历史版本' }).click();
  const viewerHistory = viewer.getByRole('complementary', { name: '历史版本' });
  await viewerHistory.getByRole('button', { name: /共享时/ }).click();
  await expect(viewerHistory.getByRole('img', { name: '此版本的预览' })).toBeVisible();
  await expect(viewerHistory.getByRole('button', { name: '恢复此版本' })).toBeDisabled();
  await viewer.screenshot({ path: 'test-results/team-history-viewer-zh.png' });
});

test('deleting a shared flowchart\'s card leaves it: asked first in the user\'s language, gone after a reload, still on the server for the others', async ({ browser }) => {
  const owner = await newPage(browser);
  await openEditor(owner, { ...threeInARow(), id: 'leave-doc', title: 'Left behind' });
  const links = await shareFromEditor(owner, 'en');
  await owner.keyboard.press('Escape');
  const teammate = await newPage(browser, 'zh-CN');
  await teammate.goto(links.edit);
  await expect(teammate.locator('.react-flow__node')).toHaveCount(4);
  await expect(sharedStatus(teammate)).toHaveText('已保存到团队服务器');

  // Its Yjs copy, kept for edits made offline.
  const copyName = `salesflow-shared:${decodeURIComponent(links.edit.split('#/join/')[1]!.split('/')[0]!)}`;
  const copies = () => teammate.evaluate(() => indexedDB.databases().then((databases) => databases.map((database) => database.name)));
  await expect.poll(copies, OFTEN).toContain(copyName);

  await teammate.getByRole('button', { name: '返回文档库' }).click();
  const card = teammate.getByRole('article', { name: 'Left behind' });
  await card.getByRole('button', { name: '“Left behind”的操作' }).click();
  await teammate.getByRole('menuitem', { name: '删除' }).click();
  const ask = teammate.getByRole('dialog', { name: /退出共享的流程图“Left behind”？/ });
  await expect(ask).toContainText('流程图仍保留在团队服务器上供其他人使用');
  // Only the owner may stop sharing on the way out.
  await expect(ask.getByRole('checkbox')).toHaveCount(0);
  await teammate.screenshot({ path: 'test-results/team-leave-zh.png' });
  await ask.getByRole('button', { name: '退出' }).click();
  await expect(teammate.getByRole('status').filter({ hasText: '你已退出“Left behind”' })).toBeVisible();
  await expect(card).toHaveCount(0);

  await teammate.reload();
  await expect(teammate.getByRole('button', { name: '新建流程图' })).toBeVisible();
  await expect(teammate.getByRole('article', { name: 'Left behind' })).toHaveCount(0);
  expect(await teammate.evaluate(() => localStorage.getItem('salesflow.shared'))).toBe('{}');
  await expect.poll(copies, OFTEN).not.toContain(copyName);

  // The owner keeps editing the flowchart, which the server still serves to anyone with its link.
  await renameNode(owner, nodeByLabel(owner, 'Alpha'), 'Still shared');
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });
  const newcomer = await newPage(browser);
  await newcomer.goto(links.edit);
  await expect(nodeByLabel(newcomer, 'Still shared')).toBeVisible();

  // The owner's own card offers to stop sharing as well.
  await owner.getByRole('button', { name: 'Back to library' }).click();
  await owner.getByRole('article', { name: 'Left behind' }).getByRole('button', { name: 'Actions for Left behind' }).click();
  await owner.getByRole('menuitem', { name: 'Delete' }).click();
  const ownerAsk = owner.getByRole('dialog', { name: /Leave the shared flowchart “Left behind”\?/ });
  await expect(ownerAsk.getByRole('checkbox', { name: 'Also stop sharing it: its links stop working for everyone' })).not.toBeChecked();
  await owner.screenshot({ path: 'test-results/team-leave-owner-en.png' });
  await ownerAsk.getByRole('button', { name: 'Cancel' }).click();
  await expect(owner.getByRole('article', { name: 'Left behind' })).toBeVisible();
});

test('a backup carries a shared flowchart with its link and offline copy; restored in another browser, it is shared again and syncs', async ({ browser }) => {
  const owner = await newPage(browser);
  await openEditor(owner, { ...threeInARow(), id: 'backup-doc', title: 'Backed up' });
  const links = await shareFromEditor(owner, 'en');
  await owner.keyboard.press('Escape');
  const name = decodeURIComponent(links.edit.split('#/join/')[1]!.split('/')[0]!);
  const teammate = await newPage(browser);
  await teammate.goto(links.edit);
  await expect(sharedStatus(teammate)).toHaveText('Saved on the team server');

  await teammate.getByRole('button', { name: 'Back to library' }).click();
  const downloaded = teammate.waitForEvent('download');
  await teammate.getByRole('button', { name: 'Back up all' }).click();
  const text = readFileSync(await (await downloaded).path(), 'utf8');
  const backup = JSON.parse(text) as { documents: unknown[]; shared: { documentId: string; entry: Record<string, unknown>; localCopy?: string }[] };
  expect(backup.documents).toHaveLength(1);
  expect(backup.shared).toEqual([{ documentId: 'backup-doc', entry: { name, token: decodeURIComponent(links.edit.split('/').at(-1)!), role: 'edit' }, localCopy: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) }]);
  await expect(teammate.getByRole('status').filter({ hasText: 'Backup downloaded.' })).toContainText('It also holds the link of 1 shared flowchart');

  // The flowchart moves on after the backup.
  await renameNode(owner, nodeByLabel(owner, 'Alpha'), 'After the backup');
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });

  // Another browser, in Chinese: the restore joins it again, and opening it syncs.
  const elsewhere = await newPage(browser, 'zh-CN');
  await elsewhere.goto('/');
  await elsewhere.getByLabel('从备份恢复', { exact: true }).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(elsewhere.getByRole('status').filter({ hasText: '已恢复 1 个流程图' })).toContainText('已重新加入 1 个共享流程图：打开时会与团队服务器同步。');
  await elsewhere.screenshot({ path: 'test-results/team-backup-restored-zh.png' });
  const card = elsewhere.getByRole('article', { name: 'Backed up' });
  await expect(card.getByText('已共享')).toBeVisible();
  await card.getByRole('button', { name: '打开: Backed up' }).click();
  await expect(sharedStatus(elsewhere)).toHaveText('已保存到团队服务器', { timeout: 5000 });
  await expect(nodeByLabel(elsewhere, 'After the backup')).toBeVisible({ timeout: 5000 });
});
