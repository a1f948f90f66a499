import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_INFLATED_BYTES, inflatePage } from './inflatePage';
import { readDrawio } from './readDrawio';
import { parseXml } from './xmlTree';

const page = (cells: string) => `<mxfile><diagram name="p"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells}</root></mxGraphModel></diagram></mxfile>`;

describe('hostile draw.io files', () => {
  it('refuses billion laughs before expanding anything', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<mxfile><diagram name="p"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="v" value="&lol3;" vertex="1" parent="1"/></root></mxGraphModel></diagram></mxfile>`;
    expect(readDrawio(laughs)).toEqual({ ok: false, error: { code: 'doctype' } });
  });

  it('refuses an external entity, whatever the case of the declaration', () => {
    const xxe = `<?xml version="1.0"?><!doctype mxfile [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><mxfile><diagram name="&xxe;"/></mxfile>`;
    expect(readDrawio(xxe)).toEqual({ ok: false, error: { code: 'doctype' } });
  });

  it('refuses a DOCTYPE hidden inside a compressed page too', () => {
    const inner = '<!DOCTYPE x [<!ENTITY a "b">]><mxGraphModel><root/></mxGraphModel>';
    const packed = deflateRawSync(Buffer.from(encodeURIComponent(inner))).toString('base64');
    expect(readDrawio(`<mxfile><diagram name="p">${packed}</diagram></mxfile>`)).toEqual({ ok: false, error: { code: 'doctype' } });
  });

  it('stops a deflate bomb at the cap', () => {
    // About 20 KB that would unpack to twice the cap.
    const bomb = deflateRawSync(Buffer.alloc(2 * MAX_INFLATED_BYTES, 0x41), { level: 9 }).toString('base64');
    expect(bomb.length).toBeLessThan(200_000);
    expect(readDrawio(`<mxfile><diagram name="boom">${bomb}</diagram></mxfile>`)).toEqual({
      ok: false,
      error: { code: 'inflated-too-large', page: 'boom', limit: MAX_INFLATED_BYTES },
    });
    expect(inflatePage(deflateRawSync(Buffer.alloc(5000, 0x41)).toString('base64'), 4096)).toEqual({ ok: false, error: { code: 'inflated-too-large', limit: 4096 } });
  });

  it('counts the cap over all pages together', () => {
    // Each page valid on its own and just over a third of the cap: a model and a long comment.
    const padded = `<mxGraphModel><root/></mxGraphModel><!--${'A'.repeat(Math.ceil(MAX_INFLATED_BYTES / 3))}-->`;
    const third = deflateRawSync(Buffer.from(padded), { level: 9 }).toString('base64');
    const pages = [1, 2, 3].map((index) => `<diagram name="p${index}">${third}</diagram>`).join('');
    expect(readDrawio(`<mxfile>${pages}</mxfile>`)).toMatchObject({ ok: false, error: { code: 'inflated-too-large', page: 'p3' } });
  });

  it('reduces scripts, handlers and javascript: links in HTML labels to harmless text', () => {
    const label = [
      '&lt;script&gt;alert(1)&lt;/script&gt;Call',
      '&lt;img src=x onerror=&quot;alert(2)&quot;&gt;',
      '&lt;a href=&quot;javascript:alert(3)&quot;&gt;client&lt;/a&gt;',
      '&amp;lt;script&amp;gt;',
    ].join('');
    const read = readDrawio(page(`<mxCell id="v" value="${label}" style="html=1;" vertex="1" parent="1"><mxGeometry width="80" height="40" as="geometry"/></mxCell>`));
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.pages[0]!.graph.nodes[0]!.label).toBe('Callclient<script>');
  });

  it('survives parent chains that loop and cells that name themselves their parent', () => {
    const read = readDrawio(
      page(
        '<mxCell id="a" value="A" vertex="1" parent="b"><mxGeometry x="1" width="80" height="40" as="geometry"/></mxCell>' +
          '<mxCell id="b" value="B" vertex="1" parent="a"><mxGeometry x="2" width="80" height="40" as="geometry"/></mxCell>' +
          '<mxCell id="c" value="C" vertex="1" parent="c"><mxGeometry x="NaN" y="1e400" width="-5" height="80" as="geometry"/></mxCell>',
      ),
    );
    if (!read.ok) throw new Error(read.error.code);
    const nodes = read.value.pages[0]!.graph.nodes;
    expect(nodes.map((node) => node.label)).toEqual(['A', 'B', 'C']);
    for (const node of nodes) {
      expect(Number.isFinite(node.position!.x) && Number.isFinite(node.position!.y)).toBe(true);
      expect(node.size!.width).toBeGreaterThan(0);
    }
  });

  it('refuses nesting deep enough to exhaust a recursive reader', () => {
    expect(parseXml('<a>'.repeat(10_000) + '</a>'.repeat(10_000))).toEqual({ ok: false, error: { code: 'too-deep' } });
  });
});
