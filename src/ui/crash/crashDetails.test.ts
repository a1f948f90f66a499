import { describe, expect, it } from 'vitest';
import { crashDetails } from './crashDetails';

const CONTEXT = { appVersion: '1.2.3', url: 'http://localhost/#/doc/d1', userAgent: 'TestBrowser/1', at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) };

describe('crashDetails', () => {
  it('names the build, the time, the address, the error and where React met it', () => {
    const error = new TypeError('cannot read x');
    const text = crashDetails({ error, componentStack: '\n    at FlowNodeView\n    at FlowCanvas' }, CONTEXT);
    expect(text).toContain('Salesflow 1.2.3');
    expect(text).toContain('2026-01-02T03:04:05.000Z');
    expect(text).toContain('http://localhost/#/doc/d1');
    expect(text).toContain('TestBrowser/1');
    expect(text).toContain('TypeError: cannot read x');
    expect(text).toContain('at FlowNodeView');
  });

  it('describes values that are not errors, even ones JSON cannot write', () => {
    expect(crashDetails({ error: { code: 7 }, componentStack: '' }, CONTEXT)).toContain('Thrown value: {"code":7}');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(crashDetails({ error: circular, componentStack: '' }, CONTEXT)).toContain('Thrown value: [object Object]');
    expect(crashDetails({ error: 10n, componentStack: '' }, CONTEXT)).toContain('Thrown value: 10');
  });
});
