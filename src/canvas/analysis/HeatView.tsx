import { createContext, useContext, type ReactNode } from 'react';

// The heat view is a way of looking, not part of the document or its history, so it travels by
// context from the editor page (which owns the toolbar toggle) to the nodes.
const HeatViewContext = createContext(false);

export function HeatViewProvider({ on, children }: { on: boolean; children: ReactNode }) {
  return <HeatViewContext value={on}>{children}</HeatViewContext>;
}

export function useHeatView(): boolean {
  return useContext(HeatViewContext);
}
