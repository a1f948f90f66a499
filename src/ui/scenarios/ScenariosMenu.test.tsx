// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { makeChain } from '../../model/fixtures/documents';
import { createScenario, setScenarioValue } from '../../model/operations';
import { EditorCommandsProvider } from '../../store/EditorCommandsProvider';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { ScenarioBanner } from './ScenarioBanner';
import { ScenariosMenu } from './ScenariosMenu';

const noLayout = { layout: () => Promise.reject(new Error('no layout in this test')) };

function renderMenu(language: Language = 'en'): EditorStore {
  const store = createEditorStore(makeChain(), () => 1000);
  render(
    <I18nProvider language={language}>
      <EditorStoreProvider store={store}>
        <EditorCommandsProvider unassignedLaneLabel="Unassigned" layoutService={noLayout} snapshot={() => Promise.resolve(true)}>
          <ScenariosMenu />
          <ScenarioBanner />
        </EditorCommandsProvider>
      </EditorStoreProvider>
    </I18nProvider>,
  );
  return store;
}

const names = (store: EditorStore) => store.getState().document.scenarios.map((scenario) => scenario.name);

function open() {
  fireEvent.click(screen.getByRole('button', { name: /^Scenarios/ }));
  return screen.getByRole('dialog', { name: 'Scenarios' });
}

describe('ScenariosMenu', () => {
  it('lists Current, shown at first, and says what a scenario is while there is none', () => {
    renderMenu();
    expect(screen.getByRole('button', { name: 'Scenarios: Current' }).getAttribute('aria-expanded')).toBe('false');
    open();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Current/ }).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Current/ }));
    expect(screen.getByText(/A scenario keeps its own rates/)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('makes a scenario, shows it, and names it as typed, in one undo step each', () => {
    const store = renderMenu();
    open();
    fireEvent.click(screen.getByRole('button', { name: 'New scenario' }));
    expect(names(store)).toEqual(['Scenario 1']);
    expect(store.getState().shownScenarioId).toBe(store.getState().document.scenarios[0]!.id);
    const name = screen.getByRole<HTMLInputElement>('textbox', { name: 'Scenario name' });
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: '  Qualify better ' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(names(store)).toEqual(['Qualify better']);
    expect(store.getState().history.past).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Scenarios: Qualify better' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Showing scenario “Qualify better”');
    // Back on the scenario's own choice, so that Escape still closes the menu.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Qualify better' }));
  });

  it('leaves the name as it was on Escape or when emptied, and renames from the row', () => {
    const store = renderMenu();
    act(() => {
      store.getState().perform(createScenario('s1', 'One'));
    });
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Rename One' }));
    const name = screen.getByRole('textbox', { name: 'Scenario name' });
    fireEvent.change(name, { target: { value: 'Typed but dropped' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(names(store)).toEqual(['One']);
    expect(screen.getByRole('dialog', { name: 'Scenarios' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Rename One' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Scenario name' }), { target: { value: ' ' } });
    fireEvent.blur(screen.getByRole('textbox', { name: 'Scenario name' }));
    expect(names(store)).toEqual(['One']);

    fireEvent.click(screen.getByRole('button', { name: 'Rename One' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Scenario name' }), { target: { value: 'Won more' } });
    fireEvent.blur(screen.getByRole('textbox', { name: 'Scenario name' }));
    expect(names(store)).toEqual(['Won more']);
  });

  it('duplicates a scenario with its values and shows the copy; deletes one, showing Current again', () => {
    const store = renderMenu();
    act(() => {
      store.getState().perform(createScenario('s1', 'One'));
      store.getState().perform(setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.9));
    });
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate One' }));
    expect(names(store)).toEqual(['One', 'One (copy)']);
    const copy = store.getState().document.scenarios[1]!;
    expect(copy.overrides.edgeRates).toEqual([{ edgeId: 'e2', rate: 0.9 }]);
    expect(store.getState().shownScenarioId).toBe(copy.id);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'One (copy)' }).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Delete One (copy)' }));
    expect(names(store)).toEqual(['One']);
    expect(store.getState().shownScenarioId).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Current/ }).checked).toBe(true);
    act(() => store.getState().undo());
    expect(names(store)).toEqual(['One', 'One (copy)']);
  });

  it('switches between Current and a scenario, and closes on Escape, giving focus back to its button', () => {
    const store = renderMenu();
    act(() => {
      store.getState().perform(createScenario('s1', 'One'));
    });
    const dialog = open();
    fireEvent.click(screen.getByRole('radio', { name: 'One' }));
    expect(store.getState().shownScenarioId).toBe('s1');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Scenarios: One' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show Current' }));
    expect(store.getState().shownScenarioId).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('speaks Chinese', () => {
    const store = renderMenu('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '情景：当前' }));
    fireEvent.click(screen.getByRole('button', { name: '新建情景' }));
    expect(names(store)).toEqual(['情景 1']);
    expect(screen.getByRole('status').textContent).toContain('正在显示情景“情景 1”');
  });
});
