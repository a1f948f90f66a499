import { describe, expect, it } from 'vitest';
import { makeTemplateFile } from './fixtures/templateFile';
import { checkTemplate, templateProblemSeverity } from './checkTemplate';
import { parseTemplateValue } from './parseTemplate';
import type { Template } from './types';

function tiny(): Template {
  const result = parseTemplateValue(makeTemplateFile());
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('checkTemplate', () => {
  it('finds nothing wrong with a complete, sound template', () => {
    expect(checkTemplate(tiny())).toEqual([]);
  });

  it('names each text left empty, with its language', () => {
    const template = tiny();
    template.meta.description['zh-CN'] = '';
    const call = template.document.nodes[1];
    if (call?.details?.owner === undefined) throw new Error('fixture changed');
    call.details.owner.en = ' ';
    expect(checkTemplate(template)).toEqual([
      { code: 'missing-text', path: 'template.description', language: 'zh-CN' },
      { code: 'missing-text', path: 'nodes[1].details.owner', language: 'en' },
      // The English document has a stage without an owner.
      { code: 'no-owner', nodeId: 'call' },
    ]);
  });

  it('names a scenario left unnamed in one language', () => {
    const template = tiny();
    template.document.scenarios = [{ id: 's', name: { en: 'Better fit', 'zh-CN': '' }, overrides: { edgeRates: [], startVolumes: [], durations: [] } }];
    expect(checkTemplate(template)).toEqual([{ code: 'missing-text', path: 'scenarios[0].name', language: 'zh-CN' }]);
  });

  it('checks the process in each language, and reports each problem once', () => {
    const template = tiny();
    template.document.edges.pop();
    expect(checkTemplate(template)).toEqual([
      { code: 'too-few-branches', nodeId: 'fit', branches: 1 },
      { code: 'unreachable', nodeId: 'lost' },
    ]);
  });

  it('reports a branch labelled in one language only', () => {
    const template = tiny();
    const yes = template.document.edges[2];
    if (yes?.label === undefined) throw new Error('fixture changed');
    yes.label['zh-CN'] = ' ';
    expect(checkTemplate(template)).toEqual([
      { code: 'missing-text', path: 'edges[2].label', language: 'zh-CN' },
      { code: 'unlabelled-branches', nodeId: 'fit', unlabelled: 1 },
    ]);
  });

  it('reports overlapping nodes, and not nodes that only touch', () => {
    const template = tiny();
    const [leads, call, fit] = template.document.nodes;
    if (leads === undefined || call === undefined || fit === undefined) throw new Error('fixture changed');
    leads.position = { x: 100, y: 10 };
    fit.position = { x: 360, y: 0 };
    expect(checkTemplate(template)).toEqual([{ code: 'overlap', nodeIds: ['leads', 'call'] }]);
  });

  it('reports a template built in code that does not resolve', () => {
    const template = tiny();
    template.document.edges.push({ id: 'e1', source: 'leads', target: 'call' });
    const problems = checkTemplate(template);
    expect(problems).toContainEqual({ code: 'invalid', language: 'en', error: { code: 'invalid', path: 'edges[4].id', reason: 'duplicate-id' } });
    expect(problems.map(templateProblemSeverity)).toContain('error');
  });

  it('tells warnings from errors', () => {
    expect(templateProblemSeverity({ code: 'missing-text', path: 'title', language: 'en' })).toBe('warning');
    expect(templateProblemSeverity({ code: 'overlap', nodeIds: ['a', 'b'] })).toBe('warning');
    expect(templateProblemSeverity({ code: 'dead-end', nodeId: 'a' })).toBe('error');
  });
});
