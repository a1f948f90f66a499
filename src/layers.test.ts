import { describe, expect, it } from 'vitest';
import { fixtureLinter } from './test/fixtureLinter';

// The layer rule of DESIGN.md, proven on fixtures linted as if they sat in a given folder.
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = fixtureLinter();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layer rule', () => {
  it('reports React imported into src/model', async () => {
    const messages = await lintAs('src/model/badFixture.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(messages.some((message) => message.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('reports React Flow and Dexie imported into src/model', async () => {
    const flow = await lintAs('src/model/badFixture.ts', "import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;\n");
    const dexie = await lintAs('src/model/badFixture.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n");
    expect(flow.some((message) => message.startsWith('no-restricted-imports'))).toBe(true);
    expect(dexie.some((message) => message.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('reports an arrow pointing the wrong way', async () => {
    const messages = await lintAs(
      'src/model/badFixture.ts',
      "import { createEditorStore } from '../store/editorStore';\nexport const x = createEditorStore;\n",
    );
    expect(messages.some((message) => message.includes('src/model may not import src/store'))).toBe(true);
  });

  it('accepts an import along the arrows', async () => {
    const messages = await lintAs(
      'src/store/goodFixture.ts',
      "import type { SalesDocument } from '../model/types';\nexport type X = SalesDocument;\n",
    );
    expect(messages).toEqual([]);
  });

  it('reports dangerouslySetInnerHTML and eval anywhere in src', async () => {
    const messages = await lintAs(
      'src/ui/badFixture.tsx',
      'export const x = <div dangerouslySetInnerHTML={{ __html: "" }} />;\nexport const y = eval("1");\n',
    );
    expect(messages.some((message) => message.startsWith('no-restricted-syntax'))).toBe(true);
    expect(messages.some((message) => message.startsWith('no-eval'))).toBe(true);
  });
});
