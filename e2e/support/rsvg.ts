import { spawnSync } from 'node:child_process';

/** The PNG bytes librsvg draws from SVG text, to look at an export the way other programs show it. */
export function renderPngWithRsvg(svg: string): Uint8Array {
  const result = spawnSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`rsvg-convert failed: ${result.stderr?.toString() ?? result.error?.message}`);
  return result.stdout;
}
