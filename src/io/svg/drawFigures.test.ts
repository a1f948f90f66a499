// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { textWidth } from '../../geometry/text';
import { renderDocumentSvg } from './renderDocumentSvg';

function parse(svg: string): Document {
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

describe('forecast figures on an exported diagram', () => {
  const document = sampleDocument();
  const first = document.nodes[0]!;
  const edge = document.edges[0]!;
  const figures = {
    nodes: new Map([[first.id, '1,000']]),
    edges: new Map([[edge.id, '45%']]),
    legend: 'Badges: expected deals per month <& more>',
  };

  it('draws each badge, chip and the legend as escaped text', () => {
    const xml = parse(renderDocumentSvg(document, { figures }));
    const texts = [...xml.querySelectorAll('text')].map((element) => element.textContent);
    expect(texts).toContain('1,000');
    expect(texts).toContain('45%');
    expect(texts).toContain('Badges: expected deals per month <& more>');
  });

  it('makes room for the legend under the diagram and draws nothing extra without figures', () => {
    const plain = parse(renderDocumentSvg(document));
    const withFigures = parse(renderDocumentSvg(document, { figures }));
    const height = (xml: Document) => Number(xml.documentElement.getAttribute('height'));
    expect(height(withFigures)).toBeGreaterThan(height(plain));
    expect([...plain.querySelectorAll('text')].map((element) => element.textContent)).not.toContain('1,000');
  });

  it('draws a chip in conflict with its typed rate, in the conflict colour, and a "!" mark', () => {
    const conflicted = { ...figures, conflicts: new Set([edge.id]) };
    const xml = parse(renderDocumentSvg(document, { figures: conflicted }));
    const chip = [...xml.querySelectorAll('text')].find((element) => element.textContent === '45%')!.parentElement!;
    expect(chip.querySelector('rect')?.getAttribute('stroke')).toBe('#b42318');
    expect(chip.querySelector('circle')?.getAttribute('fill')).toBe('#b42318');
    expect([...chip.querySelectorAll('text')].map((element) => element.textContent)).toEqual(['45%', '!']);
    const plain = parse(renderDocumentSvg(document, { figures }));
    const plainChip = [...plain.querySelectorAll('text')].find((element) => element.textContent === '45%')!.parentElement!;
    expect(plainChip.querySelector('circle')).toBeNull();
  });

  it('draws a leak badge over the bottom-right corner of the step that leaks, as the canvas does', () => {
    const leaking = { ...figures, leaks: new Map([[first.id, '−20 (20%)']]) };
    const xml = parse(renderDocumentSvg(document, { figures: leaking }));
    const badges = [...xml.querySelectorAll('g.leak')];
    expect(badges).toHaveLength(1);
    expect(badges[0]!.querySelector('text')?.textContent).toBe('−20 (20%)');
    expect(badges[0]!.querySelector('path')).not.toBeNull();
    const rect = badges[0]!.querySelector('rect')!;
    const right = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'));
    const bottom = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'));
    // 10 units past the corner, less half its 1.5-unit outline.
    expect(right).toBeCloseTo(first.position.x + first.size.width + 10 - 0.75, 5);
    expect(bottom).toBeCloseTo(first.position.y + first.size.height + 10 - 0.75, 5);
    expect(parse(renderDocumentSvg(document, { figures })).querySelectorAll('g.leak')).toHaveLength(0);
  });

  it('widens a frame narrower than the legend, so the legend line is not cut', () => {
    const one = { ...document, nodes: [first], edges: [] };
    const longLegend = { ...figures, legend: 'Badges: expected deals per month; chips: the share of deals that takes each connection' };
    const xml = parse(renderDocumentSvg(one, { figures: longLegend }));
    const legend = [...xml.querySelectorAll('text')].find((text) => text.textContent === longLegend.legend)!;
    const [left, , width] = xml.documentElement.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    // Wider than the node and its padding, and the legend, by the text estimate, ends inside the frame.
    expect(width).toBeGreaterThan(first.size.width + 100);
    expect(Number(legend.getAttribute('x')) + textWidth(longLegend.legend, 11)).toBeLessThanOrEqual(left + width);
  });
});
