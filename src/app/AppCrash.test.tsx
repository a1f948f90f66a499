// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { sampleDocument } from '../model/sample';
import { createEditorStore } from '../store/editorStore';
import { ErrorBoundary } from '../ui/crash/ErrorBoundary';
import { activeEditor, setActiveEditor } from './activeEditor';
import { AppCrash } from './AppCrash';

let breakEditor: () => void = () => undefined;

/** Stands in for the editor route: it holds the active store while mounted, and can be made to throw. */
function Editor() {
  const [broken, setBroken] = useState(false);
  breakEditor = () => setBroken(true);
  useEffect(() => {
    setActiveEditor(createEditorStore(sampleDocument(), () => 1000));
    return () => setActiveEditor(null);
  }, []);
  if (broken) throw new Error('editor broke');
  return <p>editing</p>;
}

function renderApp(language: 'en' | 'zh-CN') {
  render(
    <I18nProvider language={language}>
      <ErrorBoundary fallback={(caught) => <AppCrash caught={caught} />}>
        <Editor />
      </ErrorBoundary>
    </I18nProvider>,
    { onCaughtError: () => undefined },
  );
}

describe('AppCrash', () => {
  it.each([
    ['en', 'Salesflow ran into an unexpected problem. Your stored document has not been changed.', 'Download a copy'],
    ['zh-CN', 'Salesflow 遇到了意外问题。已保存的文档没有改变。', '下载副本'],
  ] as const)('keeps the open document for its copy although the editor let go of it (%s)', (language, sentence, download) => {
    renderApp(language);
    act(() => breakEditor());
    expect(screen.getByRole('alert').textContent).toContain(sentence);
    expect(activeEditor()).toBeNull();
    expect(screen.getByRole('button', { name: download })).toBeTruthy();
    expect(screen.getByText(/editor broke/)).toBeTruthy();
  });

  it('offers no copy when no document was open', () => {
    function Library(): never {
      throw new Error('library broke');
    }
    render(
      <I18nProvider language="en">
        <ErrorBoundary fallback={(caught) => <AppCrash caught={caught} />}>
          <Library />
        </ErrorBoundary>
      </I18nProvider>,
      { onCaughtError: () => undefined },
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download a copy' })).toBeNull();
  });
});
