import { FlowCanvas } from '../canvas/FlowCanvas';
import { EditorCommandsProvider, useEditorCommands } from '../store/EditorCommandsProvider';
import { FindBar } from '../ui/FindBar';
import { Inspector } from '../ui/inspector/Inspector';
import { Palette } from '../ui/Palette';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { Toasts } from '../ui/Toasts';
import { Toolbar } from '../ui/Toolbar';
import { ExportDialog } from '../ui/export/ExportDialog';
import { ImportControls } from '../ui/import/ImportControls';
import { useT } from '../i18n/I18nProvider';
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
      {panel === 'export' ? <ExportDialog onClose={closePanel} /> : null}
      <ImportControls />
    </>
  );
}

export function EditorPage({ theme, onToggleTheme }: EditorPageProps) {
  const t = useT();
  return (
    <EditorCommandsProvider unassignedLaneLabel={t('lane.unassigned')}>
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
