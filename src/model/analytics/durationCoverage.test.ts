import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { documentOf, edge, node, stage } from './testDocuments';

function line(days: readonly (number | undefined)[]) {
  const stages = days.map((value, index) => stage(`s${index}`, value));
  const ids = ['leads', ...stages.map((made) => made.id), 'won'];
  return documentOf(
    [node('leads', 'start', { volume: 10 }), ...stages, node('won', 'end', { outcome: 'won' }), stage('lost-cause')],
    [...ids.slice(1).map((id, index) => edge(ids[index]!, id)), edge('leads', 'lost-cause', 0)],
  );
}

describe('durationCoverage', () => {
  it('calls the cycle time unknown when no step a won deal passes has a duration', () => {
    const { durations, cycleTime } = analyse(line([undefined, undefined, undefined]));
    expect(durations).toEqual({ steps: 3, missing: ['s0', 's1', 's2'], unknown: true });
    // What the panel used to show as a result.
    expect(cycleTime.daysToWin).toBe(0);
  });

  it('knows it once one duration is set, 0 included, and lists the steps still without one', () => {
    expect(analyse(line([5, undefined, undefined])).durations).toEqual({ steps: 3, missing: ['s1', 's2'], unknown: false });
    expect(analyse(line([0, 0, 0])).durations).toEqual({ steps: 3, missing: [], unknown: false });
  });

  it('ignores steps from which no deal can be won', () => {
    const doc = line([undefined]);
    doc.nodes.find((made) => made.id === 'lost-cause')!.details = { durationDays: 30 };
    expect(analyse(doc).durations).toMatchObject({ steps: 1, unknown: true });
  });

  it('does not ask a decision for a duration, but counts one set on it', () => {
    const doc = line([undefined]);
    doc.nodes.push(node('ask', 'decision'));
    doc.edges = doc.edges.map((made) => (made.target === 'won' ? { ...made, target: 'ask' } : made));
    doc.edges.push(edge('ask', 'won'));
    expect(analyse(doc).durations).toEqual({ steps: 1, missing: ['s0'], unknown: true });
    doc.nodes[doc.nodes.length - 1]!.details = { durationDays: 2 };
    expect(analyse(doc).durations).toEqual({ steps: 1, missing: ['s0'], unknown: false });
  });
});
