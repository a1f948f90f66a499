import { describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import type { SalesDocument } from '../model/types';
import { runCommand, type UiServices } from '../store/editorContext';
import { testEditor } from '../store/testing/testEditor';
import { COMMANDS_BY_ID } from './catalogue';
import { runAutoLayout } from './autoLayout';
import type { Command } from './command';
import type { LayoutOptions } from '../layout/options';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

// Promises that reject where the browser or an engine refuses: each ends in a notice the user can
// read, with the document and its undo history as they were.

function editor(document: SalesDocument, services: Partial<UiServices>) {
  const { store, context } = testEditor(document, services);
  const notices = () => store.getState().notices.map(({ key, tone }) => ({ key, tone }));
  return { store, context, notices };
}

const OPTIONS: LayoutOptions = { direction: 'LR', spacing: 'normal' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a refused or failing promise', () => {
  it('paste with the clipboard read denied says so and pastes nothing', async () => {
    const document = makeChain();
    const { store, context, notices } = editor(document, {
      readClipboard: () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError')),
    });
    expect(runCommand(context, COMMANDS_BY_ID.get('paste')!)).toBe(true);
    await settle();
    expect(notices()).toEqual([{ key: 'notice.clipboardUnavailable', tone: 'error' }]);
    expect(store.getState().document).toBe(document);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('paste where reading the clipboard throws at once (no clipboard API) says the same', async () => {
    const { context, notices } = editor(makeChain(), {
      readClipboard: () => {
        throw new Error('clipboard unavailable');
      },
    });
    await COMMANDS_BY_ID.get('paste')!.run(context);
    expect(notices()).toEqual([{ key: 'notice.clipboardUnavailable', tone: 'error' }]);
  });

  it('a layout service that throws instead of answering is a failed layout, the diagram unchanged', async () => {
    const document = makeChain();
    const throwing = editor(document, {
      layoutService: {
        layout: () => {
          throw new Error('worker script failed to load');
        },
      },
    });
    await runAutoLayout(throwing.context, OPTIONS);
    expect(throwing.notices()).toEqual([{ key: 'notice.layoutFailed', tone: 'error' }]);
    expect(throwing.store.getState().document).toBe(document);
    expect(throwing.store.getState().activity).toBeNull();

    const rejecting = editor(document, { layoutService: { layout: () => Promise.reject(new Error('worker crashed')) } });
    await runAutoLayout(rejecting.context, OPTIONS);
    expect(rejecting.notices()).toEqual([{ key: 'notice.layoutFailed', tone: 'error' }]);
    expect(rejecting.store.getState().activity).toBeNull();
  });

  it('a command that throws or rejects is told as a notice in both languages, never dropped', async () => {
    const broken = (run: Command['run']): Command => ({ ...COMMANDS_BY_ID.get('selectAll')!, enabled: () => true, run });
    const sync = editor(makeChain(), {});
    runCommand(sync.context, broken(() => {
      throw new Error('bug');
    }));
    expect(sync.notices()).toEqual([{ key: 'notice.commandFailed', tone: 'error' }]);
    const async = editor(makeChain(), {});
    runCommand(async.context, broken(() => Promise.reject(new Error('bug'))));
    await settle();
    expect(async.notices()).toEqual([{ key: 'notice.commandFailed', tone: 'error' }]);
    expect(en['notice.commandFailed']).not.toBe('');
    expect(zhCN['notice.commandFailed']).not.toBe(en['notice.commandFailed']);
  });
});
