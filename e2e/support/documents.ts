import type { FlowEdge, FlowNode, NodeKind, SalesDocument } from '../../src/model/types';
import { defaultSize } from '../../src/model/kinds';
import { emptyDocument } from './editor';

export function node(id: string, kind: NodeKind, label: string, x: number, y: number, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, kind, label, position: { x, y }, size: defaultSize(kind), ...extra };
}

export function edge(source: string, target: string, extra: Partial<FlowEdge> = {}): FlowEdge {
  return { id: `${source}-${target}`, source, target, ...extra };
}

/** Three stages in a row with two edges, and a fourth node apart: for selection and clipboard tests. */
export function threeInARow(): SalesDocument {
  return {
    ...emptyDocument(),
    nodes: [
      node('a', 'stage', 'Alpha', 0, 0),
      node('b', 'stage', 'Bravo', 240, 0),
      node('c', 'stage', 'Charlie', 480, 0),
      node('far', 'end', 'Far away', 480, 400, { outcome: 'won' }),
    ],
    edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'far')],
  };
}

/** A fifteen-node sales process in two lanes, with a decision, a loop and lost exits. */
export function fifteenNodesTwoLanes(language: 'en' | 'zh-CN'): SalesDocument {
  const zh = language === 'zh-CN';
  const l = (en: string, cn: string) => (zh ? cn : en);
  const sales = 'lane-sales';
  const support = 'lane-support';
  const row1 = 40;
  const row2 = 260;
  return {
    ...emptyDocument(l('Team sales process', '团队销售流程')),
    lanes: [
      { order: 'k0038007', id: sales, label: l('Sales', '销售部') },
      { order: 'k0039007', id: support, label: l('Pre-sales & legal', '售前与法务') },
    ],
    nodes: [
      node('leads', 'start', l('Marketing leads', '市场线索'), 0, row1, { laneId: sales, volume: 500 }),
      node('screen', 'stage', l('Screen leads', '筛选线索'), 200, row1, { laneId: sales }),
      node('fit', 'decision', l('Purchase intent?', '有购买意向？'), 400, row1 - 16, { laneId: sales }),
      node('nurture', 'delay', l('Nurture 30 days', '培育 30 天'), 400, row1 + 140, { laneId: sales }),
      node('contact', 'stage', l('First contact', '客户沟通'), 600, row1, { laneId: sales }),
      node('crm', 'data', l('CRM record', 'CRM 记录'), 600, row1 + 140, { laneId: sales }),
      node('needs', 'stage', l('Needs analysis', '需求分析'), 800, row2, { laneId: support }),
      node('design', 'subprocess', l('Solution design', '方案设计'), 1000, row2, { laneId: support }),
      node('quote', 'document', l('Quotation', '报价单'), 1200, row1, { laneId: sales }),
      node('negotiate', 'stage', l('Negotiation', '谈判'), 1400, row1, { laneId: sales }),
      node('legal', 'stage', l('Contract review', '合同审核'), 1400, row2, { laneId: support }),
      node('sign', 'stage', l('Contract signing', '合同签订'), 1600, row1, { laneId: sales }),
      node('won', 'end', l('Won', '赢单'), 1800, row1, { laneId: sales, outcome: 'won' }),
      node('lost', 'end', l('Lost', '丢单'), 1600, row1 + 140, { laneId: sales, outcome: 'lost' }),
      node('memo', 'note', l('Review conversion monthly', '每月复盘转化率'), 1000, row1, { laneId: sales }),
    ],
    edges: [
      edge('leads', 'screen'),
      edge('screen', 'fit'),
      edge('fit', 'contact', { label: l('Yes', '是'), conversionRate: 0.6 }),
      edge('fit', 'nurture', { label: l('No', '否'), conversionRate: 0.4, style: 'dashed' }),
      edge('nurture', 'screen', { style: 'dashed' }),
      edge('contact', 'crm'),
      edge('contact', 'needs'),
      edge('needs', 'design'),
      edge('design', 'quote'),
      edge('quote', 'negotiate'),
      edge('negotiate', 'legal'),
      edge('legal', 'sign'),
      edge('negotiate', 'lost', { conversionRate: 0.3 }),
      edge('sign', 'won'),
    ],
  };
}
