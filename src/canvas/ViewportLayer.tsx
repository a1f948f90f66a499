import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';

/**
 * Like React Flow's ViewportPortal (content that pans and zooms with the diagram), but the
 * container is looked up once: ViewportPortal runs querySelector on every store update, which
 * showed up in the pan profile of a 1,000-node diagram.
 */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const domNode = useStore((state) => state.domNode);
  const [target, setTarget] = useState<Element | null>(null);
  useEffect(() => {
    setTarget(domNode?.querySelector('.react-flow__viewport-portal') ?? null);
  }, [domNode]);
  return target ? createPortal(children, target) : null;
}
