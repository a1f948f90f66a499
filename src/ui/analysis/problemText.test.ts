import { describe, expect, it } from 'vitest';
import { formatMessage, type Language } from '../../i18n/languages';
import type { ProcessProblem } from '../../model/analytics/processChecks';
import type { FlowNode } from '../../model/types';
import { describeProblem } from './problemText';

const nodes = new Map<string, FlowNode>([
  ['q', { id: 'q', kind: 'decision', label: 'Budget\nconfirmed?', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } }],
  ['s', { id: 's', kind: 'stage', label: '  ', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } }],
]);

function describe_(problem: ProcessProblem, language: Language = 'en') {
  return describeProblem(problem, nodes, (key, params) => formatMessage(language, key, params), language);
}

describe('describeProblem', () => {
  it('words every problem with its node and figures in English', () => {
    expect(describe_({ code: 'no-start' })).toBe('The process has no start. Add one where leads enter.');
    expect(describe_({ code: 'dead-end', nodeId: 'q' })).toBe('“Budget confirmed?” is a dead end: deals there have no way out.');
    expect(describe_({ code: 'too-few-branches', nodeId: 'q', branches: 1 })).toBe(
      'Decision “Budget confirmed?” needs at least two branches; it has 1.',
    );
    expect(describe_({ code: 'rates-over-100', nodeId: 'q', total: 1.2 })).toBe(
      'The rates leaving “Budget confirmed?” add up to 120%, more than 100%.',
    );
    expect(describe_({ code: 'loop-without-exit', nodeId: 'q', nodeIds: ['q', 's'] })).toBe(
      '“Budget confirmed?” is in a loop of 2 nodes that deals can never leave.',
    );
    expect(describe_({ code: 'no-owner', nodeId: 's' })).toBe('Stage “Stage” has no owner.');
  });

  it('words them in Chinese', () => {
    expect(describe_({ code: 'unlabelled-branches', nodeId: 'q', unlabelled: 2 }, 'zh-CN')).toBe(
      '判断“Budget confirmed?”有未加标签的分支（2 个）。',
    );
    expect(describe_({ code: 'no-won-end' }, 'zh-CN')).toBe('没有标记为赢单的结束节点，因此无法赢单。');
  });
});
