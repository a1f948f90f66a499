// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { removeEdges } from '../../model/graph';
import { sampleDocument } from '../../model/sample';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore } from '../../store/editorStore';
import { AnalysisTools } from './AnalysisTools';

function renderTools(onToggleHeatView = () => {}) {
  const store = createEditorStore(removeEdges(sampleDocument(), ['contract--after-sales']), () => 1000);
  const centerOnNode = vi.fn();
  store.getState().setViewportControls({
    fitView: () => {},
    fitSelection: () => {},
    actualSize: () => {},
    showDocument: () => {},
    reveal: () => {},
    centerOnNode,
    zoomIn: () => {},
    zoomOut: () => {},
    viewCentre: () => ({ x: 0, y: 0 }),
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
});
