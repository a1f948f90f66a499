// Control characters are refused by file systems as much as the punctuation is.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_LENGTH = 120;

/** A download name from the document title: characters that file systems refuse are replaced, Chinese is kept. */
export function safeFileName(title: string, extension: string, fallback = 'flowchart'): string {
  const cleaned = title.replace(UNSAFE, '-').replace(/\s+/g, ' ').replace(/^[\s.-]+|[\s.-]+$/g, '').slice(0, MAX_LENGTH);
  return `${cleaned === '' ? fallback : cleaned}.${extension}`;
}
