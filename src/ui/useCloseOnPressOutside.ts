import { useEffect, useRef, type RefObject } from 'react';

/** Closes a toolbar menu when a press lands outside `ref` (its button and popover together). */
export function useCloseOnPressOutside(open: boolean, ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) close.current();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, ref]);
}
