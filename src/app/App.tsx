import { useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { sampleDocument } from '../model/sample';
import { createEditorStore } from '../store/editorStore';
import { EditorStoreProvider } from '../store/EditorStoreProvider';
import { useTheme } from '../ui/theme';
import { EditorPage } from './EditorPage';
import { useTestHooks } from './testHooks';

export function App() {
  const [store] = useState(() => createEditorStore(sampleDocument()));
  const { theme, toggleTheme } = useTheme();
  useTestHooks(store);
  return (
    <I18nProvider>
      <EditorStoreProvider store={store}>
        <EditorPage theme={theme} onToggleTheme={toggleTheme} />
      </EditorStoreProvider>
    </I18nProvider>
  );
}
