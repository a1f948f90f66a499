import { useMemo } from 'react';
import type { ResizeParams } from '@xyflow/react';
import { resizeNode } from '../../model/operations';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';

// React Flow reports a resize from the top or left edge as position changes too; while a resize
// runs, the canvas leaves those to the resizer so that the whole resize is one undo step.
let activeResize: string | null = null;

export function isResizing(): boolean {
  return activeResize !== null;
}

export function useResizeHandlers(nodeId: string) {
  const store = useEditorStoreApi();
  return useMemo(() => {
    const applySize = ({ x, y, width, height }: ResizeParams) =>
      store.getState().performDuringGesture(resizeNode(nodeId, { x, y }, { width, height }));
    return {
      onResizeStart: () => {
        activeResize = nodeId;
        store.getState().beginGesture();
      },
      onResize: (_event: unknown, params: ResizeParams) => applySize(params),
      onResizeEnd: (_event: unknown, params: ResizeParams) => {
        applySize(params);
        activeResize = null;
        store.getState().endGesture();
      },
    };
  }, [store, nodeId]);
}
