// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
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
});
