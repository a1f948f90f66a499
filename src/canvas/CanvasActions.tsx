import { createContext, useContext } from 'react';
import type { HandleSide } from '../model/types';

/** What a node or edge on the canvas may ask of the canvas around it. */
export interface CanvasActions {
  quickAdd: (nodeId: string, side: HandleSide) => void;
  commitNodeLabel: (nodeId: string, label: string) => void;
  editEdgeLabel: (edgeId: string) => void;
  commitEdgeLabel: (edgeId: string, label: string) => void;
  stopEditing: () => void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions needs the FlowCanvas around it');
  return actions;
}
