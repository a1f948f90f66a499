import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../sample';
import { checkProcess, problemSeverity } from './processChecks';
import { documentOf, edge, node, sixStageLine, stage } from './testDocuments';

const won = () => node('won', 'end', { outcome: 'won' });

describe('checkProcess', () => {
  it('finds nothing wrong with the sample and the six-stage line', () => {
    expect(checkProcess(sampleDocument())).toEqual([]);
    expect(checkProcess(sixStageLine())).toEqual([]);
  });

  it('reports a process without a start and without a won end', () => {
    const problems = checkProcess(documentOf([stage('a'), node('lost', 'end', { outcome: 'lost' })], [edge('a', 'lost')]));
    expect(problems).toEqual([{ code: 'no-start' }, { code: 'no-won-end' }]);
  });

  it('reports nodes no start reaches, but not when there is no start at all', () => {
    const doc = documentOf(
      [node('leads', 'start'), stage('a'), stage('island'), won()],
      [edge('leads', 'a'), edge('a', 'won'), edge('island', 'won')],
    );
    expect(checkProcess(doc)).toEqual([{ code: 'unreachable', nodeId: 'island' }]);
  });

  it('reports dead ends, whatever their kind, but not ends or notes', () => {
    const doc = documentOf(
      [node('leads', 'start'), stage('a'), node('quote', 'document'), node('memo', 'note'), won()],
      [edge('leads', 'a'), edge('a', 'won'), edge('a', 'quote'), edge('quote', 'memo')],
    );
    expect(checkProcess(doc)).toEqual([{ code: 'dead-end', nodeId: 'quote' }]);
  });

  it('reports a decision with one branch, and one whose branches are not all labelled', () => {
    const doc = documentOf(
      [node('leads', 'start'), node('one', 'decision'), node('two', 'decision'), won(), node('lost', 'end', { outcome: 'lost' })],
      [
        edge('leads', 'one'),
        edge('one', 'two', undefined, { label: 'Yes' }),
        edge('two', 'won', 0.5, { label: 'Yes' }),
        edge('two', 'lost', 0.5, { label: ' ' }),
      ],
    );
    expect(checkProcess(doc)).toEqual([
      { code: 'too-few-branches', nodeId: 'one', branches: 1 },
      { code: 'unlabelled-branches', nodeId: 'two', unlabelled: 1 },
    ]);
  });

  it('reports outgoing rates summing above 100%, but not a sum that is 100% give or take rounding', () => {
    const doc = documentOf(
      [node('leads', 'start'), stage('a'), stage('b'), won(), node('lost', 'end', { outcome: 'lost' })],
      [
        edge('leads', 'a'),
        edge('a', 'b', 0.8),
        edge('a', 'lost', 0.3),
        edge('b', 'won', 0.7),
        edge('b', 'lost', 0.2),
        edge('b', 'a', 0.1),
      ],
    );
    const problems = checkProcess(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'rates-over-100', nodeId: 'a' });
    expect(problems[0]!.code === 'rates-over-100' && problems[0]!.total).toBeCloseTo(1.1, 12);
  });

  it('reports a loop with no edge out of it, once, at its first node', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 10 }), stage('a'), stage('b'), stage('c'), won()],
      [edge('leads', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('leads', 'won')],
    );
    expect(checkProcess(doc)).toEqual([{ code: 'loop-without-exit', nodeId: 'a', nodeIds: ['a', 'b', 'c'] }]);
  });

  it('reports a loop whose rates send everything back though an edge leads out', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 10 }), stage('a'), stage('b'), won()],
      [edge('leads', 'a'), edge('a', 'b', 1), edge('b', 'a', 1), edge('b', 'won', 0)],
    );
    expect(checkProcess(doc)).toEqual([{ code: 'loop-without-exit', nodeId: 'a', nodeIds: ['a', 'b'] }]);
  });

  it('warns about a stage without an owner', () => {
    const doc = documentOf(
      [node('leads', 'start'), node('call', 'stage', { details: { owner: '  ' } }), won()],
      [edge('leads', 'call'), edge('call', 'won')],
    );
    const problems = checkProcess(doc);
    expect(problems).toEqual([{ code: 'no-owner', nodeId: 'call' }]);
    expect(problems.map(problemSeverity)).toEqual(['warning']);
    expect(problemSeverity({ code: 'dead-end', nodeId: 'x' })).toBe('error');
  });
});
