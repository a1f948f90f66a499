import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { IMPORT_CHOOSER } from './support/importFile';
import { test, expect } from './fixtures';
import { buildXlsx, type FixtureCell } from '../src/io/tables/xlsxFixture';
import { currentDocument, nodeElement, openLibrary } from './support/editor';
import { OFTEN } from './support/polling';

// Actuals (issue 19), driven as a person does: a deal export dropped on a template, its stages
// mapped, the measured chips and bottleneck, a reload, the date filter, Apply actuals and Undo.
// The deals are generated here, deterministically, with rates far from the template's, so the
// figures the chips must show are known from the generator: 80% of deals pass "Purchase intent?"
// (the model says 45%) and 70% of quotations are lost (the model says 30%).
// Screenshots (light theme, 1440×900) go to screenshots-actuals/, not committed.

const SHOTS = 'screenshots-actuals';
const UNDO_ZH = '撤销';

interface Stages {
  acquisition: string;
  invalid: string;
  communication: string;
  needs: string;
  quotation: string;
  lost: string;
  contract: string;
  afterSales: string;
  won: string;
}

const EN: Stages = {
  acquisition: 'Lead acquisition',
  invalid: 'Invalid lead',
  communication: 'Customer communication',
  needs: 'Needs analysis & solution design',
  quotation: 'Quotation & negotiation',
  lost: 'Lost deal',
  contract: 'Contract signing & execution',
  afterSales: 'After-sales service & retention',
  won: 'Won: loyal customer',
};

const ZH: Stages = {
  acquisition: '潜在客户获取',
  invalid: '无效线索',
  communication: '客户沟通',
  needs: '需求分析与方案设计',
  quotation: '报价与谈判',
  lost: '丢单',
  contract: '合同签订与执行',
  afterSales: '售后服务与客户维护',
  won: '赢单：长期客户',
};

const DEALS = 400;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

/**
 * The deals, each with the stages it entered and when. Deal i enters in week ⌊i / 20⌋ (20 weeks
 * in all); every fifth deal is an invalid lead (80% pass), and of the 320 that reach a quotation,
 * 7 in 10 are lost. Days in each stage come from a fixed linear congruential sequence.
 */
function dealHistories(stages: Stages): { id: string; entered: [stage: string, date: string][] }[] {
  // Park–Miller: every product stays below 2^53, so the sequence is exact in any JavaScript.
  let seed = 12345;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const deals: { id: string; entered: [string, string][] }[] = [];
  let quotations = 0;
  for (let deal = 0; deal < DEALS; deal += 1) {
    let day = FIRST_DAY + (Math.floor(deal / 20) * 7 + (deal % 5)) * DAY;
    const entered: [string, string][] = [];
    deals.push({ id: `D-${1000 + deal}`, entered });
    const enter = (stage: string) => {
      entered.push([stage, new Date(day).toISOString().slice(0, 10)]);
      day += (1 + Math.floor(next() * 6)) * DAY;
    };
    enter(stages.acquisition);
    if (deal % 5 === 0) {
      enter(stages.invalid);
      continue;
    }
    enter(stages.communication);
    enter(stages.needs);
    enter(stages.quotation);
    quotations += 1;
    if (quotations % 10 < 7) {
      enter(stages.lost);
      continue;
    }
    enter(stages.contract);
    enter(stages.afterSales);
    enter(stages.won);
  }
  return deals;
}

/** One row per stage change, as Salesforce's Opportunity History is exported. */
function eventLog(stages: Stages, header: string): string {
  const rows = [header, ...dealHistories(stages).flatMap(({ id, entered }) => entered.map(([stage, date]) => `${id},${stage},${date}`))];
  return `${rows.join('\r\n')}\r\n`;
}

/** One row per deal with a date-entered column per stage, as HubSpot exports deals. */
function wideExport(stages: Stages): string {
  const order = Object.values(stages);
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = ['Record ID', ...order.map((stage) => quoted(`Date entered "${stage} (Sales Pipeline)"`))].join(',');
  const rows = dealHistories(stages).map(({ id, entered }) => {
    const dates = new Map(entered);
    return [id, ...order.map((stage) => dates.get(stage) ?? '')].join(',');
  });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

/** One row per deal: where it is now, when it was created and, once it left the pipeline, closed. */
function snapshotExport(stages: Stages): string {
  const closing = new Set([stages.invalid, stages.lost, stages.won]);
  const rows = dealHistories(stages).map(({ id, entered }) => {
    const [stage, last] = entered[entered.length - 1]!;
    return [id, stage, entered[0]![1], closing.has(stage) ? last : ''].join(',');
  });
  return `${['Deal ID,Deal stage,Create date,Close date', ...rows].join('\r\n')}\r\n`;
}

async function useStandardTemplate(page: Page, language: 'en' | 'zh-CN') {
  await openLibrary(page, language);
  const en = language === 'en';
  await page.getByRole('article', { name: en ? 'Standard sales process' : '标准销售流程', exact: true }).getByRole('button', { name: en ? 'Use template' : '使用模板' }).click();
  await page.getByRole('button', { name: en ? 'Fit view' : '适应视图' }).click();
}

/** Drops the bytes on the window as a file, as the operating system does. */
async function drop(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], fileName, { type: '' }));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    [name, [...bytes]] as const,
  );
}

/** Near enough to read the chips of the middle of the process, for the screenshots. */
async function closeUp(page: Page, zoomIn: string) {
  for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: zoomIn, exact: true }).first().click();
  await page.waitForTimeout(300);
}

function chip(page: Page, text: string) {
  return page.getByTestId('actual-rate-chip').filter({ hasText: text });
}

function rateOf(doc: Awaited<ReturnType<typeof currentDocument>>, edgeId: string) {
  return doc.edges.find((edge) => edge.id === edgeId)?.conversionRate;
}

test('a deal export dropped on a template is mapped, measured on its edges, kept after a reload, filtered by date, applied and undone', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await useStandardTemplate(page, 'en');
  // The model's own bottleneck: "Purchase intent?" lets only 45% through.
  await expect(nodeElement(page, 'Purchase intent?').locator('.sf-bottleneck')).toBeVisible();
  await drop(page, 'opportunity-history.csv', Buffer.from(eventLog(EN, 'Deal ID,Stage,Entered at')));

  const dialog = page.getByRole('dialog', { name: 'Import deal data' });
  await expect(dialog.getByRole('radio', { name: 'Event log: one row per stage change' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Deal ID' })).toHaveValue('0');
  await dialog.getByRole('button', { name: 'Next' }).click();

  // Every stage name matches a node label; nothing could not be read.
  await expect(dialog.getByText('1,952 rows, 400 deals, 9 stage names in “opportunity-history.csv”.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Step for “Invalid lead”' })).toHaveValue('no-intent');
  await expect(dialog.getByRole('combobox', { name: 'Step for “Won: loyal customer”' })).toHaveValue('won');
  await expect(dialog.getByText('Every stage is mapped to a step or ignored.')).toBeVisible();
  await expect(dialog.getByText(/never keeps rows, deal names, accounts or people/)).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/mapping-en.png` });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();

  // Actuals is shown: measured beside the model, and the bottleneck moves to where deals are lost.
  const banner = page.getByRole('region', { name: 'Actuals' });
  await expect(chip(page, '80% · model 45%')).toBeVisible();
  await expect(chip(page, '70% · model 30%')).toBeVisible();
  await expect(chip(page, '80% · model 45%').locator('title')).toHaveText(/^Measured 80% \(320 of 400 moves out of the stage\); 90% interval 7\d% to 8\d%\. The model says 45%\.$/);
  await expect(banner.getByRole('status')).toHaveText('Bottleneck from actuals: Terms agreed?');
  await expect(nodeElement(page, 'Terms agreed?').locator('.sf-bottleneck')).toBeVisible();
  await expect(nodeElement(page, 'Purchase intent?').locator('.sf-bottleneck')).toHaveCount(0);
  await closeUp(page, 'Zoom in');
  await page.screenshot({ path: `${SHOTS}/template-with-actuals-en.png` });

  // Aggregates only: no deal id and no row reached the document.
  const saved = await currentDocument(page);
  expect(saved.dealData?.source).toEqual({ name: 'opportunity-history.csv', shape: 'event-log' });
  expect(JSON.stringify(saved)).not.toContain('D-10');
  expect(saved.dealData?.aggregates.stages.length).toBeGreaterThan(0);

  // After a reload the process shows, and Actuals is measured again from what was kept.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Scenarios: Current' }).click();
  await page.getByRole('radio', { name: /^Actuals/ }).check();
  await page.keyboard.press('Escape');
  await expect(chip(page, '80% · model 45%')).toBeVisible();
  await expect(banner.getByRole('status')).toHaveText('Bottleneck from actuals: Terms agreed?');

  // The last 30 days: the same share of far fewer deals (every fifth is still invalid), so some
  // stages are too few to trust; back to all data.
  await banner.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Last 30 days' });
  await expect(banner.getByRole('status')).toContainText('Too few deals to trust (under 30)');
  await expect(chip(page, '80% · model 45%').locator('title')).toHaveText(/\((\d\d) of (\d\d) moves/);
  // Marks on the steps are drawn once near enough to read them (a reload opens on the start).
  await page.getByRole('button', { name: 'Fit view' }).click();
  await closeUp(page, 'Zoom in');
  await expect(nodeElement(page, 'Contract signing & execution').getByRole('note', { name: /^Too few deals to trust: \d+ entered this step/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/last-30-days-en.png` });
  await banner.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'All data' });
  await expect(chip(page, '80% · model 45%').locator('title')).toHaveText(/\(320 of 400 moves/);

  // Apply actuals: the measured rates become the process's, in one step that Undo takes back.
  expect(rateOf(await currentDocument(page), 'intent--communication')).toBe(0.45);
  await banner.getByRole('button', { name: 'Apply actuals to the process' }).click();
  await expect.poll(async () => rateOf(await currentDocument(page), 'intent--communication'), OFTEN).toBe(0.8);
  const applied = await currentDocument(page);
  expect(rateOf(applied, 'agreed--lost')).toBe(0.7);
  expect(applied.nodes.find((node) => node.id === 'leads')?.volume).toBeGreaterThan(0);
  await expect(chip(page, '80% · model 80%')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => rateOf(await currentDocument(page), 'intent--communication'), OFTEN).toBe(0.45);
  expect(rateOf(await currentDocument(page), 'agreed--lost')).toBe(0.3);
  await expect(chip(page, '80% · model 45%')).toBeVisible();
});

test('a GBK deal export with Chinese stage names maps onto the Chinese template', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await useStandardTemplate(page, 'zh-CN');
  // As Chinese Excel saves "CSV": GB18030 (GBK) bytes, no byte order mark.
  await drop(page, '商机阶段记录.csv', iconv.encode(eventLog(ZH, '商机编号,阶段,进入日期'), 'gbk'));

  const dialog = page.getByRole('dialog', { name: '导入商机数据' });
  await expect(dialog.getByRole('radio', { name: '事件日志：每次阶段变更一行' })).toBeChecked();
  await dialog.screenshot({ path: `${SHOTS}/file-step-zh.png` });
  await dialog.getByRole('button', { name: '下一步' }).click();
  await expect(dialog.getByRole('combobox', { name: '“客户沟通”对应的步骤' })).toHaveValue('communication');
  await expect(dialog.getByRole('combobox', { name: '“赢单：长期客户”对应的步骤' })).toHaveValue('won');
  await expect(dialog.getByText('每个阶段都已对应到步骤或被忽略。')).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/mapping-zh.png` });
  await dialog.getByRole('button', { name: '导入' }).click();

  await expect(chip(page, '80% · 模型 45%')).toBeVisible();
  await expect(page.getByRole('region', { name: '实际数据' }).getByRole('status')).toHaveText('按实际数据的瓶颈：达成一致？');
  await closeUp(page, '放大');
  await page.screenshot({ path: `${SHOTS}/template-with-actuals-zh.png` });
  const saved = await currentDocument(page);
  expect(saved.dealData?.mapping.find((entry) => entry.stage === '报价与谈判')?.nodeId).toBe('quotation');

  // The import is one undo step: then no deal data, and Actuals gives way to Current.
  await page.getByRole('button', { name: UNDO_ZH }).click();
  await expect.poll(async () => (await currentDocument(page)).dealData, OFTEN).toBeUndefined();
  await expect(page.getByRole('region', { name: '实际数据' })).toBeHidden();
  await expect(page.getByTestId('actual-rate-chip')).toHaveCount(0);
});

// Cancel leaves the template as it came, so the XLSX import that follows starts from it as on a
// new page: one editor for both.
test('unknown stages and unreadable dates are counted and named, Cancel leaves the document unchanged; then an XLSX export gives the same chips', async ({ page }) => {
  await test.step('unknown stages and unreadable dates are counted and named; Cancel at the mapping leaves the document unchanged', async () => {
    await useStandardTemplate(page, 'en');
    const before = await currentDocument(page);
    // Line 2 (under the header) holds a stage the process does not know, line 3 a date nobody can read.
    const extra = ['X-1,Spam check,2024-05-01', 'X-2,Lead acquisition,someday'].join('\r\n');
    await drop(page, 'deals.csv', Buffer.from(eventLog(EN, `Deal ID,Stage,Entered at\r\n${extra}`)));
    const dialog = page.getByRole('dialog', { name: 'Import deal data' });
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByText('1 stage matches no step and will be ignored unless you map it: Spam check.')).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Step for “Spam check”' })).toHaveValue('');
    await expect(dialog.getByRole('region', { name: 'What could not be read' })).toHaveText(/Row 3, column “Entered at”: “someday” is not a date Salesflow can read\./);
    // A stage mapped by hand to another step, then everything given up.
    await dialog.getByRole('combobox', { name: 'Step for “Lost deal”' }).selectOption({ label: 'Invalid lead' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect({ ...(await currentDocument(page)), updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
    await expect(page.getByRole('button', { name: 'Scenarios: Current' })).toBeVisible();
  });

  await test.step('an XLSX export with Excel dates, chosen with Import, gives the same chips', async () => {
    // The same deals as a workbook: dates as Excel serials formatted as dates (days since 1899-12-30).
    const lines = eventLog(EN, 'Deal ID,Stage,Entered at').trim().split('\r\n');
    const rows: FixtureCell[][] = lines.map((line, index) => {
      const [id, stage, date] = line.split(',') as [string, string, string];
      return index === 0 ? [id, stage, date] : [id, stage, { serial: Date.parse(`${date}T00:00:00Z`) / DAY + 25569 }];
    });
    await page.getByLabel(IMPORT_CHOOSER.en).setInputFiles({ name: 'pipeline.xlsx', mimeType: '', buffer: Buffer.from(buildXlsx(rows)) });
    const dialog = page.getByRole('dialog', { name: 'Import deal data' });
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByText('1,952 rows, 400 deals, 9 stage names in “pipeline.xlsx”.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(chip(page, '80% · model 45%')).toBeVisible();
    await expect(chip(page, '70% · model 30%')).toBeVisible();
  });
});

// The other two shapes of the file on the same deals: a HubSpot-style wide export measures the
// same moves as the event log; a snapshot has no moves, which the dialog says before anything is kept.
test('a wide export gives the event log\'s chips; a snapshot says what it cannot give and keeps deals per stage only', async ({ page }) => {
  await test.step('a wide export (a date-entered column per stage) is read by its columns and measured on the edges', async () => {
    await useStandardTemplate(page, 'en');
    await drop(page, 'hubspot-deals.csv', Buffer.from(wideExport(EN)));
    const dialog = page.getByRole('dialog', { name: 'Import deal data' });
    await expect(dialog.getByRole('radio', { name: 'Wide: one row per deal, a date column per stage' })).toBeChecked();
    await expect(dialog.getByText(`Stage date columns: ${Object.values(EN).join(', ')}`)).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Deal ID' })).toHaveValue('0');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByText('400 rows, 400 deals, 9 stage names in “hubspot-deals.csv”.')).toBeVisible();
    await expect(dialog.getByText('Every stage is mapped to a step or ignored.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();
    await expect(chip(page, '80% · model 45%')).toBeVisible();
    await expect(chip(page, '70% · model 30%')).toBeVisible();
    await expect(chip(page, '80% · model 45%').locator('title')).toHaveText(/\(320 of 400 moves out of the stage\)/);
    await expect(page.getByRole('region', { name: 'Actuals' }).getByRole('status')).toHaveText('Bottleneck from actuals: Terms agreed?');
    expect((await currentDocument(page)).dealData?.source).toEqual({ name: 'hubspot-deals.csv', shape: 'wide' });
  });

  await test.step('a snapshot (current stage, created and closed dates) keeps deals per stage, and no rate on any edge', async () => {
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('actual-rate-chip')).toHaveCount(0);
    await drop(page, 'deals-now.csv', Buffer.from(snapshotExport(EN)));
    const dialog = page.getByRole('dialog', { name: 'Import deal data' });
    await expect(dialog.getByRole('radio', { name: 'Snapshot: one row per deal, its current stage' })).toBeChecked();
    await expect(dialog.getByText(/^A snapshot gives deals per stage and the win rate, but no moves between stages and no time in stage/)).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Created' })).toHaveValue('2');
    await dialog.getByRole('button', { name: 'Next' }).click();
    // Deals now sit in three stages only: invalid, lost and won.
    await expect(dialog.getByText('400 rows, 400 deals, 3 stage names in “deals-now.csv”.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Actuals' })).toBeVisible();
    await expect(page.getByTestId('actual-rate-chip')).toHaveCount(0);
    const saved = await currentDocument(page);
    expect(saved.dealData?.source).toEqual({ name: 'deals-now.csv', shape: 'snapshot' });
    expect(saved.dealData?.aggregates.edges).toEqual([]);
    const entered = (nodeId: string) => saved.dealData?.aggregates.stages.filter((week) => week.nodeId === nodeId).reduce((sum, week) => sum + week.entered, 0);
    expect([entered('no-intent'), entered('lost'), entered('won')]).toEqual([80, 224, 96]);
    expect(saved.dealData?.aggregates.stages.filter((week) => week.nodeId === 'won').reduce((sum, week) => sum + week.won, 0)).toBe(96);
  });
});
