import { describe, expect, it } from 'vitest';
import { makeChain } from '../fixtures/documents';
import type { SalesDocument } from '../types';
import { applyChanges } from './applyChanges';
import { invertChanges } from './changes';
import { applyScenarioToProcess, createScenario, deleteScenario, duplicateScenario, removeRecords, renameScenario, setScenarioValue } from './index';
import type { Operation } from './operation';

function run(operation: Operation, on: SalesDocument) {
  const result = operation(on);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Runs the operations one after another, as a user would, and gives the last document. */
function after(doc: SalesDocument, ...operations: Operation[]): SalesDocument {
  return operations.reduce((current, operation) => run(operation, current).document, doc);
}

describe('scenario operations', () => {
  const chain = makeChain();

  it('create a scenario with no values, described as one added record, and refuse a taken id', () => {
    const created = run(createScenario('s1', 'Qualify better'), chain);
    expect(created.document.scenarios).toEqual([{ id: 's1', name: 'Qualify better', overrides: { edgeRates: [], startVolumes: [], durations: [] } }]);
    expect(created.changes).toEqual([{ type: 'add', collection: 'scenarios', record: created.document.scenarios[0], index: 0 }]);
    expect(createScenario('s1', 'Again')(created.document)).toEqual({ ok: false, error: { code: 'duplicate-id', id: 's1' } });
  });

  it('rename a scenario, and say nothing changed when the name is the same', () => {
    const doc = after(chain, createScenario('s1', 'One'));
    const renamed = run(renameScenario('s1', 'Faster contracts'), doc);
    expect(renamed.document.scenarios[0]!.name).toBe('Faster contracts');
    expect(renamed.changes).toEqual([{ type: 'update', collection: 'scenarios', id: 's1', fields: [{ field: 'name', from: 'One', to: 'Faster contracts' }] }]);
    expect(run(renameScenario('s1', 'One'), doc).changes).toEqual([]);
    expect(renameScenario('nope', 'x')(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 'nope' } });
  });

  it('cut a name past its cap, and say so', () => {
    const long = run(createScenario('s1', 'x'.repeat(500)), chain);
    expect(long.document.scenarios[0]!.name).toHaveLength(200);
    expect(long.notes).toEqual([{ code: 'text-clamped', limit: 200 }]);
  });

  it('set, change and clear a value of each kind, keeping the others', () => {
    const doc = after(
      chain,
      createScenario('s1', 'One'),
      setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.7),
      setScenarioValue('s1', { kind: 'startVolume', id: 'start' }, 250),
      setScenarioValue('s1', { kind: 'duration', id: 'a' }, 3),
      setScenarioValue('s1', { kind: 'edgeRate', id: 'e3' }, 0.5),
      setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.8),
    );
    expect(doc.scenarios[0]!.overrides).toEqual({
      edgeRates: [
        { edgeId: 'e2', rate: 0.8 },
        { edgeId: 'e3', rate: 0.5 },
      ],
      startVolumes: [{ nodeId: 'start', volume: 250 }],
      durations: [{ nodeId: 'a', days: 3 }],
    });
    // The process itself is untouched by every one of them.
    expect(doc.edges).toBe(chain.edges);
    expect(doc.nodes).toBe(chain.nodes);

    const cleared = after(doc, setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, undefined), setScenarioValue('s1', { kind: 'duration', id: 'a' }, undefined));
    expect(cleared.scenarios[0]!.overrides).toEqual({ edgeRates: [{ edgeId: 'e3', rate: 0.5 }], startVolumes: [{ nodeId: 'start', volume: 250 }], durations: [] });
  });

  it('refuse a value for a record that does not exist, for a missing scenario, and a rate out of range', () => {
    const doc = after(chain, createScenario('s1', 'One'));
    expect(setScenarioValue('s1', { kind: 'edgeRate', id: 'start' }, 0.5)(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 'start' } });
    expect(setScenarioValue('s1', { kind: 'duration', id: 'e1' }, 2)(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 'e1' } });
    expect(setScenarioValue('s2', { kind: 'edgeRate', id: 'e1' }, 0.5)(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 's2' } });
    const over = setScenarioValue('s1', { kind: 'edgeRate', id: 'e1' }, 1.5)(doc);
    expect(over.ok).toBe(false);
    expect(!over.ok && over.error.code).toBe('out-of-limits');
  });

  it('duplicate a scenario right after its original, with its own copy of the values', () => {
    const doc = after(chain, createScenario('s1', 'One'), createScenario('s2', 'Two'), setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.9));
    const copied = run(duplicateScenario('s1', 's3', 'One (copy)'), doc);
    expect(copied.document.scenarios.map((scenario) => scenario.id)).toEqual(['s1', 's3', 's2']);
    expect(copied.document.scenarios[1]!.overrides).toEqual(doc.scenarios[0]!.overrides);
    expect(copied.document.scenarios[1]!.overrides).not.toBe(doc.scenarios[0]!.overrides);
    const changed = after(copied.document, setScenarioValue('s3', { kind: 'edgeRate', id: 'e2' }, 0.1));
    expect(changed.scenarios[0]!.overrides.edgeRates).toEqual([{ edgeId: 'e2', rate: 0.9 }]);
    expect(duplicateScenario('s1', 's2', 'Clash')(doc)).toEqual({ ok: false, error: { code: 'duplicate-id', id: 's2' } });
    expect(duplicateScenario('nope', 's9', 'x')(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 'nope' } });
  });

  it('delete a scenario, and undo brings it back in its place with its values', () => {
    const doc = after(chain, createScenario('s1', 'One'), createScenario('s2', 'Two'), setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.9));
    const deleted = run(deleteScenario('s1'), doc);
    expect(deleted.document.scenarios.map((scenario) => scenario.id)).toEqual(['s2']);
    expect(applyChanges(deleted.document, invertChanges(deleted.changes))).toEqual(doc);
    expect(deleteScenario('s1')(deleted.document)).toEqual({ ok: false, error: { code: 'not-found', id: 's1' } });
  });

  it('apply a scenario to the process as one step that undo reverses exactly', () => {
    const doc = after(
      chain,
      createScenario('s1', 'One'),
      setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.9),
      setScenarioValue('s1', { kind: 'startVolume', id: 'start' }, 300),
      setScenarioValue('s1', { kind: 'duration', id: 'b' }, 12),
    );
    const applied = run(applyScenarioToProcess('s1'), doc);
    const { document } = applied;
    expect(document.edges.find((edge) => edge.id === 'e2')!.conversionRate).toBe(0.9);
    expect(document.nodes.find((node) => node.id === 'start')!.volume).toBe(300);
    expect(document.nodes.find((node) => node.id === 'b')!.details).toEqual({ durationDays: 12 });
    // The scenario keeps its values; it now reads the same as the process.
    expect(document.scenarios).toEqual(doc.scenarios);
    expect(applied.changes.every((change) => change.type === 'update' && change.collection !== 'scenarios')).toBe(true);
    expect(applyChanges(document, invertChanges(applied.changes))).toEqual(doc);
    // Applying again changes nothing, so no empty undo step is recorded.
    expect(run(applyScenarioToProcess('s1'), document).changes).toEqual([]);
  });

  it('drop a scenario’s values when their records are removed, and bring them back on undo', () => {
    const doc = after(chain, createScenario('s1', 'One'), setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.9), setScenarioValue('s1', { kind: 'duration', id: 'b' }, 4));
    const removed = run(removeRecords(['b'], []), doc);
    expect(removed.document.scenarios[0]!.overrides).toEqual({ edgeRates: [], startVolumes: [], durations: [] });
    expect(applyChanges(removed.document, invertChanges(removed.changes))).toEqual(doc);
  });
});
