// Hand-made documents for the SVG tests: a laned B2B sales process that uses every node kind,
// in English or Chinese, and a plain chain of any length for performance checks.

import { defaultSize } from '../../../model/kinds';
import type { FlowEdge, FlowNode, NodeKind, SalesDocument } from '../../../model/types';

const COLUMN = 240;
const ROW = 150;
const CELL_HEIGHT = 96;

function place(id: string, kind: NodeKind, label: string, column: number, row: number, laneId?: string): FlowNode {
  const size = defaultSize(kind);
  const node: FlowNode = {
    id,
    kind,
    label,
    position: { x: column * COLUMN + (160 - size.width) / 2, y: row * ROW + (CELL_HEIGHT - size.height) / 2 },
    size,
  };
  if (laneId !== undefined) node.laneId = laneId;
  return node;
}

export function emptyDocument(overrides: Partial<SalesDocument> = {}): SalesDocument {
  return {
    id: 'doc-test',
    title: 'Test',
    createdAt: 0,
    updatedAt: 0,
    settings: { direction: 'LR', gridSize: 10, snapToGrid: true, period: 'month', currency: 'USD' },
    scenarios: [],
    walkthrough: { steps: [] },
    lanes: [],
    nodes: [],
    edges: [],
    ...overrides,
  };
}

type Labels = Record<
  | 'title'
  | 'marketing'
  | 'sales'
  | 'presales'
  | 'legal'
  | 'finance'
  | 'leads'
  | 'crm'
  | 'note'
  | 'qualify'
  | 'qualified'
  | 'discovery'
  | 'wait'
  | 'lost'
  | 'demo'
  | 'design'
  | 'proposal'
  | 'review'
  | 'agreed'
  | 'invoice'
  | 'won'
  | 'yes'
  | 'no'
  | 'notNow'
  | 'revise',
  string
>;

const EN: Labels = {
  title: 'B2B sales process',
  marketing: 'Marketing',
  sales: 'Sales',
  presales: 'Pre-sales',
  legal: 'Legal',
  finance: 'Finance',
  leads: 'Inbound leads',
  crm: 'Create CRM record',
  note: 'Deduplicate against existing accounts first',
  qualify: 'Qualify lead (BANT)',
  qualified: 'Qualified?',
  discovery: 'Discovery call',
  wait: 'Wait for budget cycle',
  lost: 'Closed lost',
  demo: 'Technical demo',
  design: 'Solution design and pricing',
  proposal: 'Proposal',
  review: 'Contract review',
  agreed: 'Terms agreed?',
  invoice: 'Send invoice',
  won: 'Closed won',
  yes: 'Yes',
  no: 'No',
  notNow: 'Not now',
  revise: 'Revise terms',
};

const ZH: Labels = {
  title: 'B2B 销售流程',
  marketing: '市场部',
  sales: '销售部',
  presales: '售前支持',
  legal: '法务',
  finance: '财务',
  leads: '新线索进入',
  crm: '创建 CRM 记录',
  note: '先与现有客户去重，再分配给销售',
  qualify: '线索资格审核（BANT）',
  qualified: '是否合格？',
  discovery: '需求调研电话',
  wait: '等待预算周期',
  lost: '丢单',
  demo: '技术演示',
  design: '方案设计与报价',
  proposal: '商务建议书',
  review: '合同审核',
  agreed: '条款达成一致？',
  invoice: '开具发票',
  won: '赢单',
  yes: '是',
  no: '否',
  notNow: '暂不需要',
  revise: '修改条款',
};

/** Fifteen nodes in five lanes, left to right, with labels, dashed paths and loops back. */
export function salesProcess(language: 'en' | 'zh' = 'en'): SalesDocument {
  const t = language === 'en' ? EN : ZH;
  const nodes: FlowNode[] = [
    place('leads', 'start', t.leads, 0, 0, 'marketing'),
    place('crm', 'data', t.crm, 1, 0, 'marketing'),
    place('note', 'note', t.note, 2, 0, 'marketing'),
    place('qualify', 'stage', t.qualify, 1, 1, 'sales'),
    place('qualified', 'decision', t.qualified, 2, 1, 'sales'),
    place('discovery', 'stage', t.discovery, 3, 1, 'sales'),
    place('wait', 'delay', t.wait, 4, 1, 'sales'),
    place('lost', 'end', t.lost, 6, 1, 'sales'),
    place('demo', 'subprocess', t.demo, 3, 2, 'presales'),
    place('design', 'stage', t.design, 4, 2, 'presales'),
    place('proposal', 'document', t.proposal, 5, 2, 'presales'),
    place('review', 'document', t.review, 5, 3, 'legal'),
    place('agreed', 'decision', t.agreed, 6, 3, 'legal'),
    place('invoice', 'stage', t.invoice, 6, 4, 'finance'),
    place('won', 'end', t.won, 7, 4, 'finance'),
  ];
  const edge = (id: string, source: string, target: string, extra: Partial<FlowEdge> = {}): FlowEdge => ({
    id,
    source,
    target,
    ...extra,
  });
  const edges: FlowEdge[] = [
    edge('e1', 'leads', 'crm'),
    edge('e2', 'crm', 'qualify'),
    edge('e3', 'qualify', 'qualified'),
    edge('e4', 'qualified', 'discovery', { label: t.yes, conversionRate: 0.6 }),
    edge('e5', 'qualified', 'lost', { label: t.no, sourceHandle: 'top', targetHandle: 'top', conversionRate: 0.4 }),
    edge('e6', 'discovery', 'demo'),
    edge('e7', 'discovery', 'wait', { label: t.notNow, style: 'dashed' }),
    edge('e8', 'wait', 'qualify', { style: 'dashed', sourceHandle: 'bottom', targetHandle: 'bottom' }),
    edge('e9', 'demo', 'design'),
    edge('e10', 'design', 'proposal'),
    edge('e11', 'proposal', 'review'),
    edge('e12', 'review', 'agreed'),
    edge('e13', 'agreed', 'invoice', { label: t.yes }),
    edge('e14', 'agreed', 'proposal', { label: t.revise, sourceHandle: 'right', targetHandle: 'right' }),
    edge('e15', 'invoice', 'won'),
    edge('e16', 'note', 'crm', { sourceHandle: 'left', targetHandle: 'right' }),
  ];
  return emptyDocument({
    title: t.title,
    lanes: [
      { order: 'k0170007', id: 'marketing', label: t.marketing },
      { order: 'k0171007', id: 'sales', label: t.sales },
      { order: 'k0172007', id: 'presales', label: t.presales },
      { order: 'k0173007', id: 'legal', label: t.legal },
      { order: 'k0174007', id: 'finance', label: t.finance },
    ],
    nodes,
    edges,
  });
}

/** A left-to-right chain of stages in rows of 25, for size and speed checks. */
export function chain(count: number): SalesDocument {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push({
      id: `n${i}`,
      kind: i === 0 ? 'start' : i === count - 1 ? 'end' : 'stage',
      label: `Stage ${i}`,
      position: { x: (i % 25) * 220, y: Math.floor(i / 25) * 120 },
      size: { width: 160, height: 64 },
    });
    if (i > 0) edges.push({ id: `e${i}`, source: `n${i - 1}`, target: `n${i}` });
  }
  return emptyDocument({ title: `Chain of ${count}`, nodes, edges });
}
