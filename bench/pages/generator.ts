// Runs the model's seeded generator in the browser, where Vite has compiled it, and hands the
// document file text to the benchmark. The benchmark opens that same text in the app and in the
// bare page, so both draw exactly the same diagram. The same document also leaves through our
// draw.io and Mermaid exporters, for the import figures (issue 20).
import { exportDrawio } from '../../src/io/drawio/exportDrawio';
import { buildXlsx, type FixtureCell } from '../../src/io/tables/xlsxFixture';
import { exportMermaid } from '../../src/io/mermaid/exportMermaid';
import { generateDocument } from '../../src/model/generate';
import { serializeDocumentFile } from '../../src/model/parse';
import { walkthroughNodeIds } from '../../src/model/walkthrough/steps';

type Format = 'salesflow' | 'drawio' | 'mermaid';

/**
 * `xlsx: false` skips the workbook (empty); `wide` adds the amount and lost reason columns a CRM
 * export carries, about 63 bytes a row, as the file at the size cap is.
 */
interface DealLogOptions {
  xlsx?: boolean;
  wide?: boolean;
}

declare global {
  interface Window {
    benchGenerate?: (nodes: number, seed: number, lanes: boolean | number, format?: Format, edges?: number) => string;
    benchDealLog?: (rows: number, options?: DealLogOptions) => { csv: string; xlsxBase64: string; rows: number; deals: number };
    benchWithSteps?: (steps: number, seed: number) => { text: string; nodes: number; steps: number };
  }
}

window.benchGenerate = (nodes, seed, lanes, format = 'salesflow', edges) => {
  const document = generateDocument({ nodes, seed, lanes, ...(edges === undefined ? {} : { edges }) });
  if (format === 'drawio') return exportDrawio(document, { rates: true, appVersion: 'bench' });
  if (format === 'mermaid') return exportMermaid(document, { rates: true });
  return serializeDocumentFile(document);
};

// The handout and deck figures (issue 21) name a number of walkthrough steps, not of nodes: the
// smallest generated document whose default walkthrough has at least that many.
window.benchWithSteps = (steps, seed) => {
  for (let nodes = steps; ; nodes += 1) {
    const document = generateDocument({ nodes, seed, lanes: true });
    const count = walkthroughNodeIds(document).length;
    if (count >= steps) return { text: serializeDocumentFile(document), nodes, steps: count };
  }
};

// The stages of the standard sales process template, in English, in the order a won deal passes them.
const STAGES = [
  'Lead acquisition',
  'Customer communication',
  'Needs analysis & solution design',
  'Quotation & negotiation',
  'Contract signing & execution',
  'After-sales service & retention',
  'Won: loyal customer',
];
const LOST_REASONS = ['Price', 'Competitor', 'No budget', 'No decision'];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
// Excel's serial of 1970-01-01 (days since 1899-12-30).
const EXCEL_EPOCH = 25569;

/**
 * An event log of the Actuals figures (issue 19) with at least `rows` stage changes: one row per
 * stage change, deals entering over two years, each one lost (every fifth at the start as an
 * invalid lead, others after a quotation) or won; deterministic. As CSV text and as an XLSX
 * workbook with dates as Excel serials.
 */
window.benchDealLog = (rows, { xlsx: withXlsx = true, wide = false } = {}) => {
  let seed = 12345;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const events: [string, string, number][] = [];
  let deals = 0;
  while (events.length < rows) {
    const id = `D-${100000 + deals}`;
    let day = FIRST_DAY + Math.floor(next() * 730) * DAY;
    const enter = (stage: string) => {
      events.push([id, stage, day]);
      day += (1 + Math.floor(next() * 12)) * DAY;
    };
    enter(STAGES[0]!);
    if (deals % 5 === 0) enter('Invalid lead');
    else {
      for (const stage of STAGES.slice(1, 4)) enter(stage);
      if (next() < 0.6) enter('Lost deal');
      else for (const stage of STAGES.slice(4)) enter(stage);
    }
    deals += 1;
  }
  const header = ['Deal ID', 'Stage', 'Entered at', ...(wide ? ['Amount', 'Lost reason'] : [])];
  const extra = (id: string) => (wide ? `,${(Number(id.slice(2)) % 97) * 1250},"${LOST_REASONS[Number(id.slice(2)) % LOST_REASONS.length]!}"` : '');
  const csv = [header.join(','), ...events.map(([id, stage, day]) => `${id},"${stage}",${new Date(day).toISOString().slice(0, 10)}${extra(id)}`)].join('\r\n');
  if (!withXlsx) return { csv: `${csv}\r\n`, xlsxBase64: '', rows: events.length, deals };
  const sheet: FixtureCell[][] = [header.slice(0, 3), ...events.map(([id, stage, day]): FixtureCell[] => [id, stage, { serial: day / DAY + EXCEL_EPOCH }])];
  const xlsx = buildXlsx(sheet);
  let binary = '';
  for (let at = 0; at < xlsx.length; at += 0x8000) binary += String.fromCharCode(...xlsx.subarray(at, at + 0x8000));
  return { csv: `${csv}\r\n`, xlsxBase64: btoa(binary), rows: events.length, deals };
};
