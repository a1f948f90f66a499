// The deal import off the page's thread, for the whole dialog: decoding, CSV parsing and XLSX
// unpacking take seconds on a large export, and reading deals out of 100,000 rows and measuring
// them take hundreds of milliseconds more, so the table and the deals read from it stay here and
// the page only gets what it shows (dealSession.ts). Cancel terminates the worker.
import { err, ok } from '../../lib/result';
import { dealDataOf } from '../../model/actuals/dealDataOf';
import type { DealRead } from '../../model/actuals/histories';
import { firstReading, inspectReading, summarizeRead } from '../../model/actuals/tableReading';
import type { Table } from '../../model/actuals/table';
import type { FromDealWorker, ToDealWorker } from './dealMessages';
import { readTable } from './readTable';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToDealWorker>) => void) | null;
  postMessage: (message: FromDealWorker) => void;
}

const scope = globalThis as unknown as WorkerScope;

let table: Table | null = null;
let inspected: { id: number; read: DealRead | null } | null = null;

async function read(buffer: ArrayBuffer): Promise<void> {
  const result = await readTable(new Uint8Array(buffer), {
    onProgress: (phase, done) => scope.postMessage({ type: 'progress', phase, done }),
  });
  if (!result.ok) {
    scope.postMessage({ type: 'read', result });
    return;
  }
  table = result.value;
  inspected = null;
  const first = firstReading(table);
  scope.postMessage({ type: 'read', result: ok({ headers: table.headers, rows: table.rows.length, reading: first.reading, shapeError: first.error }) });
}

function answer(message: Exclude<ToDealWorker, { type: 'read' }>): FromDealWorker {
  if (table === null) return { type: 'failed', id: message.id };
  if (message.type === 'inspect') {
    const inspection = inspectReading(table, message.reading, message.chosenOrder);
    inspected = { id: message.id, read: inspection.read };
    const { inference, dayOrder } = inspection;
    return { type: 'inspected', id: message.id, inspection: { inference, dayOrder, read: inspection.read && summarizeRead(inspection.read) } };
  }
  if (inspected?.id !== message.inspection || inspected.read === null) return { type: 'failed', id: message.id };
  return { type: 'measured', id: message.id, dealData: dealDataOf({ ...message.request, read: inspected.read }) };
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'read') {
    read(message.buffer).catch(() => scope.postMessage({ type: 'read', result: err({ code: 'worker-failed' }) }));
    return;
  }
  let reply: FromDealWorker;
  try {
    reply = answer(message);
  } catch {
    reply = { type: 'failed', id: message.id };
  }
  scope.postMessage(reply);
};
