import { describe, expect, it } from 'vitest';
import { pluralMessage } from '../../i18n/plural';
import { formatMessage, type Language } from '../../i18n/languages';
import type { Translate, TranslatePlural } from '../../i18n/I18nProvider';
import { templateDocuments } from '../../io/testing/templateDocuments';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import { deckSteps } from './deckSteps';

function translators(language: Language): [Translate, TranslatePlural] {
  return [(key, params) => formatMessage(language, key, params), (base, count, params) => pluralMessage(language, base, count, params)];
}

describe('deckSteps', () => {
  it('titles each step and writes its caption into the notes, in the document’s language', () => {
    const { document } = templateDocuments().find((t) => t.language === 'zh-CN')!;
    const node = document.nodes.find((n) => n.kind === 'stage')!;
    const doc = { ...document, nodes: document.nodes.map((n) => (n.id === node.id ? { ...n, details: { owner: '王芳', durationDays: 3, notes: '先确认预算' } } : n)) };
    const { steps, overviewNotes } = deckSteps(doc, ...translators('zh-CN'));
    expect(steps.map((step) => step.nodeId)).toEqual(walkthroughNodeIds(doc));
    const step = steps.find((s) => s.nodeId === node.id)!;
    expect(step.title).toBe(`第 ${steps.indexOf(step) + 1} 步，共 ${steps.length} 步：${node.label}`);
    expect(step.notes.split('\n')).toEqual(['先确认预算', '负责人：王芳', '时长：3 天']);
    expect(overviewNotes.split('\n')).toHaveLength(steps.length + 1);
  });

  it('has no steps and no overview notes for an empty flowchart', () => {
    const { document } = templateDocuments()[0]!;
    expect(deckSteps({ ...document, nodes: [], edges: [], lanes: [] }, ...translators('en'))).toEqual({ steps: [], overviewNotes: '' });
  });
});
