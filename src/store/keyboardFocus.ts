import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * The node that holds the canvas's keyboard focus: a roving focus of our own, because React
 * Flow renders only the nodes in view (onlyRenderVisibleElements), so the browser's Tab order
 * would skip every node off screen and would follow storage order rather than the flow.
 */
const focus = createStore<{ currentId: string | null }>()(() => ({ currentId: null }));

export function keyboardCurrent(): string | null {
  return focus.getState().currentId;
}

export function setKeyboardCurrent(currentId: string | null): void {
  focus.setState({ currentId });
}

/** One boolean per node, so moving the focus re-renders the two nodes concerned and no other. */
export function useIsKeyboardCurrent(nodeId: string): boolean {
  return useStore(focus, (state) => state.currentId === nodeId);
}
