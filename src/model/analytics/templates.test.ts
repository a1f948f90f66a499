// The promise about templates: each gives a meaningful forecast, with wins above zero, a
// named bottleneck and no process problem but missing owners, in both languages: every end has an
// outcome its label agrees with, no rates in conflict, and durations to measure the cycle time.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../templates/parseTemplate';
import { resolveTemplate } from '../templates/resolveTemplate';
import { analyse } from './analyse';

const DIR = new URL('../../../templates/', import.meta.url);
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();

describe('every template', () => {
  it.each(FILES.flatMap((file) => [[file, 'en'] as const, [file, 'zh-CN'] as const]))('%s gives a meaningful forecast (%s)', (file, language) => {
    const parsed = parseTemplateFile(readFileSync(new URL(file, DIR), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const doc = resolveTemplate(parsed.value, language, { id: 'template', now: 0 });
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    const analysis = analyse(doc.value);
    expect(analysis.funnel.wins).toBeGreaterThan(0);
    expect(analysis.funnel.byOutcome.lost).toBeGreaterThan(0);
    expect(analysis.bottlenecks.mostLost).toBeDefined();
    expect(analysis.cycleTime.daysToWin).toBeGreaterThan(0);
    expect(analysis.durations.unknown).toBe(false);
    expect(analysis.rateConflicts.nodes.size).toBe(0);
    expect(doc.value.nodes.filter((node) => node.kind === 'end' && node.outcome === undefined)).toEqual([]);
    expect(analysis.problems.filter((problem) => problem.code !== 'no-owner')).toEqual([]);
  });
});
