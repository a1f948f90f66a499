import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentOf, edge, node, stage } from '../../model/analytics/testDocuments';
import { dealDataOf, initialMapping } from '../../model/actuals/dealDataOf';
import { readDeals } from '../../model/actuals/histories';
import { firstReading } from '../../model/actuals/tableReading';
import type { FromDealWorker, ToDealWorker } from './dealMessages';
import { parseCsv } from './csv';
import { tableFromRows } from './tableFromRows';
import { inThreadWorkers } from '../../lib/testing/inThreadWorkers';

// The real worker script runs in this thread (lib/testing/inThreadWorkers.ts).
const state = inThreadWorkers<ToDealWorker, FromDealWorker>();

const { openDealSession } = await import('./dealSession');
await import('./dealWorker');

beforeEach(() => {
  state.reset();
  vi.stubGlobal('Worker', state.Worker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const LOG = ['Deal ID,Stage,Entered at', 'D-1,Qualify,2024-03-04', 'D-1,Demo,2024-03-06', 'D-1,Won,2024-03-15', 'D-2,Qualify,2024-03-05', 'D-2,Lost,someday', 'D-2,Lost,2024-03-08', 'D-3,Spam,2024-03-07'].join('\n');
const csv = (text: string) => new Blob([text]);
const doc = documentOf(
  [node('lead', 'start'), stage('Qualify'), stage('Demo'), node('won', 'end', { outcome: 'won', label: 'Won' }), node('lost', 'end', { outcome: 'lost', label: 'Lost' })],
  [edge('lead', 'Qualify', 1, { id: 'e1' }), edge('Qualify', 'Demo', 0.5, { id: 'e2' }), edge('Demo', 'won', 0.5, { id: 'e3' }), edge('Demo', 'lost', 0.5, { id: 'e4' }), edge('Qualify', 'lost', 0.5, { id: 'e5' })],
);

async function opened(text = LOG) {
  const result = await openDealSession(csv(text));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('openDealSession', () => {
  it('reads the file in a module worker of its own, transferring the bytes, and answers only the overview', async () => {
    const phases: string[] = [];
    const result = await openDealSession(csv(LOG), { onProgress: (phase) => phases.push(phase) });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.overview).toEqual({
      headers: ['Deal ID', 'Stage', 'Entered at'],
      rows: 7,
      reading: { shape: 'event-log', sure: true, roles: new Map([['dealId', 0], ['stage', 1], ['enteredAt', 2]]), wideColumns: [] },
      shapeError: null,
    });
    const [worker] = state.workers;
    expect(worker?.url).toMatch(/dealWorker\.ts$/);
    expect(worker?.type).toBe('module');
    expect(worker?.transferred[0]).toBeInstanceOf(ArrayBuffer);
    // The rows stay in the worker, which stays for the next steps.
    expect(JSON.stringify(worker?.answers)).not.toContain('D-1');
    expect(worker?.terminated).toBe(false);
    expect(phases).toContain('decoding');
    expect(phases.at(-1)).toBe('parsing');
    result.value.close();
    expect(worker?.terminated).toBe(true);
  });

  it('reads the deals in the worker and answers their counts, stage names and problems', async () => {
    const session = await opened();
    const inspected = await session.inspect(session.overview.reading, null);
    expect(inspected).toEqual({
      ok: true,
      value: {
        inference: { kind: 'none' },
        dayOrder: null,
        read: {
          deals: 3,
          stages: ['Qualify', 'Demo', 'Won', 'Lost', 'Spam'],
          problems: expect.objectContaining({ unreadableDateCount: 1, unreadableDates: [{ fileRow: 6, column: 'Entered at', value: 'someday' }] }),
        },
      },
    });
    const roles = new Map(session.overview.reading.roles);
    roles.delete('stage');
    expect(await session.inspect({ ...session.overview.reading, roles }, null)).toMatchObject({ ok: true, value: { read: null } });
    session.close();
  });

  it('measures in the worker exactly what measuring on the page gives', async () => {
    const session = await opened();
    await session.inspect(session.overview.reading, null);
    const mapping = initialMapping(['Qualify', 'Demo', 'Won', 'Lost', 'Spam'], doc.nodes);
    const request = { shape: 'event-log' as const, mapping, nodes: doc.nodes, edges: doc.edges, fileName: 'deals.csv', now: 7 };
    const measured = await session.measure(request);

    const table = tableFromRows(parseCsv(LOG, { delimiter: ',' }).records, parseCsv(LOG, { delimiter: ',' }).lines)!;
    const expected = dealDataOf({ ...request, read: readDeals(table, firstReading(table).reading, { dayOrder: null }) });
    expect(measured).toEqual({ ok: true, value: expected });
    expect(expected.aggregates.edges).toContainEqual({ edgeId: 'e2', week: '2024-03-04', count: 1 });
    session.close();
  });

  it('measures only the deals of the latest inspection, and none while its reading was incomplete', async () => {
    const session = await opened();
    const roles = new Map(session.overview.reading.roles);
    roles.delete('enteredAt');
    await session.inspect({ ...session.overview.reading, roles }, null);
    const request = { shape: 'event-log' as const, mapping: [], nodes: doc.nodes, edges: doc.edges, fileName: 'deals.csv', now: 7 };
    expect(await session.measure(request)).toEqual({ ok: false, error: { code: 'worker-failed' } });
    session.close();
  });

  it('passes on a typed error from the worker and ends it', async () => {
    expect(await openDealSession(csv(''))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(state.workers[0]?.terminated).toBe(true);
  });

  it('gives cancelled and terminates the worker when the signal aborts mid-read', async () => {
    state.hold = true;
    const controller = new AbortController();
    const reading = openDealSession(csv(LOG), { signal: controller.signal });
    await vi.waitFor(() => expect(state.workers).toHaveLength(1));
    controller.abort();
    expect(await reading).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(state.workers[0]?.terminated).toBe(true);
  });

  it('gives cancelled for a measurement under way when the signal aborts, and terminates the worker', async () => {
    const controller = new AbortController();
    const result = await openDealSession(csv(LOG), { signal: controller.signal });
    if (!result.ok) throw new Error(result.error.code);
    await result.value.inspect(result.value.overview.reading, null);
    state.hold = true;
    const measuring = result.value.measure({ shape: 'event-log', mapping: [], nodes: doc.nodes, edges: doc.edges, fileName: 'deals.csv', now: 7 });
    controller.abort();
    expect(await measuring).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(state.workers[0]?.terminated).toBe(true);
    expect(await result.value.inspect(result.value.overview.reading, null)).toEqual({ ok: false, error: { code: 'cancelled' } });
  });

  it('starts no worker for a signal aborted before', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await openDealSession(csv('a,b\n1,2\n'), { signal: controller.signal })).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(state.workers).toHaveLength(0);
  });

  it('gives worker-failed when the worker fails to load, and to a request when it crashes later', async () => {
    state.hold = true;
    const reading = openDealSession(csv('a,b\n1,2\n'));
    await vi.waitFor(() => expect(state.workers).toHaveLength(1));
    state.workers[0]?.fail();
    expect(await reading).toEqual({ ok: false, error: { code: 'worker-failed' } });

    state.hold = false;
    const session = await opened();
    state.hold = true;
    const inspecting = session.inspect(session.overview.reading, null);
    state.workers[1]?.fail();
    expect(await inspecting).toEqual({ ok: false, error: { code: 'worker-failed' } });
    expect(state.workers[1]?.terminated).toBe(true);
  });
});
