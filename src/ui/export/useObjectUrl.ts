import { useEffect, useState } from 'react';

/** A blob: URL for some text, revoked when the text changes or the component goes away. */
export function useObjectUrl(text: string, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([text], { type }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [text, type]);
  return url;
}
