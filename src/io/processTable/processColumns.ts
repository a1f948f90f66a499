// The columns of a process table (one row per step) and the headers they go by in English and
// Chinese, in any order. A header is matched after trimming, lower-casing and dropping spaces,
// brackets and underscores, so "Duration (days)", "duration_days" and "时长（天）" all match.

export const PROCESS_FIELDS = ['id', 'label', 'kind', 'lane', 'owner', 'duration', 'next'] as const;
export type ProcessField = (typeof PROCESS_FIELDS)[number];

/** Which column (by index) holds each field; a field without a column is absent. */
export type ColumnMapping = Partial<Record<ProcessField, number>>;

const ALIASES: Readonly<Record<ProcessField, readonly string[]>> = {
  id: ['id', 'stepid', 'key', 'code', '编号', '步骤编号', '步骤id', '标识', '代码'],
  label: ['label', 'name', 'step', 'stepname', 'title', 'text', '标签', '名称', '步骤', '步骤名称', '环节', '阶段名称'],
  kind: ['kind', 'type', 'shape', 'steptype', '类型', '种类', '形状', '步骤类型'],
  lane: ['lane', 'swimlane', 'role', 'department', 'team', '泳道', '角色', '部门', '团队'],
  owner: ['owner', 'responsible', 'assignee', '负责人', '责任人', '执行人'],
  duration: ['duration', 'durationdays', 'days', 'time', '时长', '时长天', '天数', '周期', '耗时'],
  next: ['next', 'nextstep', 'nextsteps', 'then', 'goesto', 'to', '下一步', '下一步骤', '后续步骤', '后续', '去向'],
};

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()（）[\]【】]/g, '');
}

const BY_ALIAS = new Map(PROCESS_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)));

/** The mapping the headers suggest: each field to the first column whose header names it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const field = BY_ALIAS.get(normaliseHeader(header));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

/**
 * How surely a table is a process table, by its headers: `process` with an id and a next-steps
 * column; `unsure` with an id or next-steps column and one more of ours (a deal export has ids and
 * stages too); `not` otherwise.
 */
export function processTableConfidence(headers: readonly string[]): 'process' | 'unsure' | 'not' {
  const mapping = guessMapping(headers);
  const found = PROCESS_FIELDS.filter((field) => mapping[field] !== undefined).length;
  if (mapping.id !== undefined && mapping.next !== undefined) return 'process';
  if ((mapping.id !== undefined || mapping.next !== undefined) && found >= 2) return 'unsure';
  return 'not';
}
