import { FlowCanvas } from '../canvas/FlowCanvas';
import { AnalysisLegend } from '../canvas/analysis/AnalysisLegend';
import { HeatViewProvider } from '../canvas/analysis/HeatView';
import { AnalysisPanel } from '../ui/analysis/AnalysisPanel';
import { AnalysisTools } from '../ui/analysis/AnalysisTools';
import { useAnalysisControls } from '../ui/analysis/useAnalysisControls';
import { ScenarioBanner } from '../ui/scenarios/ScenarioBanner';
import { ActualsBanner } from '../ui/actuals/ActualsBanner';
import { ScenariosMenu } from '../ui/scenarios/ScenariosMenu';
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
import { ActivityIndicator } from '../ui/ActivityIndicator';
import type { LayoutService } from '../commands/autoLayout';
import type { SnapshotReason } from '../commands/context';
import type { Theme } from '../ui/theme';
import type { ReactNode } from 'react';
import type { Repository } from '../storage/repository';
import { LocalHistoryPanel } from '../ui/history/LocalHistoryPanel';
import { TeamHistoryPanel } from '../ui/history/TeamHistoryPanel';
import type { SharedEntry } from '../sync/sharedRegistry';
import { SaveAsTemplate } from '../ui/templates/SaveAsTemplate';
import { useStorage } from './StorageProvider';
import { ErrorBoundary } from '../ui/crash/ErrorBoundary';
import { CanvasCrash } from '../ui/crash/CanvasCrash';
import { SidePanel } from '../ui/view/SidePanel';
import { ConnectToDialog } from '../ui/view/ConnectToDialog';
import { PresentMode } from '../ui/present/PresentMode';

interface EditorPageProps {
  theme: Theme;
  onToggleTheme: () => void;
  layoutService: LayoutService;
  snapshot: (reason: SnapshotReason) => Promise<boolean>;
  onBackToLibrary: () => void;
  saveStatus: ReactNode;
  /** For the History panel; null when nothing is stored. */
  repository: Repository | null;
  /** A shared document's link: its History is the team server's. */
  shared: SharedEntry | null;
  /** The walkthrough step the address names (from 1): the editor opens presenting it. */
  presentStep: number | undefined;
}

function EditorPanels({ repository, shared, presentStep }: { repository: Repository | null; shared: SharedEntry | null; presentStep: number | undefined }) {
  const { panel, closePanel } = useEditorCommands();
  return (
    <>
      {panel === 'present' ? <PresentMode firstStep={presentStep ?? 1} onClose={closePanel} /> : null}
      {panel === 'history' && shared ? <TeamHistoryPanel entry={shared} onClose={closePanel} /> : null}
      {panel === 'history' && !shared && repository ? <LocalHistoryPanel repository={repository} onClose={closePanel} /> : null}
      {panel === 'shortcuts' ? <ShortcutsDialog onClose={closePanel} /> : null}
      {panel === 'find' ? <FindBar onClose={closePanel} /> : null}
      {panel === 'export' ? <ExportDialog onClose={closePanel} /> : null}
      {panel === 'connectTo' ? <ConnectToDialog onClose={closePanel} /> : null}
      <ImportControls />
    </>
  );
}

/** The canvas, told when it is a walkthrough's stage. */
function EditorCanvas({ theme }: { theme: Theme }) {
  const { panel } = useEditorCommands();
  return <FlowCanvas theme={theme} presenting={panel === 'present'} />;
}

export function EditorPage({ theme, onToggleTheme, layoutService, snapshot, onBackToLibrary, saveStatus, repository, shared, presentStep }: EditorPageProps) {
  const t = useT();
  const analysis = useAnalysisControls();
  const templates = useStorage().templates;
  return (
    <EditorCommandsProvider
      unassignedLaneLabel={t('lane.unassigned')}
      layoutService={layoutService}
      snapshot={snapshot}
      {...(presentStep === undefined ? {} : { initialPanel: 'present' as const })}
    >
      <div className="sf-editor">
        <Toolbar
          theme={theme}
          onToggleTheme={onToggleTheme}
          onBackToLibrary={onBackToLibrary}
          saveStatus={saveStatus}
          analysisTools={
            <>
              <AnalysisTools heatView={analysis.heatView} onToggleHeatView={analysis.toggleHeatView} />
              <div className="sf-toolbar__group">
                <ScenariosMenu />
              </div>
            </>
          }
          templateTools={<SaveAsTemplate repository={templates} />}
        />
        <div className="sf-editor__body">
          <SidePanel side="left">
            <Palette theme={theme} />
          </SidePanel>
          <main className="sf-editor__canvas">
            <ScenarioBanner />
            <ActualsBanner />
            <HeatViewProvider on={analysis.heatView}>
              <ErrorBoundary fallback={(caught) => <CanvasCrash caught={caught} />}>
                <EditorCanvas theme={theme} />
              </ErrorBoundary>
              <AnalysisLegend />
            </HeatViewProvider>
            <EditorPanels repository={repository} shared={shared} presentStep={presentStep} />
          </main>
          <SidePanel side="right">
            <Inspector theme={theme} analysis={<AnalysisPanel />} />
          </SidePanel>
        </div>
        <Toasts />
        <ActivityIndicator />
      </div>
    </EditorCommandsProvider>
  );
}
