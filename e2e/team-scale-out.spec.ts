import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startTestServices, type TestServices } from '../server/testServices';
import { threeInARow } from './support/documents';
import { dragFromPalette, openEditor } from './support/editor';
import { nodeByLabel, renameNode } from './support/byHand';
import { buildServer, personAt, sharedStatus, shareOpenFlowchart, sideBySide, startServer, type RunningServer } from './support/teamServer';

// README "Several instances": two instances of the team server on one PostgreSQL and one Redis
// (started here, on free ports under /tmp), a person on each.

const OUT_DIR = join(process.cwd(), 'test-results', `team-scale-out-${process.pid}`);
const SECRET = 'scale-out-e2e-secret-of-thirty-two-characters';
let services: TestServices;
const instances: RunningServer[] = [];
let dataDir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  buildServer(OUT_DIR);
  services = await startTestServices();
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-scale-out-e2e-'));
  for (const name of ['a', 'b']) {
    const environment = { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl, SALESFLOW_SECRET: SECRET, DATA_DIR: join(dataDir, name) };
    instances.push(await startServer(OUT_DIR, await freePort(), environment));
  }
});

test.afterAll(async () => {
  for (const instance of instances) await instance.stop();
  await services?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(OUT_DIR, { recursive: true, force: true });
});

const problems: string[] = [];
test.afterEach(() => {
  expect(problems.splice(0), 'console errors and CSP violations').toEqual([]);
});

test('a person on each of two instances sees the other\'s edits and presence, and both are saved', async ({ browser }) => {
  const [a, b] = instances as [RunningServer, RunningServer];
  const owner = await personAt(browser, a.origin, problems);
  await openEditor(owner, threeInARow());
  const link = await shareOpenFlowchart(owner);
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server');

  // The link names instance A; the teammate opens it through instance B.
  const teammate = await personAt(browser, b.origin, problems);
  await teammate.goto(link.replace(a.origin, b.origin));
  await expect(teammate.locator('.react-flow__node')).toHaveCount(4);

  await dragFromPalette(owner, 'Stage', { x: 500, y: 420 });
  await expect(teammate.locator('.react-flow__node')).toHaveCount(5, { timeout: 5000 });
  await renameNode(teammate, nodeByLabel(teammate, 'Alpha'), 'Qualified on B');
  await expect(nodeByLabel(owner, 'Qualified on B')).toBeVisible({ timeout: 5000 });
  const people = (page: typeof owner) => page.getByRole('group', { name: 'People in this flowchart' }).getByRole('button');
  await expect(people(owner)).toHaveCount(2, { timeout: 5000 });
  await expect(people(teammate)).toHaveCount(2, { timeout: 5000 });
  await expect(sharedStatus(owner)).toHaveText('Saved on the team server', { timeout: 5000 });
  await expect(sharedStatus(teammate)).toHaveText('Saved on the team server', { timeout: 5000 });

  await owner.setViewportSize({ width: 960, height: 720 });
  await teammate.setViewportSize({ width: 960, height: 720 });
  await sideBySide(browser, [await owner.screenshot(), await teammate.screenshot()], 'test-results/team-scale-out-two-instances.png');
});
