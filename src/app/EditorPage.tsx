import { FlowCanvas } from '../canvas/FlowCanvas';
import { EditorCommandsProvider, useEditorCommands } from '../store/EditorCommandsProvider';
import { FindBar } from '../ui/FindBar';
import { Inspector } from '../ui/inspector/Inspector';
import { Palette } from '../ui/Palette';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { Toasts } from '../ui/Toasts';
import { Toolbar } from '../ui/Toolbar';
import type { Theme } from '../ui/theme';

interface EditorPageProps {
  theme: Theme;
  onToggleTheme: () => void;
}

function EditorPanels() {
  const { panel, closePanel } = useEditorCommands();
  return (
    <>
      {panel === 'shortcuts' ? <ShortcutsDialog onClose={closePanel} /> : null}
      {panel === 'find' ? <FindBar onClose={closePanel} /> : null}
    </>
  );
}

export function EditorPage({ theme, onToggleTheme }: EditorPageProps) {
  return (
    <EditorCommandsProvider>
      <div className="sf-editor">
        <Toolbar theme={theme} onToggleTheme={onToggleTheme} />
        <div className="sf-editor__body">
          <Palette theme={theme} />
          <main className="sf-editor__canvas">
            <FlowCanvas theme={theme} />
            <EditorPanels />
          </main>
          <Inspector theme={theme} />
        </div>
        <Toasts />
      </div>
    </EditorCommandsProvider>
  );
}
