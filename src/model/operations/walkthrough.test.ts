import { describe, expect, it } from 'vitest';
import { compareByOrder } from '../../lib/orderKey';
import { documentOf, node, stage } from '../analytics/testDocuments';
import type { SalesDocument } from '../types';
import { walkthroughNodeIds } from '../walkthrough/steps';
import { applyChanges } from './applyChanges';
import { invertChanges } from './changes';
import { setWalkthroughSteps, type StepEntry } from './walkthrough';

const doc = documentOf([node('leads', 'start'), stage('a'), stage('b'), stage('c'), node('memo', 'note')], []);

function run(from: SalesDocument, entries: readonly StepEntry[]) {
  const result = setWalkthroughSteps(entries)(from);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const entry = (id: string, nodeId: string, hidden = false): StepEntry => ({ id, nodeId, hidden });

describe('setWalkthroughSteps', () => {
  it('stores the steps in the order given, sorted by their keys, hidden ones marked', () => {
    const made = run(doc, [entry('w1', 'b'), entry('w2', 'memo', true), entry('w3', 'a')]).document;
    expect(made.walkthrough.steps.map((step) => [step.id, step.nodeId, step.hidden ?? false])).toEqual([
      ['w1', 'b', false],
      ['w2', 'memo', true],
      ['w3', 'a', false],
    ]);
    expect([...made.walkthrough.steps].sort(compareByOrder)).toEqual(made.walkthrough.steps);
    expect(walkthroughNodeIds(made)).toEqual(['b', 'a']);
  });

  it('moving one step changes that step alone, and is undone in one step', () => {
    const first = run(doc, [entry('w1', 'a'), entry('w2', 'b'), entry('w3', 'c')]).document;
    const moved = run(first, [entry('w1', 'a'), entry('w3', 'c'), entry('w2', 'b')]);
    expect(moved.changes).toHaveLength(1);
    expect(walkthroughNodeIds(moved.document)).toEqual(['a', 'c', 'b']);
    expect(applyChanges(moved.document, invertChanges(moved.changes))).toEqual(first);
  });

  it('hiding a step changes that step alone; an empty list goes back to the default deck', () => {
    const first = run(doc, [entry('w1', 'a'), entry('w2', 'b')]).document;
    const hidden = run(first, [entry('w1', 'a'), entry('w2', 'b', true)]);
    expect(hidden.changes).toHaveLength(1);
    expect(walkthroughNodeIds(hidden.document)).toEqual(['a']);
    expect(run(hidden.document, []).document.walkthrough.steps).toEqual([]);
  });

  it('refuses a step of a node that does not exist', () => {
    expect(setWalkthroughSteps([entry('w1', 'gone')])(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 'gone' } });
  });
});
