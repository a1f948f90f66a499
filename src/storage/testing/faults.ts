// Fault injection for storage tests, at Dexie's lowest layer (DBCore), so the code under test runs
// exactly as in the browser up to the failing IndexedDB request or commit.

import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { SalesflowDatabase } from '../database';

type TableName = 'meta' | 'bodies' | 'revisions' | 'templates';

export interface Faults {
  /** Every table read from, in order, since the last `clear`. */
  reads: TableName[];
  /** The nth write to `table` from now fails at the request, as IndexedDB reports a put it refuses. */
  failWrite(table: TableName, error: unknown, nth?: number): void;
  /**
   * The next write to `table` succeeds, then its transaction aborts with `error`: how a full disk
   * shows up at commit, which Dexie reports as an AbortError whose `inner` is the cause. It is
   * the commit only when that write is the transaction's last.
   */
  abortAfterNextWrite(table: TableName, error: unknown): void;
  clear(): void;
}

/** Call before the database is first used: middleware joins at open. */
export function injectFaults(db: SalesflowDatabase): Faults {
  let failing: { table: TableName; error: unknown; atCommit: boolean; writesLeft: number } | null = null;
  const faults: Faults = {
    reads: [],
    failWrite(table, error, nth = 1) {
      failing = { table, error, atCommit: false, writesLeft: nth };
    },
    abortAfterNextWrite(table, error) {
      failing = { table, error, atCommit: true, writesLeft: 1 };
    },
    clear() {
      faults.reads.length = 0;
      failing = null;
    },
  };

  function wrapTable(down: DBCoreTable): DBCoreTable {
    const name = down.name as TableName;
    const recordRead = <A extends unknown[], R>(read: (...args: A) => R) => (...args: A): R => {
      faults.reads.push(name);
      return read(...args);
    };
    return {
      ...down,
      get: recordRead(down.get.bind(down)),
      getMany: recordRead(down.getMany.bind(down)),
      query: recordRead(down.query.bind(down)),
      openCursor: recordRead(down.openCursor.bind(down)),
      count: recordRead(down.count.bind(down)),
      async mutate(req: DBCoreMutateRequest) {
        const fault = failing;
        if (fault === null || fault.table !== name) return down.mutate(req);
        fault.writesLeft -= 1;
        if (fault.writesLeft > 0) return down.mutate(req);
        failing = null;
        if (!fault.atCommit) throw fault.error;
        const response = await down.mutate(req);
        const transaction = req.trans as unknown as IDBTransaction;
        Object.defineProperty(transaction, 'error', { value: fault.error, configurable: true, writable: true });
        transaction.abort();
        return response;
      },
    };
  }

  db.use({
    stack: 'dbcore',
    name: 'test-faults',
    create: (down: DBCore): DBCore => ({ ...down, table: (tableName) => wrapTable(down.table(tableName)) }),
  });
  return faults;
}
