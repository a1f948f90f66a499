// The kind column's words, English and Chinese, as our kinds; won and lost name ends with their
// outcome. Matched like headers (case, spaces and underscores ignored).

import type { NodeKind, Outcome } from '../../model/types';
import { normaliseHeader } from './processColumns';

export interface ReadKind {
  kind: NodeKind;
  outcome?: Outcome;
}

const WORDS: readonly [ReadKind, readonly string[]][] = [
  [{ kind: 'start' }, ['start', 'begin', 'entry', 'lead', 'source', '开始', '起点', '入口', '线索来源']],
  [{ kind: 'end', outcome: 'won' }, ['won', 'win', 'endwon', 'wonend', '赢单', '成交', '签约成功']],
  [{ kind: 'end', outcome: 'lost' }, ['lost', 'loss', 'endlost', 'lostend', '输单', '丢单', '流失']],
  [{ kind: 'end' }, ['end', 'stop', 'finish', 'exit', '结束', '终点']],
  [{ kind: 'stage' }, ['stage', 'step', 'process', 'task', 'activity', '阶段', '步骤', '环节', '任务']],
  [{ kind: 'decision' }, ['decision', 'gateway', 'choice', 'question', '判断', '决策', '分支']],
  [{ kind: 'document' }, ['document', 'doc', 'quote', 'contract', '文档', '文件', '单据']],
  [{ kind: 'data' }, ['data', 'database', 'record', 'crm', '数据', '数据库', '记录']],
  [{ kind: 'delay' }, ['delay', 'wait', 'waiting', '等待', '延迟']],
  [{ kind: 'subprocess' }, ['subprocess', 'predefinedprocess', 'subflow', '子流程', '子过程']],
  [{ kind: 'note' }, ['note', 'comment', 'annotation', '备注', '注释', '说明']],
];

const BY_WORD = new Map(WORDS.flatMap(([read, words]) => words.map((word) => [word, read] as const)));

/** `undefined` for an empty cell; `null` for a word we do not know. */
export function readKind(cell: string): ReadKind | null | undefined {
  const word = normaliseHeader(cell);
  if (word === '') return undefined;
  return BY_WORD.get(word) ?? null;
}
