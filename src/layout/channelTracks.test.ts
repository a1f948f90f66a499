import { describe, expect, it } from 'vitest';
import { orderChannel, type ChannelRun } from './channelTracks';

const forward = (from: number, to: number): ChannelRun => ({ from, to, fromSide: 'left', toSide: 'right', track: -1 });
const back = (from: number, to: number): ChannelRun => ({ from, to, fromSide: 'right', toSide: 'left', track: -1 });

describe('orderChannel', () => {
  it('puts the one of two overlapping downward runs that starts lower on the left, where they do not cross', () => {
    const upper = forward(0, 100);
    const lower = forward(50, 150);
    expect(orderChannel([upper, lower], 10)).toBe(2);
    expect(lower.track).toBeLessThan(upper.track);
  });

  it('does so whatever order the runs come in, and mirrors it for upward runs', () => {
    const lower = forward(50, 150);
    const upper = forward(0, 100);
    orderChannel([lower, upper], 10);
    expect(lower.track).toBeLessThan(upper.track);
    const a = forward(100, 0);
    const b = forward(150, 50);
    orderChannel([a, b], 10);
    expect(a.track).toBeLessThan(b.track);
  });

  it('never lets two stubs at one height head at each other between the tracks', () => {
    // The forward run leaves rightwards at 100, the loop-back's run leaves leftwards at 100.
    const f = forward(0, 100);
    const b = back(200, 100);
    orderChannel([f, b], 10);
    expect(b.track).toBeLessThan(f.track);
  });

  it('lets runs that follow each other without overlapping share a track', () => {
    const runs = [forward(0, 40), forward(100, 140), forward(200, 240)];
    expect(orderChannel(runs, 10)).toBe(1);
    expect(new Set(runs.map((run) => run.track))).toEqual(new Set([0]));
  });
});
