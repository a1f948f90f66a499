// @vitest-environment jsdom
// The hostile document through draw.io: the file is well-formed XML with no element made from a
// label, and draw.io's engine shows every label as the text it was (less what XML cannot carry).

import { describe, expect, it } from 'vitest';
import { hostileDocument } from '../../model/fixtures/hostile';
import { stripInvalidXmlChars } from '../svg/escapeXml';
import { drawioIds, exportDrawio } from './exportDrawio';
import { readWithDrawio } from './testing/drawioOracle';

describe('draw.io export of hostile content', () => {
  it('keeps every label as text and puts no markup into the file', () => {
    const document = hostileDocument();
    const xml = exportDrawio(document, { rates: true, appVersion: 'test' });
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(new Set([...parsed.getElementsByTagName('*')].map((element) => element.tagName))).toEqual(new Set(['mxfile', 'diagram', 'mxGraphModel', 'root', 'UserObject', 'mxCell', 'mxGeometry', 'Array', 'mxPoint']));
    const { cells, pageName } = readWithDrawio(xml);
    expect(pageName).toBe(document.title);
    for (const node of document.nodes) expect(cells.get(drawioIds.node(node.id))?.text).toBe(stripInvalidXmlChars(node.label));
    // A link is an attribute of its UserObject, as written.
    expect(document.nodes.some((node) => node.link !== undefined)).toBe(true);
    for (const node of document.nodes) expect(cells.get(drawioIds.node(node.id))?.link).toBe(node.link);
    for (const lane of document.lanes) expect(cells.get(drawioIds.lane(lane.id))?.text).toBe(lane.label);
  });
});
