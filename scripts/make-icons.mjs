// Writes the app's PNG icons from public/icons/icon.svg with rsvg-convert (librsvg), so that the
// committed PNGs always come from the one drawing. Run it after changing the SVG, then commit the
// outputs: `node scripts/make-icons.mjs`.
//
// The maskable icon is the same drawing without the rounded corners: the platform cuts its own
// shape out of a full square, and the flowchart already sits inside the safe circle (40% of the
// side around the centre) that every mask keeps.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../public/icons/', import.meta.url));
const drawing = readFileSync(`${folder}icon.svg`, 'utf8');
const fullSquare = drawing.replace(/<rect width="512" height="512" rx="112"/, '<rect width="512" height="512"');
if (fullSquare === drawing) throw new Error('icon.svg no longer starts with its rounded backdrop: update make-icons.mjs');

const outputs = [
  { file: 'icon-192.png', size: 192, svg: drawing },
  { file: 'icon-512.png', size: 512, svg: drawing },
  { file: 'icon-maskable-512.png', size: 512, svg: fullSquare },
];

for (const { file, size, svg } of outputs) {
  execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--output', `${folder}${file}`], { input: svg });
  console.log(`wrote public/icons/${file}`);
}
