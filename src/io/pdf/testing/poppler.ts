// Reads a PDF with poppler-utils, a reader outside our code (issue 21's checks): which fonts it
// embeds, whether every page renders without errors when no system font can stand in (an empty
// fontconfig), where each word is, whether ink falls there, and whether it holds any image.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePng, pixelAt, type DecodedImage } from '../../svg/testing/decodePng';

export interface PdfWord {
  page: number;
  text: string;
  /** Points from the page's top-left corner. */
  box: { x: number; y: number; width: number; height: number };
}

export interface PdfReport {
  pageCount: number;
  /** Points, per page. */
  pageSizes: { width: number; height: number }[];
  fonts: { name: string; embedded: boolean }[];
  /** What pdftoppm wrote to stderr (empty when every page rendered cleanly). */
  renderErrors: string;
  /** How many pages pdftoppm rendered at `DPI` under an empty fontconfig. */
  renderedPages: number;
  /** A rendered page (1-based), decoded when first asked for. */
  render(page: number): DecodedImage | undefined;
  text: string;
  words: PdfWord[];
  /** The lines of `pdfimages -list` after its two header lines. */
  images: string[];
}

export const DPI = 72;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw new Error(`${command} could not run (${result.error.message}): apt-get install -y poppler-utils`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
}

/** `keepPages`: a folder and a name prefix to keep the rendered pages in, to look at them. */
export function inspectPdf(bytes: Uint8Array, keepPages?: { folder: string; prefix: string }): PdfReport {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const info = run('pdfinfo', ['-f', '1', '-l', '9999', file]).stdout;
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
    const fonts = run('pdffonts', [file])
      .stdout.split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name … emb sub uni object ID: "emb" is the fifth column from the end.
        return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
      });
    // An empty font set: a broken embedded font then renders as nothing instead of a system font.
    const fontconfig = join(dir, 'fonts.conf');
    writeFileSync(fontconfig, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>`);
    const rendered = run('pdftoppm', ['-r', String(DPI), '-png', file, join(dir, 'page')], { ...process.env, FONTCONFIG_FILE: fontconfig });
    const pageFiles = readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort();
    const pngs = pageFiles.map((name) => readFileSync(join(dir, name)));
    const decoded = new Map<number, DecodedImage>();
    const render = (page: number) => {
      const png = pngs[page - 1];
      if (png === undefined) return undefined;
      if (!decoded.has(page)) decoded.set(page, decodePng(png));
      return decoded.get(page);
    };
    if (keepPages) {
      mkdirSync(keepPages.folder, { recursive: true });
      for (const name of pageFiles) copyFileSync(join(dir, name), join(keepPages.folder, `${keepPages.prefix}-${name}`));
    }
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
    const bbox = run('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']).stdout;
    const words: PdfWord[] = [];
    bbox.split(/<page /).slice(1).forEach((pageText, index) => {
      for (const m of pageText.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
        words.push({ page: index + 1, text: decodeEntities(m[5] ?? ''), box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
      }
    });
    const images = run('pdfimages', ['-list', file]).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    return { pageCount, pageSizes, fonts, renderErrors: rendered.stderr, renderedPages: pngs.length, render, text, words, images };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text alone (`pdftotext`), for checks that need no rendering: seconds cheaper than `inspectPdf`. */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    return run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of the word's box (rendered at `DPI`) that is darker than the light fills of the drawing. */
export function inkIn(report: PdfReport, word: PdfWord): number {
  const image = report.render(word.page);
  if (!image) return 0;
  const k = DPI / 72;
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(word.box.y * k); y < Math.ceil((word.box.y + word.box.height) * k); y++) {
    for (let x = Math.floor(word.box.x * k); x < Math.ceil((word.box.x + word.box.width) * k); x++) {
      if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
      const [r, g, b] = pixelAt(image, x, y);
      all++;
      if ((r + g + b) / 3 < 160) dark++;
    }
  }
  return all === 0 ? 0 : dark / all;
}

/** Text without white space, for finding labels that a page wrapped onto several lines. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
