import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../i18n/languages';
import type { Translate } from '../../i18n/I18nProvider';
import { documentOf, edge, node, stage } from '../../model/analytics/testDocuments';
import { diagramFigures } from './diagramFigures';

const t: Translate = (key, params) => formatMessage('en', key, params);

describe('diagramFigures', () => {
  it('writes a rate in conflict as typed and marked, and the volumes after it as estimates', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), node('deal', 'decision'), stage('legal'), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
      [edge('leads', 'deal'), edge('deal', 'legal', 0.45, { label: '是' }), edge('deal', 'lost', 0.7, { label: '否' }), edge('legal', 'won', 1)],
    );
    const figures = diagramFigures(doc, 'en', t);
    // Not the 39% and 61% the scaled shares would read.
    expect(figures.edges.get('deal->legal')).toBe('45%');
    expect(figures.edges.get('deal->lost')).toBe('70%');
    expect(figures.edges.get('legal->won')).toBe('100%');
    expect([...(figures.conflicts ?? [])].sort()).toEqual(['deal->legal', 'deal->lost']);
    expect(figures.nodes.get('deal')).toBe('100');
    expect(figures.nodes.get('won')).toBe('≈39');
  });

  it('writes a leak badge for a step whose rates leave deals without a path, as the canvas writes it', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), stage('needs'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'needs'), edge('needs', 'won', 0.8)],
    );
    const figures = diagramFigures(doc, 'en', t);
    expect([...(figures.leaks ?? [])]).toEqual([['needs', '−20 (20%)']]);
    expect([...(diagramFigures(doc, 'zh-CN', t).leaks ?? [])]).toEqual([['needs', '−20 (20%)']]);
  });
});
