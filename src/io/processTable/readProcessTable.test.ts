import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { validateDocument } from '../../model/parse';
import { graphToDocument } from '../graph/graphToDocument';
import { parseNextSteps } from './nextSteps';
import { guessMapping, processTableConfidence } from './processColumns';
import { readProcessCsv } from './readProcessCsv';
import { readProcessTable } from './readProcessTable';

const bytes = (text: string) => new TextEncoder().encode(text);

function read(csv: string) {
  const table = readProcessCsv(bytes(csv));
  if (!table.ok) throw new Error(table.error.code);
  const result = readProcessTable(table.value, guessMapping(table.value.headers));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('parseNextSteps', () => {
  it.each([
    ['quote:Yes@60%;lost:No', [{ target: 'quote', label: 'Yes', rate: 0.6 }, { target: 'lost', label: 'No' }]],
    ['a', [{ target: 'a' }]],
    ['a@25', [{ target: 'a', rate: 0.25 }]],
    [' a : Mail me@home ; b@12.5% ', [{ target: 'a', label: 'Mail me@home' }, { target: 'b', rate: 0.125 }]],
    ['报价：是@60%；丢单：否', [{ target: '报价', label: '是', rate: 0.6 }, { target: '丢单', label: '否' }]],
    ['a@150%', [{ target: 'a', rate: Number.NaN }]],
    ['a@x%', [{ target: 'a', rate: Number.NaN }]],
    [';;', []],
  ])('%s', (cell, steps) => {
    expect(parseNextSteps(cell)).toEqual(steps);
  });
});

describe('process table headers', () => {
  it('finds the columns in English and Chinese, in any order', () => {
    expect(guessMapping(['Next steps', 'Label', 'ID', 'Duration (days)', 'Owner', 'Lane', 'Kind'])).toEqual({ next: 0, label: 1, id: 2, duration: 3, owner: 4, lane: 5, kind: 6 });
    expect(guessMapping(['下一步', '泳道', '编号', '名称', '时长（天）', '负责人', '类型'])).toEqual({ next: 0, lane: 1, id: 2, label: 3, duration: 4, owner: 5, kind: 6 });
  });

  it('tells a process table from a deal export, and says when it is unsure', () => {
    expect(processTableConfidence(['id', 'label', 'next'])).toBe('process');
    expect(processTableConfidence(['编号', '下一步'])).toBe('process');
    expect(processTableConfidence(['id', 'owner', 'amount', 'stage'])).toBe('unsure');
    expect(processTableConfidence(['deal', 'stage', 'amount', 'closed at'])).toBe('not');
  });
});

describe('readProcessTable', () => {
  it('reads steps, kinds, lanes in order of appearance, owners, durations and labelled, rated next steps', () => {
    const { graph, skipped } = read(
      'next,label,id,kind,lane,owner,duration\n' +
        'qualify,New lead,lead,start,Sales,,\n' +
        '"quote:Yes@60%;lost:No",Qualify,qualify,decision,Sales,Ann,2\n' +
        'won:Signed@80%,Send quote,quote,document,Pre-sales,Bo,3.5\n' +
        ',Won,won,won,Sales,,\n' +
        ',Lost,lost,输单,Sales,,\n',
    );
    expect(skipped).toEqual([]);
    expect(graph.lanes.map((lane) => lane.label)).toEqual(['Sales', 'Pre-sales']);
    expect(graph.nodes.map((node) => [node.id, node.kind, node.label, node.outcome ?? '', node.owner ?? '', node.durationDays ?? ''])).toEqual([
      ['lead', 'start', 'New lead', '', '', ''],
      ['qualify', 'decision', 'Qualify', '', 'Ann', 2],
      ['quote', 'document', 'Send quote', '', 'Bo', 3.5],
      ['won', 'end', 'Won', 'won', '', ''],
      ['lost', 'end', 'Lost', 'lost', '', ''],
    ]);
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.label ?? '', edge.conversionRate ?? ''])).toEqual([
      ['lead', 'qualify', '', ''],
      ['qualify', 'quote', 'Yes', 0.6],
      ['qualify', 'lost', 'No', ''],
      ['quote', 'won', 'Signed', 0.8],
    ]);
  });

  it('lists what a row gets wrong with its row, and imports the rest', () => {
    const { graph, skipped } = read(
      'id,label,kind,duration,next\n' +
        'a,A,rocket,x,b;zz;a;b@150%\n' +
        ',orphan,,,\n' +
        'b,B,,,\n' +
        'b,B again,,,\n' +
        'c,C,,-1,b;b\n',
    );
    expect(skipped).toEqual([
      { code: 'unknown-kind', row: 2, kind: 'rocket' },
      { code: 'bad-duration', row: 2, value: 'x' },
      { code: 'empty-id', row: 3 },
      { code: 'duplicate-id', row: 5, id: 'b' },
      { code: 'bad-duration', row: 6, value: '-1' },
      { code: 'unknown-target', row: 2, target: 'zz' },
      { code: 'self-loop', row: 2, id: 'a' },
      { code: 'duplicate-edge', row: 2, source: 'a', target: 'b' },
      { code: 'duplicate-edge', row: 6, source: 'c', target: 'b' },
    ]);
    // Without a kind: a start when nothing leads to it, an end when it leads nowhere.
    expect(graph.nodes.map((node) => `${node.id}:${node.kind}`)).toEqual(['a:start', 'b:end', 'c:start']);
  });

  it('refuses a mapping without ids and a table without steps', () => {
    const table = readProcessCsv(bytes('id,label\n,x\n'));
    if (!table.ok) throw new Error(table.error.code);
    expect(readProcessTable(table.value, {})).toEqual({ ok: false, error: { code: 'no-id-column' } });
    expect(readProcessTable(table.value, { id: 0 })).toEqual({ ok: false, error: { code: 'no-steps' } });
  });

  it('reads GB18030 text as Chinese Excel writes it', () => {
    // "编号,下一步\na,b\nb," in GB18030, made with iconv.
    const gb = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xcf, 0xc2, 0xd2, 0xbb, 0xb2, 0xbd, 0x0a, 0x61, 0x2c, 0x62, 0x0a, 0x62, 0x2c, 0x0a]);
    const table = readProcessCsv(gb);
    if (!table.ok) throw new Error(table.error.code);
    expect(table.value.headers).toEqual(['编号', '下一步']);
  });

  it.each([
    ['en', en['processTable.templateCsv']],
    ['zh-CN', zhCN['processTable.templateCsv']],
  ])('the %s template CSV imports with nothing left out into a valid document with lanes', (_, csv) => {
    const { graph, skipped } = read(csv);
    expect(skipped).toEqual([]);
    expect(graph.nodes).toHaveLength(7);
    expect(graph.lanes).toHaveLength(3);
    expect(graph.nodes.filter((node) => node.kind === 'end').map((node) => node.outcome)).toEqual(['won', 'lost']);
    const made = graphToDocument(graph, { title: 'T', now: 0 });
    expect(made.ok && validateDocument(made.value).ok).toBe(true);
  });
});
