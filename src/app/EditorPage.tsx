import { FlowCanvas } from '../canvas/FlowCanvas';
import { Toolbar } from '../ui/Toolbar';
import type { Theme } from '../ui/theme';

interface EditorPageProps {
  theme: Theme;
  onToggleTheme: () => void;
}

export function EditorPage({ theme, onToggleTheme }: EditorPageProps) {
  return (
    <div className="sf-editor">
      <Toolbar theme={theme} onToggleTheme={onToggleTheme} />
      <main className="sf-editor__canvas">
        <FlowCanvas theme={theme} />
      </main>
    </div>
  );
}
