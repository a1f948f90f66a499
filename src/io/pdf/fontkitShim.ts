// pdf-lib 1.17 expects the API of its own fork of fontkit (@pdf-lib/fontkit 1.1), whose CJK subsets
// are invalid: poppler reports "Embedded font file may be invalid" and, unless fontconfig is
// emptied, quietly draws the text in a system font, so the file only looks right on the machine
// that made it (checked with Noto Sans CJK SC; see STACK-NOTES.md). Upstream fontkit 2 writes a
// valid subset; the only difference pdf-lib sees is that subsets encode to bytes instead of a stream.
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

interface UpstreamSubset {
  cff?: unknown;
  includeGlyph(glyph: unknown): number;
  encode(): Uint8Array;
}

interface UpstreamFont {
  createSubset(): UpstreamSubset;
}

type Listener = (value?: unknown) => void;

/** The event emitter pdf-lib reads a subset from: `data` once with every byte, then `end`. */
function byteStream(encode: () => Uint8Array) {
  const listeners = new Map<string, Listener>();
  const stream = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      // pdf-lib attaches `error` last: by then every listener is in place.
      if (event === 'error') {
        queueMicrotask(() => {
          try {
            listeners.get('data')?.(encode());
            listeners.get('end')?.();
          } catch (error) {
            listener(error);
          }
        });
      }
      return stream;
    },
  };
  return stream;
}

export const upstreamFontkit: Fontkit = {
  create(data: Uint8Array) {
    const font = fontkit.create(data) as UpstreamFont;
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset() {
        const subset = createSubset();
        return {
          get cff() {
            return subset.cff;
          },
          includeGlyph: (glyph: unknown) => subset.includeGlyph(glyph),
          encodeStream: () => byteStream(() => subset.encode()),
        };
      },
    }) as unknown as ReturnType<Fontkit['create']>;
  },
};
