import { describe, expect, it } from 'vitest';
import { computeFunnel } from './funnel';
import { documentOf, edge, node, sixStageLine, stage } from './testDocuments';

describe('computeFunnel', () => {
  it('turns 1,000 leads through the six-stage line of 50%, 60%, 40%, 50% and 80% into 48 wins', () => {
    const funnel = computeFunnel(sixStageLine());
    expect(funnel.entered).toBe(1000);
    expect(funnel.wins).toBeCloseTo(1000 * 0.5 * 0.6 * 0.4 * 0.5 * 0.8, 9);
    expect(funnel.wins).toBeCloseTo(48, 9);
    expect(funnel.conversion).toBeCloseTo(0.048, 12);
    expect(funnel.volume.get('s2')).toBeCloseTo(500, 9);
    expect(funnel.flow.get('s2->s3')).toBeCloseTo(300, 9);
    // What the rated edges leave behind goes nowhere.
    expect(funnel.lostWithoutPath.get('s1')).toBeCloseTo(500, 9);
    expect(funnel.withoutPath).toBeCloseTo(952, 9);
    expect(funnel.closedLoops).toEqual([]);
  });

  it('adds the leads of two starts feeding one stage', () => {
    const doc = documentOf(
      [node('web', 'start', { volume: 300 }), node('events', 'start', { volume: 200 }), stage('qualify'), node('won', 'end', { outcome: 'won' })],
      [edge('web', 'qualify'), edge('events', 'qualify'), edge('qualify', 'won', 0.1)],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.entered).toBe(500);
    expect(funnel.volume.get('qualify')).toBe(500);
    expect(funnel.wins).toBeCloseTo(50, 12);
  });

  it('splits a decision by its rates and gives an unrated branch what the rated ones leave', () => {
    const doc = documentOf(
      [
        node('leads', 'start', { volume: 1000 }),
        node('fit', 'decision'),
        node('won', 'end', { outcome: 'won' }),
        node('lost', 'end', { outcome: 'lost' }),
        node('partner', 'end', { outcome: 'other' }),
      ],
      [edge('leads', 'fit'), edge('fit', 'won', 0.4), edge('fit', 'lost'), edge('fit', 'partner')],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.byOutcome.won).toBeCloseTo(400, 12);
    expect(funnel.byOutcome.lost).toBeCloseTo(300, 12);
    expect(funnel.byOutcome.other).toBeCloseTo(300, 12);
    expect(funnel.share.get('fit->lost')).toBeCloseTo(0.3, 12);
    expect(funnel.withoutPath).toBe(0);
  });

  it('solves a nurture loop returning 30% to an earlier stage to its analytic value', () => {
    // Half of the demos say no; 60% of those come back after nurturing: 30% of each pass returns.
    const doc = documentOf(
      [
        node('leads', 'start', { volume: 1000 }),
        stage('demo'),
        node('yes', 'decision'),
        node('nurture', 'delay'),
        node('won', 'end', { outcome: 'won' }),
      ],
      [edge('leads', 'demo'), edge('demo', 'yes'), edge('yes', 'won', 0.5), edge('yes', 'nurture', 0.5), edge('nurture', 'demo', 0.6)],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.volume.get('demo')).toBeCloseTo(1000 / (1 - 0.3), 9);
    expect(funnel.wins).toBeCloseTo(500 / 0.7, 9);
    expect(funnel.withoutPath).toBeCloseTo(1000 - 500 / 0.7, 9);
  });

  it('solves a loop too long for a dense solve by iteration, to the same analytic value', () => {
    const ring = Array.from({ length: 150 }, (_, index) => stage(`r${index}`));
    const doc = documentOf(
      [node('leads', 'start', { volume: 1000 }), ...ring, node('won', 'end', { outcome: 'won' })],
      [
        edge('leads', 'r0'),
        ...ring.slice(1).map((next, index) => edge(ring[index]!.id, next.id)),
        edge('r149', 'r0', 0.5),
        edge('r149', 'won', 0.5),
      ],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.volume.get('r0')).toBeCloseTo(2000, 6);
    expect(funnel.volume.get('r75')).toBeCloseTo(2000, 6);
    expect(funnel.wins).toBeCloseTo(1000, 6);
  });

  it('reports a loop returning 100% with no exit instead of hanging', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 1000 }), stage('a'), stage('b'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'a'), edge('a', 'b', 1), edge('b', 'a', 1), edge('b', 'won', 0)],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.closedLoops).toEqual([['a', 'b']]);
    expect(funnel.volume.get('a')).toBe(1000);
    expect(funnel.wins).toBe(0);
  });

  it('forecasts revenue per period from the deal value, and none without one', () => {
    const withValue = { ...sixStageLine(), settings: { ...sixStageLine().settings, dealValue: 25_000 } };
    expect(computeFunnel(withValue).revenue).toBeCloseTo(48 * 25_000, 6);
    expect(computeFunnel(sixStageLine()).revenue).toBeUndefined();
  });

  it('carries nothing along edges that touch a note', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), stage('call'), node('memo', 'note'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'call'), edge('call', 'memo'), edge('call', 'won'), edge('memo', 'won')],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.wins).toBe(100);
    expect(funnel.flow.has('call->memo')).toBe(false);
    expect(funnel.volume.has('memo')).toBe(false);
  });

  it('scales stated rates above 100% down so that no node sends on more than it receives', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), stage('call'), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
      [edge('leads', 'call'), edge('call', 'won', 0.9), edge('call', 'lost', 0.6)],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.wins).toBeCloseTo(60, 12);
    expect(funnel.byOutcome.lost).toBeCloseTo(40, 12);
  });

  it('keeps what reaches an end there, and counts an end without an outcome as other', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 10 }), node('done', 'end'), stage('after')],
      [edge('leads', 'done'), edge('done', 'after')],
    );
    const funnel = computeFunnel(doc);
    expect(funnel.byOutcome.other).toBe(10);
    expect(funnel.volume.get('after')).toBe(0);
    expect(funnel.conversion).toBe(0);
  });

  it('gives a conversion of 0 when no lead enters', () => {
    expect(computeFunnel(sixStageLine(undefined, 0)).conversion).toBe(0);
  });
});
