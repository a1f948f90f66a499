import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

/**
 * A sideways trackpad scroll pans the view. React Flow's wheel zoom reads only the vertical
 * delta, so a horizontal swipe did nothing at all; with the wheel set to zoom it still zooms on
 * vertical scrolls, Ctrl and pinches. Listening in the capture phase keeps the swipe from also
 * reaching React Flow's zoom.
 */
export function useSidewaysScroll(enabled: boolean): void {
  const domNode = useStore((state) => state.domNode);
  const flow = useReactFlow();
  useEffect(() => {
    if (!domNode || !enabled) return;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      if (event.target instanceof Element && event.target.closest('.nowheel')) return;
      event.preventDefault();
      event.stopPropagation();
      const { x, y, zoom } = flow.getViewport();
      void flow.setViewport({ x: x - event.deltaX, y: y - event.deltaY, zoom });
    };
    domNode.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => domNode.removeEventListener('wheel', onWheel, { capture: true });
  }, [domNode, enabled, flow]);
}
