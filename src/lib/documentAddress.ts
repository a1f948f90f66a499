// The address of a document in the editor, and of a walkthrough step presented in it. The app's
// router reads these (src/app/useHashRoute.ts); the presentation writes the step as it moves.

export const EDITOR_PREFIX = '#/doc/';
export const PRESENT_SEGMENT = 'present';

export function editorHash(documentId: string, presentStep?: number): string {
  const editor = `${EDITOR_PREFIX}${encodeURIComponent(documentId)}`;
  return presentStep === undefined ? editor : `${editor}/${PRESENT_SEGMENT}/${presentStep}`;
}
