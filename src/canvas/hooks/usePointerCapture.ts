import { useEffect } from 'react';
import { useStore } from '@xyflow/react';

const LEFT_BUTTON = 0;
const MIDDLE_BUTTON = 1;
// Parts of a node that start something other than moving it: a connection, a resize, a link, an edit.
const NOT_A_MOVE = '.nodrag, .react-flow__handle, .react-flow__resize-control, input, textarea, a';

/** Whether a press starts a pan (middle button) or may start moving a node (left button on its body). */
function startsViewOrNodeMove(event: PointerEvent): event is PointerEvent & { target: Element } {
  if (!(event.target instanceof Element)) return false;
  if (event.button === MIDDLE_BUTTON) return true;
  return event.button === LEFT_BUTTON && event.target.closest('.react-flow__node') !== null && event.target.closest(NOT_A_MOVE) === null;
}

/**
 * While the middle button pans or the left button moves a node, the pointer is captured by the
 * element it went down on. The browser then sends every move there without hit-testing the
 * diagram first: on a zoomed-out 1,000-node diagram that hit test cost a quarter of each pan frame
 * and more of each drag frame (bench/README.md). React Flow's pan and node drag listen on the
 * window, so they still see every move; a press on a handle is left alone, since a connection
 * looks for the node under the pointer when it ends.
 */
export function usePointerCapture(): void {
  const domNode = useStore((state) => state.domNode);
  useEffect(() => {
    if (!domNode) return;
    const capture = (event: PointerEvent) => {
      if (startsViewOrNodeMove(event)) event.target.setPointerCapture(event.pointerId);
    };
    domNode.addEventListener('pointerdown', capture);
    return () => domNode.removeEventListener('pointerdown', capture);
  }, [domNode]);
}
