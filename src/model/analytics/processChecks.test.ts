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

  it('finds nothing in an empty document, or one with notes only: that is a beginning, not a failure', () => {
    expect(checkProcess(documentOf([], []))).toEqual([]);
    expect(checkProcess(documentOf([node('memo', 'note')], []))).toEqual([]);
  });

  it('lists errors before warnings, each in the order found', () => {
    const doc = documentOf(
      [node('leads', 'start'), node('call', 'stage'), node('end', 'end'), node('quote', 'document')],
      [edge('leads', 'call'), edge('call', 'end'), edge('call', 'quote')],
    );
    const problems = checkProcess(doc);
    expect(problems.map((problem) => problem.code)).toEqual(['no-won-end', 'dead-end', 'no-owner', 'end-outcome-unset']);
    expect(problems.map(problemSeverity)).toEqual(['error', 'error', 'warning', 'warning']);
  });

  it('reports an end with no outcome, with the outcome its label reads as when it reads as one', () => {
    const doc = documentOf(
      [node('leads', 'start'), stage('a'), won(), node('e1', 'end', { label: '丢单' }), node('e2', 'end', { label: 'End' })],
      [edge('leads', 'a'), edge('a', 'won'), edge('a', 'e1'), edge('a', 'e2')],
    );
    const problems = checkProcess(doc);
    expect(problems).toEqual([
      { code: 'end-outcome-unset', nodeId: 'e1', reads: 'lost' },
      { code: 'end-outcome-unset', nodeId: 'e2' },
    ]);
    // Labelled 丢单 but not counted as lost is a wrong answer; a plain "End" is only unfinished.
    expect(problems.map(problemSeverity)).toEqual(['error', 'warning']);
  });

  it('reports an end whose label reads as the opposite of its outcome, as an error', () => {
    const doc = documentOf(
      [
        node('leads', 'start'),
        stage('a'),
        node('won', 'end', { label: 'Won', outcome: 'won' }),
        node('x', 'end', { label: 'Closed lost', outcome: 'won' }),
        node('y', 'end', { label: '赢单', outcome: 'lost' }),
        node('z', 'end', { label: '流失', outcome: 'other' }),
      ],
      [edge('leads', 'a'), edge('a', 'won'), edge('a', 'x'), edge('a', 'y'), edge('a', 'z')],
    );
    const problems = checkProcess(doc);
    expect(problems).toEqual([
      { code: 'end-outcome-contradicts', nodeId: 'x', outcome: 'won', reads: 'lost' },
      { code: 'end-outcome-contradicts', nodeId: 'y', outcome: 'lost', reads: 'won' },
    ]);
    expect(problems.map(problemSeverity)).toEqual(['error', 'error']);
  });

  it('still reports no won end when the only end labelled won has no outcome', () => {
    const doc = documentOf([node('leads', 'start'), node('e', 'end', { label: '赢单' })], [edge('leads', 'e')]);
    expect(checkProcess(doc)).toEqual([{ code: 'no-won-end' }, { code: 'end-outcome-unset', nodeId: 'e', reads: 'won' }]);
  });
});
