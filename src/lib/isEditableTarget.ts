/** Keys typed into a field belong to the field, not to the editor's shortcuts. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Keys pressed on a button, or anywhere in a dialog, popover or menu, belong to that control: Enter
 * on a dialog's button presses it, it does not also edit the selected node's label.
 */
export function isControlTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog, [role="dialog"], [role="menu"], [role="alertdialog"]') !== null) return true;
  return (key === 'Enter' || key === ' ') && target.closest('button, a[href], [role="button"], [role="menuitem"], [role="radio"]') !== null;
}
