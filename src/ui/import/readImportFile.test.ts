import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { sampleDocument } from '../../model/sample';
import { serializeDocumentFile } from '../../model/parse';
import { describeDoorError } from './doorMessages';
import { readImportFile, type DoorError } from './readImportFile';

const file = (name: string, ...parts: BlobPart[]) => new File(parts, name);

describe('the file door', () => {
  it('reads a Salesflow document, with a byte order mark too', async () => {
    for (const bom of [[], [new Uint8Array([0xef, 0xbb, 0xbf])]]) {
      const result = await readImportFile(file('deal.json', ...bom, serializeDocumentFile(sampleDocument())));
      expect(result.ok && result.value.kind === 'salesflow-json' && result.value.normalized.document.title).toBe(sampleDocument().title);
    }
  });

  it('reads Mermaid from a .txt and from a .json, with what it left out', async () => {
    const text = 'flowchart LR\n  a["客户说“好”"] --> b{成交?}\n  b -->|是| a\n  b --> b';
    for (const name of ['flow.txt', 'flow.json', 'flow.mmd']) {
      const result = await readImportFile(file(name, text));
      if (!result.ok || result.value.kind !== 'mermaid') throw new Error(`${name}: ${JSON.stringify(result)}`);
      expect(result.value.mermaid.graph.nodes.map((node) => node.label)).toEqual(['客户说“好”', '成交?']);
      expect(result.value.mermaid.skipped).toEqual([{ code: 'self-loop', line: 4, node: 'b' }]);
    }
  });

  it('reads draw.io pages from a .drawio and an .xml', async () => {
    const model = '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="v" value="Quote" style="shape=document;" vertex="1" parent="1"><mxGeometry x="5" y="6" width="80" height="60" as="geometry"/></mxCell></root></mxGraphModel>';
    for (const [name, text] of [
      ['a.drawio', `<mxfile><diagram name="One">${model}</diagram></mxfile>`],
      ['b.xml', `<?xml version="1.0"?>\n${model}`],
    ] as const) {
      const result = await readImportFile(file(name, text));
      if (!result.ok || result.value.kind !== 'drawio') throw new Error(`${name}: ${JSON.stringify(result)}`);
      expect(result.value.drawio.pages[0]!.graph.nodes).toMatchObject([{ kind: 'document', label: 'Quote', position: { x: 5, y: 6 } }]);
    }
  });

  it('reads a process table, saying whether its headers surely make one', async () => {
    const sure = await readImportFile(file('steps.csv', 'id,label,next\na,A,b\nb,B,\n'));
    expect(sure.ok && sure.value.kind === 'process-table' && [sure.value.sure, sure.value.table.headers]).toEqual([true, ['id', 'label', 'next']]);
    const unsure = await readImportFile(file('people.csv', 'id,owner\n1,Ann\n'));
    expect(unsure.ok && unsure.value.kind === 'process-table' && unsure.value.sure).toBe(false);
  });

  it('answers typed errors: empty, binary, unknown, and the readers’ own', async () => {
    const cases: [File, DoorError][] = [
      [file('a.drawio', '<mxfile></mxfile>'), { code: 'drawio', error: { code: 'no-pages' } }],
      [file('a.xml', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><mxfile host="x"></mxfile>'), { code: 'drawio', error: { code: 'doctype' } }],
      [file('steps.csv', 'id,next\n'), { code: 'process-table', error: { code: 'table', error: { code: 'empty' } } }],
      [file('empty.mmd'), { code: 'kind', error: { code: 'empty' } }],
      [file('photo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])), { code: 'kind', error: { code: 'binary' } }],
      [file('letter.txt', 'Dear customer'), { code: 'kind', error: { code: 'unknown' } }],
      [file('chart.mmd', 'pie\n "a": 1'), { code: 'mermaid', error: { code: 'not-flowchart', line: 1 } }],
      [file('broken.json', '{"format":'), { code: 'document', error: { code: 'not-json' } }],
    ];
    for (const [input, error] of cases) {
      expect(await readImportFile(input), input.name).toEqual({ ok: false, error });
      for (const language of LANGUAGES) {
        const sentence = describeDoorError(language, error);
        expect(sentence).not.toMatch(/\{\w+\}|import\.door/);
        expect(sentence).toMatch(language === 'en' ? /^The file could not be imported: / : /^无法导入该文件：/);
      }
    }
    expect(describeDoorError('en', { code: 'drawio', error: { code: 'bad-compressed-page', page: 'P' } })).toBe('The file could not be imported: The compressed page “P” could not be unpacked.');
  });

  it('hands a deal table, UTF-8 or not, to Import deal data unread', async () => {
    const gbk = new Uint8Array([0xc9, 0xcc, 0xbb, 0xfa, 0x2c, 0xbd, 0xd7, 0xb6, 0xce, 0x0a]);
    for (const input of [file('deals.csv', 'stage,amount\n'), file('商机.csv', gbk)]) {
      const result = await readImportFile(input);
      expect(result.ok && result.value.kind === 'deal-table' && result.value.name).toBe(input.name);
    }
  });

  it('refuses a diagram over the size cap, reading only its head', async () => {
    const huge = {
      name: 'big.mmd',
      size: 21 * 1024 * 1024,
      slice: (start: number, end: number) => new Blob(['flowchart LR\n  a --> b\n'.slice(start, end)]),
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    expect(await readImportFile(huge)).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});
