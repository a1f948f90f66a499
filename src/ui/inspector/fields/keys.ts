import type { KeyboardEvent } from 'react';

/**
 * True while an input method is composing, when Enter confirms the composition and must not commit
 * the field. Safari reports the confirming keydown with isComposing false but keyCode 229.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}
