// What each column of a deal export probably holds, from its header in English or Chinese (as
// Salesforce, HubSpot, Pipedrive, Zoho and Chinese CRMs name them). Only a guess: the import
// dialog shows it and lets the user change it.

export const COLUMN_ROLES = [
  'dealId',
  'stage',
  'enteredAt',
  'outcome',
  'amount',
  'lostReason',
  'leadSource',
  'owner',
  'createdAt',
  'closedAt',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Case, width (full-width Ｉｄ), spaces and punctuation folded away: `Deal_ID` and `deal id` match. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：/()（）"“”'#]+/g, '');
}

// Exact names first (a whole folded header), then words a header may contain. Roles are tried in
// the order of this table for the contained words, so a "Close date" is taken as closedAt before
// enteredAt's "date" can claim it.
const NAMES: Record<ColumnRole, { exact: string[]; contains: string[] }> = {
  dealId: {
    exact: ['dealid', 'opportunityid', 'recordid', 'id', 'dealnumber', 'opportunitynumber', 'dealrecordid', 'deal',
      '商机id', '商机编号', '商机号', '交易id', '交易编号', '机会编号', '编号', 'id号'],
    contains: ['dealid', 'opportunityid', 'recordid', '商机编号', '商机id'],
  },
  stage: {
    exact: ['stage', 'dealstage', 'stagename', 'tostage', 'newstage', 'newvalue', 'pipelinestage', 'currentstage',
      '阶段', '销售阶段', '商机阶段', '当前阶段', '新阶段', '阶段名称'],
    contains: ['stage', '阶段'],
  },
  createdAt: {
    exact: ['createdate', 'createddate', 'createdat', 'created', 'createdon', 'dealcreated', '创建日期', '创建时间'],
    contains: ['created', 'createdate', '创建'],
  },
  closedAt: {
    exact: ['closedate', 'closeddate', 'closedat', 'closed', 'closedon', 'wontime', 'losttime', '成交日期', '关闭日期', '结束日期', '赢单日期', '关闭时间'],
    contains: ['closedate', 'closeddate', '关闭', '成交日期'],
  },
  enteredAt: {
    exact: ['enteredat', 'entered', 'date', 'dateentered', 'changedat', 'changedate', 'stagechangedate', 'lastmodified',
      'lastmodifieddate', 'modifieddate', 'timestamp', 'updatedat', 'updatetime', 'eventdate',
      '进入日期', '进入时间', '日期', '时间', '变更时间', '变更日期', '更新时间', '修改时间'],
    contains: ['date', 'time', '日期', '时间'],
  },
  outcome: {
    exact: ['outcome', 'status', 'result', 'wonlost', 'dealstatus', 'won', '结果', '状态', '赢单输单', '成交状态', '商机状态'],
    contains: ['status', 'outcome', '状态', '结果'],
  },
  amount: {
    exact: ['amount', 'value', 'dealvalue', 'dealamount', 'revenue', 'expectedrevenue', '金额', '商机金额', '合同金额', '预计金额', '成交金额'],
    contains: ['amount', 'value', '金额'],
  },
  lostReason: {
    exact: ['lostreason', 'lossreason', 'closedlostreason', 'reasonlost', '输单原因', '丢单原因', '失败原因', '流失原因'],
    contains: ['lostreason', 'lossreason', '原因'],
  },
  leadSource: {
    exact: ['leadsource', 'source', 'originalsource', 'channel', 'dealsource', '线索来源', '来源', '渠道', '客户来源', '商机来源'],
    contains: ['source', '来源', '渠道'],
  },
  owner: {
    exact: ['owner', 'dealowner', 'opportunityowner', 'salesrep', 'assignedto', 'owneruser', '负责人', '所有者', '销售', '销售代表', '跟进人', '销售负责人'],
    contains: ['owner', '负责人'],
  },
};

/** A column picked for each role it could be guessed for: exact names before contained words. */
export function guessColumnRoles(headers: readonly string[], skip: ReadonlySet<number> = new Set()): Map<ColumnRole, number> {
  const folded = headers.map(foldHeader);
  const roles = new Map<ColumnRole, number>();
  const taken = new Set(skip);
  const claim = (role: ColumnRole, test: (header: string) => boolean) => {
    if (roles.has(role)) return;
    const column = folded.findIndex((header, index) => !taken.has(index) && test(header));
    if (column === -1) return;
    roles.set(role, column);
    taken.add(column);
  };
  for (const role of Object.keys(NAMES) as ColumnRole[]) {
    // The earliest name of the list wins, so `Deal ID` beats a plain `ID` column.
    for (const name of NAMES[role].exact) claim(role, (header) => header === name);
  }
  for (const role of Object.keys(NAMES) as ColumnRole[]) {
    for (const word of NAMES[role].contains) claim(role, (header) => header.includes(word));
  }
  return roles;
}

const WIDE_EN = /^date\s*entered\s*[:"“]?\s*(.+?)\s*["”]?\s*(?:\([^)]*\))?\s*["”]?$/i;
const WIDE_ZH = /^进入\s*[“"「]?(.+?)[”"」]?\s*(?:阶段)?\s*的?\s*(?:日期|时间)$/;
const WIDE_ZH_AFTER = /^[“"「]?(.+?)[”"」]?\s*(?:阶段)?\s*进入(?:日期|时间)$/;

/**
 * The stage a "date entered" column is for: HubSpot's `Date entered "Qualified (Sales Pipeline)"`
 * gives `Qualified`; 进入“方案报价”的日期 and 方案报价进入日期 give 方案报价.
 */
export function wideStageOf(header: string): string | null {
  const text = header.normalize('NFKC').trim();
  const match = WIDE_EN.exec(text) ?? WIDE_ZH.exec(text) ?? WIDE_ZH_AFTER.exec(text);
  const stage = match?.[1]?.trim();
  return stage ? stage : null;
}
