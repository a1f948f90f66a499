// Renders SVG text to pixels with librsvg, a renderer outside the browser, as Inkscape and office
// suites are: if it draws our SVG, they are likely to as well.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePng, type DecodedImage } from './decodePng';

export function rasterizeSvg(svg: string, options: { zoom?: number } = {}): DecodedImage {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-svg-'));
  try {
    const input = join(dir, 'in.svg');
    const output = join(dir, 'out.png');
    writeFileSync(input, svg, 'utf8');
    const result = spawnSync('rsvg-convert', ['--zoom', String(options.zoom ?? 1), '-o', output, input], {
      encoding: 'utf8',
    });
    if (result.error !== undefined) {
      throw new Error(`rsvg-convert could not run (${result.error.message}): apt-get install -y librsvg2-bin`);
    }
    if (result.status !== 0) throw new Error(`rsvg-convert failed: ${result.stderr}`);
    return decodePng(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
