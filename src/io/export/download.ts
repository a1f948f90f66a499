/** Saves a blob through the browser's download, as a link click does. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the URL by now; revoking later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
