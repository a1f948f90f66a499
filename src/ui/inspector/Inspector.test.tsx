// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { createDocument } from '../../model/document';
import { connect, createScenario, setScenarioValue } from '../../model/operations';
import type { SalesDocument } from '../../model/types';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore, type EditorStore, type Selection } from '../../store/editorStore';
import { Inspector } from './Inspector';

function pipeline(): SalesDocument {
  const doc = createDocument({ id: 'doc', title: 'Pipeline', now: 0 });
  const size = { width: 140, height: 60 };
  return {
    ...doc,
    lanes: [{ order: 'k0017013', id: 'sales', label: 'Sales' }],
    nodes: [
      { id: 'leads', kind: 'start', label: 'New leads', position: { x: 0, y: 0 }, size, volume: 100 },
      {
        id: 'qualify',
        kind: 'stage',
        label: 'Qualify',
        position: { x: 200, y: 0 },
        size,
        details: { owner: 'SDR', durationDays: 5 },
      },
      { id: 'closed', kind: 'end', label: 'Closed', position: { x: 400, y: 0 }, size },
      { id: 'memo', kind: 'note', label: 'Ask about budget', position: { x: 200, y: 120 }, size },
    ],
    edges: [
      { id: 'e1', source: 'leads', target: 'qualify', conversionRate: 0.5 },
      { id: 'e2', source: 'qualify', target: 'closed' },
    ],
  };
}

function renderInspector(selection?: Selection, language: Language = 'en'): EditorStore {
  const store = createEditorStore(pipeline(), () => 1000);
  if (selection) store.getState().setSelection(selection);
  render(
    <I18nProvider language={language}>
      <EditorStoreProvider store={store}>
        <Inspector theme="light" />
      </EditorStoreProvider>
    </I18nProvider>,
  );
  return store;
}

const node = (store: EditorStore, id: string) => store.getState().document.nodes.find((n) => n.id === id);
const edge = (store: EditorStore, id: string) => store.getState().document.edges.find((e) => e.id === id);
const steps = (store: EditorStore) => store.getState().history.past.length;
const selectNode = (id: string): Selection => ({ nodeIds: [id], edgeIds: [] });

function type(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}

describe('Inspector, one node', () => {
  it('commits a label edit on Enter as one undo step, and follows undo', () => {
    const store = renderInspector(selectNode('qualify'));
    const label = screen.getByLabelText('Label');
    type(label, 'Qual');
    type(label, 'Qualify the lead');
    expect(steps(store)).toBe(0);

    fireEvent.keyDown(label, { key: 'Enter' });
    expect(node(store, 'qualify')?.label).toBe('Qualify the lead');
    expect(steps(store)).toBe(1);
    fireEvent.blur(label);
    expect(steps(store)).toBe(1);

    act(() => store.getState().undo());
    expect(screen.getByLabelText('Label')).toHaveProperty('value', 'Qualify');
  });

  it('starts a new line on Shift+Enter, ignores Enter while an input method composes, reverts on Escape', () => {
    const store = renderInspector(selectNode('qualify'));
    const label = screen.getByLabelText('Label');
    type(label, '资格审查');
    fireEvent.keyDown(label, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(label, { key: 'Enter', keyCode: 229 });
    fireEvent.keyDown(label, { key: 'Enter', shiftKey: true });
    expect(steps(store)).toBe(0);

    fireEvent.keyDown(label, { key: 'Escape' });
    expect(label).toHaveProperty('value', 'Qualify');
    fireEvent.blur(label);
    expect(steps(store)).toBe(0);
  });

  it('refuses an invalid duration with an alert and leaves the document alone', () => {
    const store = renderInspector(selectNode('qualify'));
    const before = store.getState().document;
    const duration = screen.getByLabelText('Duration (days)');
    for (const bad of ['-3', 'abc', '40000', 'NaN']) {
      type(duration, bad);
      fireEvent.blur(duration);
      expect(screen.getByRole('alert').textContent).toContain(`“${bad}” was not applied`);
      expect(duration).toHaveProperty('value', '5');
      expect(duration.getAttribute('aria-invalid')).toBe('true');
    }
    expect(store.getState().document).toBe(before);

    type(duration, '２.５');
    fireEvent.keyDown(duration, { key: 'Enter' });
    expect(node(store, 'qualify')?.details).toEqual({ owner: 'SDR', durationDays: 2.5 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sets the leads entering a start, per period', () => {
    const store = renderInspector(selectNode('leads'));
    const volume = screen.getByLabelText('Leads entering');
    expect(volume).toHaveProperty('value', '100');
    expect(screen.getByText('per month')).toBeTruthy();
    type(volume, '1,500');
    fireEvent.keyDown(volume, { key: 'Enter' });
    expect(node(store, 'leads')?.volume).toBe(1500);
    expect(screen.queryByLabelText('Owner')).not.toBeNull();
    expect(screen.queryByLabelText('Outcome')).toBeNull();
  });

  it('chooses the outcome of an end', () => {
    const store = renderInspector(selectNode('closed'));
    const outcome = screen.getByLabelText('Outcome');
    expect(outcome).toHaveProperty('value', '');
    fireEvent.change(outcome, { target: { value: 'lost' } });
    expect(node(store, 'closed')?.outcome).toBe('lost');
    expect(steps(store)).toBe(1);
    expect(screen.queryByRole('option', { name: 'Not set' })).toBeNull();
  });

  it('gives a note no sales details', () => {
    renderInspector(selectNode('memo'));
    expect(screen.getByRole('heading', { name: 'Note' })).toBeTruthy();
    expect(screen.queryByLabelText('Owner')).toBeNull();
    expect(screen.queryByLabelText('Duration (days)')).toBeNull();
  });

  it('assigns a lane, clears an owner and merges details', () => {
    const store = renderInspector(selectNode('qualify'));
    fireEvent.change(screen.getByLabelText('Lane'), { target: { value: 'sales' } });
    expect(node(store, 'qualify')?.laneId).toBe('sales');
    const owner = screen.getByLabelText('Owner');
    type(owner, '   ');
    fireEvent.blur(owner);
    expect(node(store, 'qualify')?.details).toEqual({ durationDays: 5 });
  });

  it('refuses a link with another scheme and completes a bare address', () => {
    const store = renderInspector(selectNode('qualify'));
    const link = screen.getByLabelText('Link');
    type(link, 'javascript:alert(1)');
    fireEvent.keyDown(link, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toContain('http://, https:// or mailto:');
    expect(node(store, 'qualify')?.link).toBeUndefined();

    type(link, 'crm.example.com/deals');
    fireEvent.keyDown(link, { key: 'Enter' });
    expect(node(store, 'qualify')?.link).toBe('https://crm.example.com/deals');
  });

  it('recolours with a swatch and back to the default', () => {
    const store = renderInspector(selectNode('qualify'));
    const blue = screen.getByRole('button', { name: 'Fill: blue' });
    fireEvent.click(blue);
    expect(node(store, 'qualify')?.style).toEqual({ fill: '#dbeafe' });
    expect(blue.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Fill: default' }));
    expect(node(store, 'qualify')?.style).toBeUndefined();
    expect(steps(store)).toBe(2);
  });

  it('keeps an edit in progress when the selection moves to another node', () => {
    const store = renderInspector(selectNode('qualify'));
    type(screen.getByLabelText('Owner'), 'Account executive');
    act(() => store.getState().setSelection(selectNode('leads')));
    expect(node(store, 'qualify')?.details?.owner).toBe('Account executive');
    expect(screen.getByLabelText('Label')).toHaveProperty('value', 'New leads');
  });

  it('gives every control a name of its own', () => {
    renderInspector(selectNode('leads'));
    const panel = screen.getByRole('complementary', { name: 'Inspector' });
    const names = [...panel.querySelectorAll<HTMLElement>('input, textarea, select, button')].map(
      (control) =>
        control.getAttribute('aria-label') ??
        [...((control as HTMLInputElement).labels ?? [])].map((label) => label.textContent).join(' '),
    );
    expect(names.every((name) => name.trim() !== '')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('Inspector, one edge', () => {
  it('stores a conversion rate of 45 % as 0.45, and clears it when emptied', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e1'] });
    expect(screen.getByText('From “New leads” to “Qualify”')).toBeTruthy();
    const rate = screen.getByLabelText('Conversion rate (%)');
    expect(rate).toHaveProperty('value', '50');
    type(rate, '45');
    fireEvent.keyDown(rate, { key: 'Enter' });
    expect(edge(store, 'e1')?.conversionRate).toBe(0.45);

    type(rate, '120');
    fireEvent.blur(rate);
    expect(screen.getByRole('alert').textContent).toContain('from 0 to 100');
    expect(edge(store, 'e1')?.conversionRate).toBe(0.45);

    type(rate, '');
    fireEvent.blur(rate);
    expect(edge(store, 'e1')).not.toHaveProperty('conversionRate');
  });

  it('shows the conflict as soon as the rates leaving a node add up above 100%, and makes the others add up in one step', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e1'] });
    act(() => {
      store.getState().perform(connect({ id: 'e3', source: 'leads', target: 'closed', conversionRate: 0.7 }));
    });
    const rate = screen.getByLabelText('Conversion rate (%)');
    expect(screen.getByRole('alert').textContent).toContain('add up to 120%');
    type(rate, '45');
    fireEvent.keyDown(rate, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(
      'The rates leaving “New leads” add up to 115%, more than 100%. Until they add up, the figures count this connection as 39%.',
    );
    const before = steps(store);
    fireEvent.click(screen.getByRole('button', { name: 'Make the others add up' }));
    expect(edge(store, 'e1')?.conversionRate).toBe(0.45);
    expect(edge(store, 'e3')?.conversionRate).toBe(0.55);
    expect(steps(store)).toBe(before + 1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('with a scenario shown, shows the scenario\'s conflict and makes its others add up in the scenario, not in the process', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e1'] });
    act(() => {
      store.getState().perform(connect({ id: 'e3', source: 'leads', target: 'closed', conversionRate: 0.3 }));
      store.getState().perform(createScenario('s', 'Better'));
      store.getState().showScenario('s');
    });
    // The process adds up (50% + 30%); the scenario's 90% on e1 does not.
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => {
      store.getState().perform(setScenarioValue('s', { kind: 'edgeRate', id: 'e1' }, 0.9));
    });
    expect(screen.getByRole('alert').textContent).toContain('add up to 120%');
    fireEvent.click(screen.getByRole('button', { name: 'Make the others add up' }));
    expect(edge(store, 'e3')?.conversionRate).toBe(0.3);
    expect(store.getState().document.scenarios[0]!.overrides.edgeRates).toEqual([
      { edgeId: 'e1', rate: 0.9 },
      { edgeId: 'e3', rate: 0.1 },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers, on the node itself, to keep any one of its rates and make the others add up', () => {
    const store = renderInspector(selectNode('leads'));
    act(() => {
      store.getState().perform(connect({ id: 'e3', source: 'leads', target: 'closed', label: 'Bad fit', conversionRate: 0.7 }));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Keep “Bad fit” at 70%, make the others add up' }));
    expect(edge(store, 'e1')?.conversionRate).toBe(0.3);
    expect(screen.queryByRole('button', { name: /make the others add up/ })).toBeNull();
  });

  it('switches the line style', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e2'] });
    fireEvent.change(screen.getByLabelText('Line style'), { target: { value: 'dashed' } });
    expect(edge(store, 'e2')?.style).toBe('dashed');
  });
});

describe('Inspector, nothing or several selected', () => {
  it('shows the document settings and changes the period', () => {
    const store = renderInspector();
    expect(screen.getByRole('heading', { name: 'Document settings' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Forecast period'), { target: { value: 'quarter' } });
    expect(store.getState().document.settings.period).toBe('quarter');

    const deal = screen.getByLabelText('Average deal value');
    type(deal, '25000');
    fireEvent.blur(deal);
    expect(store.getState().document.settings.dealValue).toBe(25000);

    const grid = screen.getByLabelText('Grid size');
    type(grid, '0');
    fireEvent.blur(grid);
    expect(screen.getByRole('alert').textContent).toContain('whole number from 1 to 1,000');
    expect(store.getState().document.settings.gridSize).toBe(20);
  });

  it('keeps the old title when the new one is blank', () => {
    const store = renderInspector();
    const title = screen.getByLabelText('Title');
    type(title, '  ');
    fireEvent.blur(title);
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(store.getState().document.title).toBe('Pipeline');
  });

  it('counts a multiple selection and recolours every node in one step', () => {
    const store = renderInspector({ nodeIds: ['leads', 'qualify', 'closed'], edgeIds: [] });
    expect(screen.getByRole('heading', { name: '3 nodes selected' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stroke: red' }));
    expect(['leads', 'qualify', 'closed'].map((id) => node(store, id)?.style?.stroke)).toEqual([
      '#dc2626',
      '#dc2626',
      '#dc2626',
    ]);
    expect(steps(store)).toBe(1);
  });
});

describe('Inspector in Chinese', () => {
  it('labels the fields and explains refusals in Chinese', () => {
    renderInspector(selectNode('leads'), 'zh-CN');
    const panel = within(screen.getByRole('complementary', { name: '属性面板' }));
    for (const label of ['文本', '进入线索数', '负责人', '时长（天）', '泳道', '链接']) {
      expect(panel.getByLabelText(label)).toBeTruthy();
    }
    expect(panel.getByText('每月')).toBeTruthy();
    const duration = panel.getByLabelText('时长（天）');
    type(duration, '-1');
    fireEvent.blur(duration);
    expect(panel.getByRole('alert').textContent).toContain('请输入 0 到 36,500 之间的数字');
  });

  it('names the conversion rate and the outcome in Chinese', () => {
    renderInspector({ nodeIds: [], edgeIds: ['e1'] }, 'zh-CN');
    expect(screen.getByLabelText('转化率（%）')).toBeTruthy();
  });
});
