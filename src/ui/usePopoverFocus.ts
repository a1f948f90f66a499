import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * What every popover and panel that opens over the editor does with the keyboard: focus moves
 * into it when it opens (to the field or button named by `initial`, else the first one), Escape
 * closes it wherever focus is, and closing gives focus back to what had it, usually the button
 * that opened it. Escape is caught before the editor's shortcuts, so it does not also clear the
 * selection.
 */
export function usePopoverFocus(open: boolean, ref: RefObject<HTMLElement | null>, onClose: () => void, initial?: string): void {
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = ref.current;
    const target = root?.querySelector<HTMLElement>(initial ?? FOCUSABLE) ?? root;
    target?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
      event.preventDefault();
      close.current();
    };
    // A press elsewhere (on the canvas, say) means the user has moved on: focus stays with them.
    let pressedElsewhere = false;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !root?.contains(event.target)) pressedElsewhere = true;
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      const active = document.activeElement;
      const lost = active === null || active === document.body || (root?.contains(active) ?? false);
      if (lost && !pressedElsewhere && opener?.isConnected) opener.focus();
    };
  }, [open, ref, initial]);
}
