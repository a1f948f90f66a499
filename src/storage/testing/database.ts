// A fresh database per test, so tests never see each other's rows.

import { createDatabase, type SalesflowDatabase } from '../database';
import { injectFaults, type Faults } from './faults';

export function testDatabase(): { db: SalesflowDatabase; faults: Faults } {
  const db = createDatabase(`salesflow-test-${crypto.randomUUID()}`);
  return { db, faults: injectFaults(db) };
}
