// The file step of Import deal data, without React: which column roles each shape offers, and a
// reading with one role moved. What a reading means is src/model/actuals/tableReading.ts.

import type { ColumnRole } from '../../model/actuals/columns';
import type { TableReading } from '../../model/actuals/shape';
import type { DealDataShape } from '../../model/types';

export const ROLES_BY_SHAPE: Record<DealDataShape, readonly ColumnRole[]> = {
  'event-log': ['dealId', 'stage', 'enteredAt', 'outcome', 'lostReason', 'amount'],
  wide: ['dealId', 'outcome', 'lostReason', 'amount'],
  snapshot: ['dealId', 'stage', 'createdAt', 'closedAt', 'outcome', 'amount'],
};

export function withRole(reading: TableReading, role: ColumnRole, column: number | undefined): TableReading {
  const roles = new Map(reading.roles);
  if (column === undefined) roles.delete(role);
  else roles.set(role, column);
  return { ...reading, roles };
}
