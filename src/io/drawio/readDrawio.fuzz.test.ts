import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphToDocument } from '../graph/graphToDocument';
import { readDrawio } from './readDrawio';

// Whatever the bytes, reading answers a result (never throws, never loops), and every page it
// reads makes a document the model accepts: pieces of draw.io's
// vocabulary shuffled together reach deeper into the reader than random text would.
const PIECES = [
  '<mxfile>',
  '</mxfile>',
  '<diagram name="p">',
  '</diagram>',
  '<mxGraphModel><root>',
  '</root></mxGraphModel>',
  '<mxCell id="0"/>',
  '<mxCell id="1" parent="0"/>',
  '<mxCell id="a" value="A&amp;lt;b&amp;gt;" style="swimlane;html=1" vertex="1" parent="1">',
  '<mxCell id="b" style="rhombus" vertex="1" parent="a">',
  '<mxCell id="e" edge="1" source="a" target="b" parent="b">',
  '</mxCell>',
  '<mxGeometry x="1e309" y="-5" width="NaN" as="geometry">',
  '</mxGeometry>',
  '<Array as="points"><mxPoint x="1"/></Array>',
  '<UserObject label="%x%" placeholders="1" x="%x%" id="u">',
  '</UserObject>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '&#x0;',
  'q1YqSk3LLEnNVbJSUEouLU4tykvMTVXSUcrMS8lMzSsBSaXl5OYWA+UA',
];

describe('readDrawio on arbitrary input', () => {
  it('answers ok with pages the model accepts, or a typed error', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const result = readDrawio(parts.join(''));
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) return;
        for (const page of result.value.pages) expect(graphToDocument(page.graph, { title: 't', now: 0 }).ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
