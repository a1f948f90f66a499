import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { parseMermaid } from '../../io/mermaid/parseMermaid';
import { describeMermaidError, describeMermaidSkip } from './mermaidMessages';

describe('Mermaid import messages', () => {
  it('say every error with its line in both languages', () => {
    const texts = ['', 'pie\n  "a": 1', 'flowchart LR\n  A --> B[', 'flowchart LR\n  subgraph S\n    A', `flowchart LR\n${'x'.repeat(2_000_001)}`];
    for (const text of texts) {
      const result = parseMermaid(text);
      if (result.ok) throw new Error(`read: ${text.slice(0, 40)}`);
      for (const language of LANGUAGES) {
        const sentence = describeMermaidError(language, result.error);
        expect(sentence).not.toMatch(/\{\w+\}|mermaid\.error/);
        if ('line' in result.error) expect(sentence).toContain(String(result.error.line));
      }
    }
  });

  it('say every skip with the names it concerns, in both languages', () => {
    const result = parseMermaid('flowchart LR\n  a --> a\n  a --> b\n  a --> b\n  b ~~~ c\n  subgraph S\n    subgraph T\n      c\n    end\n  end\n  b --> S\n  click a call f()');
    if (!result.ok) throw new Error('refused');
    expect(new Set(result.value.skipped.map((skip) => skip.code)).size).toBe(6);
    for (const skip of result.value.skipped) {
      for (const language of LANGUAGES) {
        const sentence = describeMermaidSkip(language, skip);
        expect(sentence).not.toMatch(/\{\w+\}|mermaid\.skip/);
        for (const value of Object.values(skip)) if (value !== skip.code) expect(sentence).toContain(String(value));
      }
    }
    expect(describeMermaidSkip('zh-CN', { code: 'self-loop', line: 2, node: 'a' })).toBe('第 2 行：从“a”连回自身的连线已略过。');
  });
});
