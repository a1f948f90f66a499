import { ArrowLeft, Download, History, Grid3x3, Keyboard, Moon, Redo2, Sun, Undo2, Upload } from 'lucide-react';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/EditorStoreProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { Theme } from './theme';
import { CommandButton } from './CommandButton';
import { PresentControls } from './present/PresentControls';
import { ShareControls } from './share/ShareControls';
import { IconButton } from './IconButton';
import { LanguageSwitch } from './LanguageSwitch';
import { LayoutControls } from './autoLayout/LayoutControls';
import { TitleEditor } from './TitleEditor';
import { ZoomControls } from './view/ZoomControls';

interface ToolbarProps {
  theme: Theme;
  onToggleTheme: () => void;
  /** The analysis's buttons (Problems, Heat view), owned by the editor page. */
  analysisTools?: ReactNode;
  /** `Save as template`, owned by the editor page (it needs the template storage). */
  templateTools?: ReactNode;
  onBackToLibrary: () => void;
  saveStatus: ReactNode;
}

export function Toolbar({ theme, onToggleTheme, analysisTools, templateTools, onBackToLibrary, saveStatus }: ToolbarProps) {
  const { t } = useI18n();
  const { canUndo, canRedo, snapToGrid } = useEditor(
    useShallow((state) => ({
      canUndo: state.history.past.length > 0,
      canRedo: state.history.future.length > 0,
      snapToGrid: state.document.settings.snapToGrid,
    })),
  );
  return (
    <header className="sf-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <IconButton label={t('toolbar.backToLibrary')} icon={<ArrowLeft size={18} />} onClick={onBackToLibrary} />
      <TitleEditor />
      {saveStatus}
      <div className="sf-toolbar__group">
        <CommandButton command="undo" icon={<Undo2 size={18} />} disabled={!canUndo} />
        <CommandButton command="redo" icon={<Redo2 size={18} />} disabled={!canRedo} />
      </div>
      <div className="sf-toolbar__group">
        <LayoutControls />
        <CommandButton command="toggleSnap" icon={<Grid3x3 size={18} />} pressed={snapToGrid} />
      </div>
      <ZoomControls />
      {analysisTools}
      <div className="sf-toolbar__group">
        <CommandButton command="import" icon={<Upload size={18} />} />
        <CommandButton command="export" icon={<Download size={18} />} />
        <CommandButton command="history" icon={<History size={18} />} />
        <PresentControls />
        <ShareControls />
        {templateTools}
      </div>
      <div className="sf-toolbar__spacer" />
      <div className="sf-toolbar__group">
        <CommandButton command="shortcuts" icon={<Keyboard size={18} />} />
        <LanguageSwitch />
        <IconButton
          label={theme === 'light' ? t('theme.toDark') : t('theme.toLight')}
          icon={theme === 'light' ? <Moon size={18} /> : <Sun size={18} />}
          onClick={onToggleTheme}
        />
      </div>
    </header>
  );
}
