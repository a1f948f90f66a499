import { describe, expect, it } from 'vitest';
import type { LayoutError, LayoutService } from '../../commands/autoLayout';
import { err } from '../../lib/result';
import { describeDoorError } from './doorMessages';
import { laidOutImport } from './laidOutImport';

const graph = {
  direction: 'LR' as const,
  lanes: [],
  nodes: [
    { id: 'a', kind: 'start' as const, label: 'Lead' },
    { id: 'b', kind: 'stage' as const, label: 'Contact' },
  ],
  edges: [{ id: 'e', source: 'a', target: 'b' }],
};

function refusing(error: LayoutError): LayoutService {
  return { layout: () => Promise.resolve(err(error)) };
}

describe('an import the layout refuses', () => {
  it('says why: the time limit, the node limit, or a failure', async () => {
    const timedOut = await laidOutImport(graph, 'Imported', refusing({ code: 'timeout', ms: 10_000 }));
    const tooLarge = await laidOutImport(graph, 'Imported', refusing({ code: 'too-large', nodes: 2600, limit: 2500 }));
    const failed = await laidOutImport(graph, 'Imported', refusing({ code: 'engine-failed', detail: 'ELK threw' }));
    if (timedOut.ok || tooLarge.ok || failed.ok) throw new Error('the import should have been refused');
    expect(describeDoorError('en', timedOut.error)).toContain('took longer than 10 s');
    expect(describeDoorError('zh-CN', timedOut.error)).toContain('超过 10 秒');
    expect(describeDoorError('en', tooLarge.error)).toContain('It has 2600 shapes, and auto layout places up to 2500.');
    expect(describeDoorError('zh-CN', tooLarge.error)).toContain('它有 2600 个图形');
    expect(describeDoorError('en', failed.error)).toContain('could not be laid out');
    expect(describeDoorError('zh-CN', failed.error)).toContain('无法为导入的流程图自动布局');
  });
});
