import { describe, expect, it } from 'vitest';
import { newPresenterChannel, readFromPresenter, readToPresenter } from './presenterChannel';
import { isPresenterChannel } from '../../lib/documentAddress';

describe('presenter channel messages', () => {
  it('reads the presenting tab\'s state, keeping only the caption\'s fields of the right types', () => {
    const message = {
      kind: 'state',
      step: 2,
      count: 9,
      nextLabel: 'Quote',
      startedAt: 1000,
      node: { label: 'Qualify', id: 'n1', details: { owner: 'SDR', durationDays: 5, kpi: 7, notes: ['x'], __proto__: { polluted: true } } },
    };
    expect(readToPresenter(message)).toEqual({ kind: 'state', step: 2, count: 9, nextLabel: 'Quote', startedAt: 1000, node: { label: 'Qualify', details: { owner: 'SDR', durationDays: 5 } } });
    expect(readToPresenter({ kind: 'ended' })).toEqual({ kind: 'ended' });
  });

  it('ignores anything else another page of the origin might post', () => {
    for (const junk of [null, 'state', { kind: 'state' }, { kind: 'state', step: '2', count: 1, startedAt: 0, node: null, nextLabel: null }, { kind: 'state', step: 1, count: 1, startedAt: 0, node: { label: 3 }, nextLabel: null }]) {
      expect(readToPresenter(junk)).toBeNull();
    }
    expect(readFromPresenter({ kind: 'move', by: 1 })).toEqual({ kind: 'move', by: 1 });
    expect(readFromPresenter({ kind: 'move', by: 5 })).toBeNull();
    expect(readFromPresenter({ kind: 'hello' })).toEqual({ kind: 'hello' });
    expect(readFromPresenter(undefined)).toBeNull();
  });

  it('makes channel names the router accepts, different each time', () => {
    const names = new Set(Array.from({ length: 50 }, newPresenterChannel));
    expect(names.size).toBe(50);
    for (const name of names) expect(isPresenterChannel(name)).toBe(true);
    expect(isPresenterChannel('../doc')).toBe(false);
  });
});
