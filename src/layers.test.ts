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

  it('keeps src/geometry free of the model, and open to the model and the layers above', async () => {
    const upward = await lintAs('src/geometry/badFixture.ts', "import type { FlowNode } from '../model/types';\nexport type X = FlowNode;\n");
    const fromModel = await lintAs('src/model/goodFixture.ts', "import type { Rect } from '../geometry/rect';\nexport type X = Rect;\n");
    const fromCanvas = await lintAs('src/canvas/goodFixture.ts', "import type { Rect } from '../geometry/rect';\nexport type X = Rect;\n");
    expect(upward.some((message) => message.includes('src/geometry may not import src/model'))).toBe(true);
    expect(fromModel).toEqual([]);
    expect(fromCanvas).toEqual([]);
  });

  it('lets commands name message keys but not import strings from src/i18n', async () => {
    const types = await lintAs(
      'src/commands/goodFixture.ts',
      "import type { MessageKey } from '../i18n/en';\nexport type X = MessageKey;\n",
    );
    const values = await lintAs('src/commands/badFixture.ts', "import { en } from '../i18n/en';\nexport const x = en;\n");
    expect(types).toEqual([]);
    expect(values.some((message) => message.includes('src/commands may import only types from src/i18n'))).toBe(true);
  });

  it('reports a document changed outside the store entry', async () => {
    const applying = await lintAs(
      'src/ui/badFixture.ts',
      "import { applyChanges } from '../model/operations/applyChanges';\nexport const x = applyChanges;\n",
    );
    const finishing = await lintAs('src/canvas/badFixture.ts', "import { finish } from '../model/operations/operation';\nexport const x = finish;\n");
    const setting = await lintAs('src/ui/badFixture.ts', 'export function x(store: { setState: (v: object) => void }) {\n  store.setState({});\n}\n');
    for (const messages of [applying, finishing, setting]) {
      expect(messages.some((message) => message.startsWith('salesflow/one-entry'))).toBe(true);
    }
  });

  it('lets the store apply changes and operations end themselves', async () => {
    const store = await lintAs(
      'src/store/goodFixture.ts',
      "import { applyChanges } from '../model/operations/applyChanges';\nexport const x = applyChanges;\n",
    );
    const operation = await lintAs('src/model/operations/goodFixture.ts', "import { finish } from './operation';\nexport const x = finish;\n");
    const reactState = await lintAs('src/ui/goodFixture.ts', 'export class X {\n  setState(_v: object) {}\n  reset() {\n    this.setState({});\n  }\n}\n');
    expect(store).toEqual([]);
    expect(operation).toEqual([]);
    expect(reactState).toEqual([]);
  });

  it('lets src/sync import storage and yjs, and keeps yjs out of other folders', async () => {
    const sync = await lintAs(
      'src/sync/goodFixture.ts',
      "import { Doc } from 'yjs';\nimport type { DocumentRepository } from '../storage/repository';\nexport type X = [Doc, DocumentRepository];\n",
    );
    const model = await lintAs('src/model/badFixture.ts', "import { Doc } from 'yjs';\nexport const x = Doc;\n");
    expect(sync).toEqual([]);
    expect(model.some((message) => message.includes('yjs does not belong in src/model'))).toBe(true);
  });

  it('holds src/sync/binding to model and lib, which the team server shares', async () => {
    const allowed = await lintAs(
      'src/sync/binding/goodFixture.ts',
      "import { Doc } from 'yjs';\nimport type { SalesDocument } from '../../model/types';\nimport { keyBetween } from '../../lib/orderKey';\nimport { other } from './other';\nexport const x = [Doc, keyBetween, other];\nexport type Y = SalesDocument;\n",
    );
    expect(allowed).toEqual([]);
    for (const source of ['../../storage/repository', '../provider', '..', '../../sync/provider', '../../sync']) {
      const messages = await lintAs('src/sync/binding/badFixture.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(messages.some((message) => message.startsWith('no-restricted-imports')), source).toBe(true);
    }
    const nested = await lintAs(
      'src/sync/binding/fixtures/goodFixture.ts',
      "import { docToYjs } from '../docToYjs';\nimport { generateDocument } from '../../../model/generate';\nexport const x = [docToYjs, generateDocument];\n",
    );
    expect(nested).toEqual([]);
    for (const source of ['../../provider', '../../../storage/repository']) {
      const messages = await lintAs('src/sync/binding/fixtures/badFixture.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(messages.some((message) => message.startsWith('no-restricted-imports')), source).toBe(true);
    }
    const react = await lintAs('src/sync/binding/badFixture.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(react.some((message) => message.includes('react does not belong in src/sync'))).toBe(true);
  });

  it('lets the Yjs binding describe remote changes with the diff, and nothing more', async () => {
    const diff = await lintAs('src/sync/binding/goodFixture.ts', "import { diffDocuments } from '../../model/operations/diff';\nexport const x = diffDocuments;\n");
    const applying = await lintAs(
      'src/sync/binding/badFixture.ts',
      "import { applyChanges } from '../../model/operations/applyChanges';\nexport const x = applyChanges;\n",
    );
    const elsewhere = await lintAs('src/sync/badFixture.ts', "import { diffDocuments } from '../model/operations/diff';\nexport const x = diffDocuments;\n");
    expect(diff).toEqual([]);
    expect(applying.some((message) => message.startsWith('salesflow/one-entry'))).toBe(true);
    expect(elsewhere.some((message) => message.startsWith('salesflow/one-entry'))).toBe(true);
  });

  it('holds the team server in server/ to model, sync/binding and lib', async () => {
    const allowed = await lintAs(
      'server/goodFixture.ts',
      "import * as Y from 'yjs';\nimport { Server } from '@hocuspocus/server';\nimport { parseDocumentFile } from '../src/model/parse';\nimport { docToYjs } from '../src/sync/binding/docToYjs';\nimport { ok } from '../src/lib/result';\nimport { other } from './other';\nexport const x = [Y, Server, parseDocumentFile, docToYjs, ok, other];\n",
    );
    expect(allowed).toEqual([]);
    for (const source of ['../src/store/editorStore', '../src/storage/repository', '../src/sync/provider', '../src/sync', '../src/ui/Toolbar', '../src/i18n/en', 'react', 'dexie', '@hocuspocus/provider']) {
      const messages = await lintAs('server/badFixture.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(messages.some((message) => message.startsWith('no-restricted-imports')), source).toBe(true);
    }
    const inBrowser = await lintAs('src/sync/badFixture.ts', "import { Server } from '@hocuspocus/server';\nexport const x = Server;\n");
    expect(inBrowser.some((message) => message.includes('@hocuspocus/server does not belong in src/sync'))).toBe(true);
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
