import { describe, expect, it } from 'vitest';
import { moveNodes, updateEdge, updateNode } from '../graph';
import { sampleDocument } from '../sample';
import { analysisOf, sameAnalysisInputs } from './analysisCache';

describe('analysisOf', () => {
  it('reuses the analysis while only positions, sizes or looks change', () => {
    const doc = sampleDocument();
    const first = analysisOf(doc);
    const moved = moveNodes(doc, new Map([['contact', { x: 999, y: 999 }]]));
    const recoloured = updateNode(moved, 'needs', { style: { fill: '#ffeeee' }, label: 'Discovery' });
    expect(analysisOf(moved)).toBe(first);
    expect(analysisOf(recoloured)).toBe(first);
  });

  it('recomputes once a figure can change', () => {
    const doc = sampleDocument();
    const first = analysisOf(doc);
    const rate = updateEdge(doc, 'quotation--contract', { conversionRate: 0.3 });
    const second = analysisOf(rate);
    expect(second).not.toBe(first);
    expect(second.funnel.wins).toBeCloseTo(first.funnel.wins / 2, 9);
    expect(analysisOf(rate)).toBe(second);
  });

  it('keeps the process and a scenario of it apart, computing each once while they are asked for in turn', () => {
    const doc = sampleDocument();
    const scenario = updateEdge(doc, 'quotation--contract', { conversionRate: 0.3 });
    const process = analysisOf(doc);
    const shown = analysisOf(scenario);
    expect(shown).not.toBe(process);
    expect(analysisOf(doc)).toBe(process);
    expect(analysisOf(moveNodes(scenario, new Map([['contact', { x: 5, y: 5 }]])))).toBe(shown);
    expect(analysisOf(doc)).toBe(process);
  });

  it('tells inputs that matter from those that do not', () => {
    const doc = sampleDocument();
    expect(sameAnalysisInputs(doc, updateNode(doc, 'leads', { volume: 1000 }))).toBe(false);
    expect(sameAnalysisInputs(doc, updateNode(doc, 'needs', { details: { owner: 'Solutions engineer', durationDays: 11 } }))).toBe(false);
    expect(sameAnalysisInputs(doc, updateNode(doc, 'won', { outcome: 'other' }))).toBe(false);
    // An end's label is read for its outcome; a stage's is not.
    expect(sameAnalysisInputs(doc, updateNode(doc, 'won', { label: 'Closed lost' }))).toBe(false);
    expect(sameAnalysisInputs(doc, updateNode(doc, 'needs', { label: 'Discovery' }))).toBe(true);
    expect(sameAnalysisInputs(doc, updateEdge(doc, 'qualified--needs', { label: undefined }))).toBe(false);
    expect(sameAnalysisInputs(doc, { ...doc, settings: { ...doc.settings, dealValue: 1 } })).toBe(false);
    expect(sameAnalysisInputs(doc, { ...doc, nodes: doc.nodes.slice(1) })).toBe(false);
    expect(sameAnalysisInputs(doc, { ...doc, title: 'Renamed', settings: { ...doc.settings, currency: 'EUR' } })).toBe(true);
  });
});
