import { describe, expect, it } from 'vitest';
import type { TableReading } from '../../model/actuals/shape';
import { withRole } from './dealReading';

describe('withRole', () => {
  const reading: TableReading = { shape: 'event-log', sure: true, roles: new Map([['dealId', 0], ['stage', 1]]), wideColumns: [] };

  it('gives a role a column, or takes it away, leaving the reading it came from as it was', () => {
    expect(withRole(reading, 'enteredAt', 2).roles.get('enteredAt')).toBe(2);
    expect(withRole(reading, 'stage', undefined).roles.has('stage')).toBe(false);
    expect(reading.roles.has('stage')).toBe(true);
    expect(reading.roles.has('enteredAt')).toBe(false);
  });
});
