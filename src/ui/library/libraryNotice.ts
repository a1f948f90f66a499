/** What the library says after an action, with Undo where it can be taken back. */
export type LibraryNotice = { text: string; details?: string[]; tone: 'info' | 'error'; undo?: () => void } | null;
