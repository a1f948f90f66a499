import { describe, expect, it } from 'vitest';
import { fixtureLinter } from './test/fixtureLinter';

// Issue 10, case 7: the page's Content-Security-Policy forbids eval, and labels must never be
// parsed as HTML. Lint is what keeps such code out of src/, so each way of writing it is linted
// here as if it sat in src/ and must be reported by the rule named.

const eslint = fixtureLinter();

async function ruleIdsFor(code: string, filePath = 'src/ui/securityFixture.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const FORBIDDEN: [string, string, string][] = [
  ['eval', "export const y = eval('1');", 'no-eval'],
  ['window.eval', "export const y = window.eval('1');", 'no-eval'],
  ['globalThis.eval', "export const y = globalThis.eval('1');", 'no-eval'],
  ['indirect eval', "export const y = (0, eval)('1');", 'no-eval'],
  ['new Function', "export const f = new Function('return 1');", 'no-new-func'],
  ['Function called without new', "export const f = Function('return 1');", 'no-new-func'],
  ['Function.bind', "export const f = Function.bind(null, 'return 1');", 'no-new-func'],
  ['setTimeout with a string', "setTimeout('window.x = 1', 10);", 'no-implied-eval'],
  ['setInterval with a string', "setInterval('window.x = 1', 10);", 'no-implied-eval'],
  ['dangerouslySetInnerHTML as a JSX attribute', 'export const x = <div dangerouslySetInnerHTML={{ __html: "" }} />;', 'no-restricted-syntax'],
  ['dangerouslySetInnerHTML spread into JSX', 'export const x = <div {...{ dangerouslySetInnerHTML: { __html: "" } }} />;', 'no-restricted-syntax'],
  [
    'dangerouslySetInnerHTML through createElement',
    "import { createElement } from 'react';\nexport const x = createElement('div', { dangerouslySetInnerHTML: { __html: '' } });",
    'no-restricted-syntax',
  ],
  ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'no-restricted-syntax'],
  ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }', 'no-restricted-syntax'],
  ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'no-restricted-syntax'],
  ['document.write', 'export function f(s: string) { document.write(s); }', 'no-restricted-syntax'],
];

describe('lint keeps code that runs strings out of src', () => {
  it.each(FORBIDDEN)('reports %s', async (_, code, rule) => {
    expect(await ruleIdsFor(`${code}\n`)).toContain(rule);
  });

  it('reports them in every folder of src, tests included', async () => {
    for (const path of ['src/model/x.ts', 'src/io/svg/x.ts', 'src/canvas/x.tsx', 'src/app/x.test.ts']) {
      expect(await ruleIdsFor("export const f = new Function('return 1');\n", path), path).toContain('no-new-func');
      expect(await ruleIdsFor("export const y = eval('1');\n", path), path).toContain('no-eval');
    }
  });

  it('leaves the safe forms alone: text content, functions as timers, JSON.parse', async () => {
    const code = [
      'export function f(el: HTMLElement, s: string) {',
      '  el.textContent = s;',
      '  setTimeout(() => f(el, s), 10);',
      '  return JSON.parse(s) as unknown;',
      '}',
      'export const x = <div title="a">{"<b>text</b>"}</div>;',
      '',
    ].join('\n');
    expect(await ruleIdsFor(code)).toEqual([]);
  });
});
