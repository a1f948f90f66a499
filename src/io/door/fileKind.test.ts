import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { serializeDocumentFile } from '../../model/parse';
import { recogniseFile, SNIFF_BYTES } from './fileKind';

const encode = (text: string) => new TextEncoder().encode(text);
const recognise = (name: string, content: string | Uint8Array) => {
  const bytes = typeof content === 'string' ? encode(content) : content;
  return recogniseFile(name, bytes, bytes.length);
};

const FLOWCHART = 'flowchart LR\n  a[Lead] --> b{Qualified?}\n';

describe('recogniseFile', () => {
  it('knows a Salesflow document, with or without a byte order mark', () => {
    const text = serializeDocumentFile(sampleDocument());
    expect(recognise('deal.json', text)).toEqual({ ok: true, value: 'salesflow-json' });
    expect(recognise('deal.json', new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]))).toEqual({ ok: true, value: 'salesflow-json' });
    expect(recognise('no-extension', `\n  ${text}`)).toEqual({ ok: true, value: 'salesflow-json' });
  });

  it('knows Mermaid by extension and by its header, whatever the extension says', () => {
    expect(recognise('flow.mmd', FLOWCHART)).toEqual({ ok: true, value: 'mermaid' });
    expect(recognise('flow.MERMAID', 'graph TD\n  a --> b')).toEqual({ ok: true, value: 'mermaid' });
    expect(recognise('notes.txt', FLOWCHART)).toEqual({ ok: true, value: 'mermaid' });
    expect(recognise('pasted.json', FLOWCHART)).toEqual({ ok: true, value: 'mermaid' });
    expect(recognise('flow', 'graph\n  a --> b')).toEqual({ ok: true, value: 'mermaid' });
  });

  it('finds the Mermaid header after front matter, comments and a byte order mark', () => {
    const text = '\uFEFF---\ntitle: 销售流程\n---\n%% first comment\n\n%% second\nflowchart TB\n  a --> b';
    expect(recognise('flow.txt', text)).toEqual({ ok: true, value: 'mermaid' });
  });

  it('does not take a word that merely starts like a header, nor other Mermaid diagrams in a .txt', () => {
    expect(recognise('notes.txt', 'graphics card list')).toEqual({ ok: false, error: { code: 'unknown' } });
    expect(recognise('notes.txt', 'sequenceDiagram\n  A->>B: hi')).toEqual({ ok: false, error: { code: 'unknown' } });
    // A .mmd file is Mermaid whatever it holds: the Mermaid reader then says which line it refuses.
    expect(recognise('chart.mmd', 'sequenceDiagram\n  A->>B: hi')).toEqual({ ok: true, value: 'mermaid' });
  });

  it('knows draw.io files by their root element, plain or with a declaration first', () => {
    expect(recognise('flow.drawio', '<mxfile host="app.diagrams.net"><diagram>…</diagram></mxfile>')).toEqual({ ok: true, value: 'drawio' });
    expect(recognise('flow.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<mxGraphModel dx="1"><root/></mxGraphModel>')).toEqual({ ok: true, value: 'drawio' });
    expect(recognise('other.xml', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual({ ok: false, error: { code: 'unknown' } });
  });

  it('knows a process table (ids and next steps) from a deal table by its headers', () => {
    expect(recognise('steps.csv', 'id,label,next\nlead,New lead,qualify\n')).toEqual({ ok: true, value: 'process-table' });
    expect(recognise('步骤.csv', '\uFEFF编号;名称;下一步\nlead;新线索;qualify\n')).toEqual({ ok: true, value: 'process-table' });
    // Unsure (an id and an owner, no next steps): the mapping step asks.
    expect(recognise('maybe.csv', 'id,owner,amount\n1,Ann,100\n')).toEqual({ ok: true, value: 'process-table' });
    expect(recognise('deals.csv', 'deal,stage,amount,closed\nD1,Won,100,2026-01-02\n')).toEqual({ ok: true, value: 'deal-table' });
  });

  it('knows deal tables: CSV text and XLSX workbooks (zip files named .xlsx)', () => {
    expect(recognise('deals.csv', 'stage,amount\nQualified,100\n')).toEqual({ ok: true, value: 'deal-table' });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(recognise('deals.xlsx', zip)).toEqual({ ok: true, value: 'deal-table' });
    expect(recognise('archive.zip', zip)).toEqual({ ok: false, error: { code: 'binary' } });
  });

  it('refuses empty files, including ones of blank lines or a lone byte order mark', () => {
    expect(recognise('flow.mmd', '')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(recognise('flow.json', ' \n\t\n')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(recognise('flow.json', new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, error: { code: 'empty' } });
    // Blank only as far as the head goes: a larger file is named by its extension, and its size checked.
    expect(recogniseFile('flow.json', new TextEncoder().encode(' '.repeat(SNIFF_BYTES)), SNIFF_BYTES * 400)).toEqual({ ok: true, value: 'salesflow-json' });
  });

  it('refuses binary files, whatever their name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(recognise('picture.json', png)).toEqual({ ok: false, error: { code: 'binary' } });
    expect(recognise('flow.mmd', new Uint8Array([0x66, 0x6c, 0xff, 0xfe, 0x80]))).toEqual({ ok: false, error: { code: 'binary' } });
  });

  it('reads a sniffed head cut in the middle of a Chinese character as text', () => {
    const bytes = encode(`${FLOWCHART}  c[报价]`);
    const cut = bytes.slice(0, bytes.length - 1);
    expect(recogniseFile('flow.txt', cut, bytes.length)).toEqual({ ok: true, value: 'mermaid' });
  });

  it('says unknown for text it has no reader for', () => {
    expect(recognise('letter.txt', 'Dear customer,')).toEqual({ ok: false, error: { code: 'unknown' } });
    expect(recognise('data.json', '[1, 2, 3]')).toEqual({ ok: true, value: 'salesflow-json' });
  });
});
