// The address of a document in the editor, of a walkthrough step presented in it, and of the
// presenter view that follows a presentation from a second window. The app's router reads these
// (src/app/useHashRoute.ts); the presentation writes the step as it moves.

export const EDITOR_PREFIX = '#/doc/';
export const PRESENT_SEGMENT = 'present';

export function editorHash(documentId: string, presentStep?: number): string {
  const editor = `${EDITOR_PREFIX}${encodeURIComponent(documentId)}`;
  return presentStep === undefined ? editor : `${editor}/${PRESENT_SEGMENT}/${presentStep}`;
}

export const PRESENTER_PREFIX = '#/presenter/';

/** A presentation's channel name: random letters and digits, nothing a link could smuggle in. */
export function isPresenterChannel(value: string): boolean {
  return /^[a-z0-9]{8,40}$/.test(value);
}

export function presenterHash(channel: string): string {
  return `${PRESENTER_PREFIX}${channel}`;
}
