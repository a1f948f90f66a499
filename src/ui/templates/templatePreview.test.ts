import { describe, expect, it } from 'vitest';
import { makeChain } from '../../model/fixtures/documents';
import { templateFromDocument } from '../../model/templates/templateFile';
import { templateMatches, templatePreviewUrl } from './templatePreview';

const template = templateFromDocument(makeChain(), {
  id: 'team',
  name: { en: 'Channel sale', 'zh-CN': '渠道销售' },
  description: { en: 'Deal registration first', 'zh-CN': '先报备' },
  category: 'channel',
});

describe('templateMatches', () => {
  it('finds a template by its name or description in either language', () => {
    for (const needle of ['channel', '渠道', 'registration', '报备', '']) expect(templateMatches(template, needle), needle).toBe(true);
    expect(templateMatches(template, 'saas')).toBe(false);
  });
});

describe('templatePreviewUrl', () => {
  it('draws the template itself, with its labels in the language asked for', () => {
    // One node, so that the preview is drawn large enough for labels to be kept.
    const chain = makeChain();
    const labelled = templateFromDocument({ ...chain, lanes: [], nodes: [{ ...chain.nodes[0]!, laneId: undefined }], edges: [] }, template.meta);
    labelled.document.nodes[0]!.label = { en: 'Inbound', 'zh-CN': '来电' };
    const svg = (language: 'en' | 'zh-CN') => decodeURIComponent(templatePreviewUrl(labelled, language)!.split(',')[1]!);
    expect(svg('en').match(/<g transform="translate\(/g)).toHaveLength(1);
    expect(svg('en')).toContain('Inbound');
    expect(svg('zh-CN')).toContain('来电');
  });
});
