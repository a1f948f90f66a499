import { useEffect } from 'react';
import { useStore } from '@xyflow/react';

const MIDDLE_BUTTON = 1;

/**
 * While the middle button pans, the pointer is captured by the element it went down on. The
 * browser then sends every move there without hit-testing the diagram first: on a zoomed-out
 * 1,000-node diagram that hit test cost a quarter of each pan frame (bench/README.md). React Flow's
 * pan listens on the window, so it still sees every move.
 */
export function usePanPointerCapture(): void {
  const domNode = useStore((state) => state.domNode);
  useEffect(() => {
    if (!domNode) return;
    const capture = (event: PointerEvent) => {
      if (event.button === MIDDLE_BUTTON && event.target instanceof Element) event.target.setPointerCapture(event.pointerId);
    };
    domNode.addEventListener('pointerdown', capture);
    return () => domNode.removeEventListener('pointerdown', capture);
  }, [domNode]);
}
