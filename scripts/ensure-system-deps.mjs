// npm test and npm run bench need a browser, a CJK font and two renderers that npm cannot
// install, and the team server's scale-out test PostgreSQL and Redis. Install them with apt-get
// when we can; otherwise stop with the exact command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const REQUIREMENTS = [
  { what: 'Chromium', package: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  { what: 'a CJK font', package: 'fonts-noto-cjk', present: () => hasCjkFont() },
  { what: 'rsvg-convert', package: 'librsvg2-bin', present: () => onPath('rsvg-convert') },
  { what: 'Graphviz dot', package: 'graphviz', present: () => onPath('dot') },
  { what: 'poppler (pdftoppm, pdffonts, pdftotext, pdfimages)', package: 'poppler-utils', present: () => onPath('pdftoppm') },
  // The PowerPoint export's outside reader: Impress converts decks to PDF for poppler to read.
  { what: 'LibreOffice Impress', package: 'libreoffice-impress-nogui', present: () => onPath('soffice') },
  // Two team server instances on one database and one Redis (server/scaleOut.test.ts starts its own of each).
  { what: 'PostgreSQL', package: 'postgresql', present: () => hasPostgres() },
  { what: 'Redis', package: 'redis-server', present: () => onPath('redis-server') },
];

// Debian keeps initdb out of PATH, in one folder per major version.
function hasPostgres() {
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/initdb`));
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  if (!onPath('fc-list')) return false;
  const fonts = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim().length > 0;
}

const missing = REQUIREMENTS.filter((requirement) => !requirement.present());
if (missing.length > 0) {
  const packages = missing.map((requirement) => requirement.package);
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(`Missing: ${missing.map((requirement) => requirement.what).join(', ')}.`);
    console.error(`Run as root: ${command}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const stillMissing = REQUIREMENTS.filter((requirement) => !requirement.present());
  if (stillMissing.length > 0) {
    console.error(`Still missing after apt-get: ${stillMissing.map((r) => r.what).join(', ')}.`);
    process.exit(1);
  }
}
