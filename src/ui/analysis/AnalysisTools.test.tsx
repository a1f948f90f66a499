// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { removeEdges } from '../../model/graph';
import { sampleDocument } from '../../model/sample';
import { documentOf, edge, node, stage } from '../../model/analytics/testDocuments';
import type { SalesDocument } from '../../model/types';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore } from '../../store/editorStore';
import { AnalysisTools } from './AnalysisTools';

function renderTools(onToggleHeatView = () => {}, doc: SalesDocument = removeEdges(sampleDocument(), ['contract--after-sales'])) {
  const store = createEditorStore(doc, () => 1000);
  const centerOnNode = vi.fn();
  store.getState().setViewportControls({
    fitView: () => {},
    fitSelection: () => {},
    actualSize: () => {},
    showDocument: () => {},
    reveal: () => {},
    showNodes: () => {},
    saveView: () => () => {},
    centerOnNode,
    zoomIn: () => {},
    zoomOut: () => {},
    viewCentre: () => ({ x: 0, y: 0 }),
    toCanvasPoint: (point) => point,
    centreOn: () => undefined,
  });
  render(
    <I18nProvider language="en">
      <EditorStoreProvider store={store}>
        <AnalysisTools heatView={false} onToggleHeatView={onToggleHeatView} />
      </EditorStoreProvider>
    </I18nProvider>,
  );
  return { store, centerOnNode };
}

describe('AnalysisTools', () => {
  it('counts the problems in the button name, lists them, and a click selects and centres the node', () => {
    const { store, centerOnNode } = renderTools();
    // Removing that edge strands the contract stage and cuts after-sales and the won end off.
    const button = screen.getByRole('button', { name: 'Problems (3)' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('region', { name: 'Problems' });
    expect(list.textContent).toContain('“Contract signing & execution” is a dead end');
    fireEvent.click(screen.getByRole('button', { name: /Contract signing & execution” is a dead end/ }));
    expect(store.getState().selection).toEqual({ nodeIds: ['contract'], edgeIds: [] });
    expect(centerOnNode).toHaveBeenCalledWith('contract');
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();
  });

  it('toggles the heat view', () => {
    const toggle = vi.fn();
    renderTools(toggle);
    const heat = screen.getByRole('button', { name: 'Heat view' });
    expect(heat.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(heat);
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('sets an end’s outcome from its Problem in one click, one undo step', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), stage('call'), node('won', 'end', { outcome: 'won' }), node('e', 'end', { label: '丢单' })],
      [edge('leads', 'call'), edge('call', 'won', 0.4), edge('call', 'e')],
    );
    const { store } = renderTools(undefined, doc);
    fireEvent.click(screen.getByRole('button', { name: 'Problems (1)' }));
    expect(screen.getByRole('region', { name: 'Problems' }).textContent).toContain('End “丢单” has no outcome, but its label reads as Lost');
    const steps = store.getState().history.past.length;
    fireEvent.click(screen.getByRole('button', { name: 'Mark “丢单” as Lost' }));
    expect(store.getState().document.nodes.find((made) => made.id === 'e')?.outcome).toBe('lost');
    expect(store.getState().history.past.length).toBe(steps + 1);
    expect(screen.getByRole('button', { name: 'Problems (0)' })).toBeTruthy();
  });

  it('offers won and lost when the label says neither, and lists errors before warnings', () => {
    const doc = documentOf([node('leads', 'start'), node('call', 'stage'), node('e', 'end', { label: 'End' })], [edge('leads', 'call'), edge('call', 'e')]);
    renderTools(undefined, doc);
    fireEvent.click(screen.getByRole('button', { name: 'Problems (3)' }));
    const items = screen.getByRole('region', { name: 'Problems' }).querySelectorAll('li');
    expect([...items].map((item) => item.querySelector('[role="img"]')?.getAttribute('aria-label'))).toEqual(['Error', 'Warning', 'Warning']);
    expect(screen.getByRole('button', { name: 'Mark “End” as Won' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark “End” as Lost' })).toBeTruthy();
  });

  it('welcomes on an empty document instead of counting problems in red', () => {
    renderTools(undefined, documentOf([], []));
    const button = screen.getByRole('button', { name: 'Problems (0)' });
    expect(button.className).not.toContain('sf-problems__button--some');
    fireEvent.click(button);
    expect(screen.getByRole('region', { name: 'Problems' }).textContent).toContain('Welcome!');
  });
});
