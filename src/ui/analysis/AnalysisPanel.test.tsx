// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { createScenario, setScenarioValue } from '../../model/operations';
import { sampleDocument } from '../../model/sample';
import { documentOf, edge, node, stage } from '../../model/analytics/testDocuments';
import type { SalesDocument } from '../../model/types';
import { EditorCommandsProvider } from '../../store/EditorCommandsProvider';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { AnalysisPanel } from './AnalysisPanel';

const noLayout = { layout: () => Promise.reject(new Error('no layout in this test')) };
const snapshot = () => Promise.resolve(true);

function renderPanel(doc: SalesDocument = sampleDocument(), language: Language = 'en'): EditorStore {
  const store = createEditorStore(doc, () => 1000);
  render(
    <I18nProvider language={language}>
      <EditorStoreProvider store={store}>
        <EditorCommandsProvider unassignedLaneLabel="Unassigned" layoutService={noLayout} snapshot={snapshot}>
          <AnalysisPanel />
        </EditorCommandsProvider>
      </EditorStoreProvider>
    </I18nProvider>,
  );
  return store;
}

function figure(name: string): string {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.querySelector('.sf-analysis__value')?.textContent ?? '';
}

function delta(name: string): string | undefined {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.querySelector('.sf-analysis__delta')?.textContent;
}

// The sample: 200 leads a month, 33.2 wins at $20,000.
describe('AnalysisPanel', () => {
  it('shows the forecast, the bottleneck and the funnel of the main path', () => {
    renderPanel();
    expect(figure('Leads in')).toBe('200');
    expect(figure('Overall conversion')).toBe('17%');
    expect(figure('Expected wins')).toBe('33');
    expect(figure('Revenue')).toBe('$664,848');
    expect(figure('Cycle time to a win')).toBe('71 days');
    // The qualification decision both loses the most deals and keeps the smallest share: one line.
    expect(screen.getByText('Qualified? loses 40% of deals: 58 of 144 a month')).toBeTruthy();
    expect(screen.queryByText(/Lowest conversion/)).toBeNull();
    const bars = screen.getByRole('list', { name: 'Funnel of the main path' }).querySelectorAll('li');
    expect(bars).toHaveLength(9);
  });

  it('shows the first 40 steps of a long main path, and all of them on request', () => {
    const ids = Array.from({ length: 58 }, (_, index) => `s${index}`);
    const nodes = [node('in', 'start', { volume: 100 }), ...ids.map((id) => stage(id)), node('won', 'end', { outcome: 'won' })];
    const chain = ['in', ...ids, 'won'];
    renderPanel(documentOf(nodes, chain.slice(1).map((id, index) => edge(chain[index]!, id, 0.99))));
    const bars = () => screen.getByRole('list', { name: 'Funnel of the main path' }).querySelectorAll('li');
    expect(bars()).toHaveLength(40);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 60 steps' }));
    expect(bars()).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('asks for a deal value before forecasting revenue', () => {
    const doc = sampleDocument();
    renderPanel({ ...doc, settings: { ...doc.settings, dealValue: undefined } });
    expect(figure('Revenue')).toBe('Set an average deal value above to forecast revenue.');
  });

  it('shows the scenario’s figures against Current, with a change on every figure, and applies it to the process in one undo step', () => {
    const store = renderPanel();
    expect(screen.getByText(/make a scenario from Scenarios in the toolbar/)).toBeTruthy();
    act(() => {
      store.getState().perform(createScenario('s1', 'Better contracts'));
      store.getState().perform(setScenarioValue('s1', { kind: 'edgeRate', id: 'quotation--contract' }, 0.3));
      store.getState().perform(setScenarioValue('s1', { kind: 'startVolume', id: 'leads' }, 300));
    });
    expect(figure('Expected wins')).toBe('33');
    expect(delta('Expected wins')).toBeUndefined();

    act(() => store.getState().showScenario('s1'));
    expect(screen.getByText('Figures of scenario “Better contracts”.')).toBeTruthy();
    // 300 leads and half the contracts: three quarters of the wins.
    expect(figure('Leads in')).toBe('300');
    expect(delta('Leads in')).toBe('+100 vs Current');
    expect(figure('Expected wins')).toBe('25');
    expect(delta('Expected wins')).toBe('-8 vs Current');
    expect(delta('Overall conversion')).toBe('-8.3 pts vs Current');
    expect(delta('Revenue')).toBe('-$166,212 vs Current');
    expect(delta('Cycle time to a win')).toBe('0 days vs Current');
    expect(screen.getByText('Lowest conversion: Quotation & negotiation keeps 30% of its deals')).toBeTruthy();
    expect(store.getState().document.edges.find((edge) => edge.id === 'quotation--contract')?.conversionRate).toBe(0.6);

    fireEvent.change(screen.getByLabelText('Compare with'), { target: { value: 'nothing' } });
    expect(delta('Expected wins')).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Compare with'), { target: { value: 'current' } });

    const steps = store.getState().history.past.length;
    fireEvent.click(screen.getByRole('button', { name: 'Apply to process' }));
    expect(store.getState().history.past.length).toBe(steps + 1);
    expect(store.getState().document.edges.find((edge) => edge.id === 'quotation--contract')?.conversionRate).toBe(0.3);
    expect(delta('Expected wins')).toBe('0 vs Current');
    act(() => store.getState().undo());
    expect(store.getState().document.edges.find((edge) => edge.id === 'quotation--contract')?.conversionRate).toBe(0.6);
    expect(store.getState().document.nodes.find((node) => node.id === 'leads')?.volume).toBe(200);
    expect(delta('Expected wins')).toBe('-8 vs Current');
  });

  it('compares two scenarios with each other', () => {
    const store = renderPanel();
    act(() => {
      store.getState().perform(createScenario('low', 'Low'));
      store.getState().perform(createScenario('high', 'High'));
      store.getState().perform(setScenarioValue('low', { kind: 'startVolume', id: 'leads' }, 100));
      store.getState().perform(setScenarioValue('high', { kind: 'startVolume', id: 'leads' }, 400));
      store.getState().showScenario('high');
    });
    const options = [...screen.getByLabelText<HTMLSelectElement>('Compare with').options].map((option) => option.text);
    expect(options).toEqual(['Nothing', 'Current', 'Low']);
    fireEvent.change(screen.getByLabelText('Compare with'), { target: { value: 'scenario:low' } });
    expect(figure('Leads in')).toBe('400');
    expect(delta('Leads in')).toBe('+300 vs Low');
    expect(delta('Expected wins')).toBe('+50 vs Low');
  });

  it('highlights the longest path on demand', () => {
    const store = renderPanel();
    const button = screen.getByRole('button', { name: 'Show longest path' });
    fireEvent.click(button);
    expect(store.getState().highlightedNodeIds).toEqual(sampleDocument().nodes.filter((n) => n.id !== 'not-qualified').map((n) => n.id));
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(store.getState().highlightedNodeIds).toEqual([]);
  });

  it('speaks Chinese', () => {
    renderPanel(sampleDocument(), 'zh-CN');
    expect(figure('预计赢单')).toBe('33');
    expect(screen.getByText('“Qualified?”流失了 40% 的商机：每月 144 个中流失 58 个')).toBeTruthy();
  });

  it('marks figures computed from rates that add up above 100% as estimated, and says why', () => {
    renderPanel(
      documentOf(
        [node('leads', 'start', { volume: 100 }), node('deal', 'decision'), stage('legal', 10), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
        [edge('leads', 'deal'), edge('deal', 'legal', 0.45, { label: 'Yes' }), edge('deal', 'lost', 0.7, { label: 'No' }), edge('legal', 'won', 1)],
      ),
    );
    expect(figure('Expected wins')).toBe('39');
    const wins = screen.getByText('Expected wins', { selector: 'dt' }).nextElementSibling!;
    expect(wins.querySelector('.sf-analysis__estimated')?.textContent).toBe('estimated');
    expect(figure('Expected losses')).toBe('61');
    expect(screen.getByRole('note').textContent).toBe(
      'Estimated: the rates leaving “deal” add up to 115%. The figures scale them down to 100% until you fix them.',
    );
    expect(document.querySelector('.sf-analysis__line--bottleneck .sf-analysis__estimated')).not.toBeNull();
  });

  it('says the cycle time is unknown, and what to fill in, while no step has a duration', () => {
    renderPanel(
      documentOf(
        [node('leads', 'start', { volume: 100 }), stage('call'), stage('demo'), node('won', 'end', { outcome: 'won' })],
        [edge('leads', 'call'), edge('call', 'demo'), edge('demo', 'won')],
      ),
    );
    expect(figure('Cycle time to a win')).toBe('Unknown: set Duration (days) on the steps to a win.');
    expect(screen.getByText('Longest path to a win: unknown over 4 steps, until durations are set.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show longest path' })).toBeNull();
    expect(screen.queryByText(/estimated/)).toBeNull();
  });
});
