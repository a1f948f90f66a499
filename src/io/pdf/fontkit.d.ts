// fontkit 2 ships no types; the PDF writer calls only `create` (fontkitShim.ts).
declare module 'fontkit' {
  export function create(data: Uint8Array, postscriptName?: string): unknown;
}
