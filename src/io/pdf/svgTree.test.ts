import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../../model/templates/parseTemplate';
import { resolveTemplate } from '../../model/templates/resolveTemplate';
import { renderDocumentSvg } from '../svg/renderDocumentSvg';
import { salesProcess } from '../svg/testing/fixtures';
import { parseSvgTree, type SvgNode } from './svgTree';
import { pathEnd } from './pathEnd';
import { pdfColor } from './pdfColor';

/** What paintSvg.ts draws or knowingly skips: anything else our writer starts to emit must be taught to it. */
const KNOWN = new Set(['svg', 'title', 'defs', 'marker', 'g', 'rect', 'path', 'circle', 'text', 'tspan']);

function tags(node: SvgNode, into = new Set<string>()): Set<string> {
  into.add(node.tag);
  for (const child of node.children) tags(child, into);
  return into;
}

describe('parseSvgTree', () => {
  it('reads back every template as our renderer writes it, with no element the PDF painter does not know', () => {
    const dir = new URL('../../../templates/', import.meta.url);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
      const parsed = parseTemplateFile(readFileSync(new URL(name, dir), 'utf8'));
      if (!parsed.ok) throw new Error(name);
      const doc = resolveTemplate(parsed.value, 'zh-CN', { id: 'd', now: 1 });
      if (!doc.ok) throw new Error(name);
      const tree = parseSvgTree(renderDocumentSvg(doc.value));
      expect([...tags(tree)].filter((tag) => !KNOWN.has(tag)), name).toEqual([]);
    }
  });

  it('unescapes labels exactly as they were written', () => {
    const doc = salesProcess();
    const label = `Tom & Jerry's <"quote"> 报价`;
    doc.nodes[0]!.label = label;
    const tree = parseSvgTree(renderDocumentSvg(doc, { titles: true }));
    const titles: string[] = [];
    const walk = (node: SvgNode) => {
      if (node.tag === 'title') titles.push(node.text);
      node.children.forEach(walk);
    };
    walk(tree);
    expect(titles).toContain(label);
  });
});

describe('pathEnd', () => {
  it('gives the last point and the direction of travel there', () => {
    expect(pathEnd('M0,0L10,0Q20,0 20,10L20,30')).toEqual({ x: 20, y: 30, angle: Math.PI / 2 });
    expect(pathEnd('M5,5H0')?.angle).toBeCloseTo(Math.PI);
    expect(pathEnd('M5,5')).toBeNull();
  });
});

describe('pdfColor', () => {
  it('reads the colour syntaxes safeColor lets through', () => {
    expect(pdfColor('#fff')).toEqual({ red: 1, green: 1, blue: 1, alpha: 1 });
    expect(pdfColor('rgb(255, 0, 0)')).toEqual({ red: 1, green: 0, blue: 0, alpha: 1 });
    expect(pdfColor('hsl(120, 100%, 25%)')?.green).toBeCloseTo(0.5);
    expect(pdfColor('none')).toBeNull();
    expect(pdfColor('navy')).toEqual({ red: 0, green: 0, blue: 128 / 255, alpha: 1 });
  });
});
