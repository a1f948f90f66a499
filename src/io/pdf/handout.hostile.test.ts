// @vitest-environment node
// Hostile labels and captions in a handout: markup stays literal text, control characters and
// characters outside the font do not break the file, a 100,000-character note is cut short.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { salesProcess } from '../svg/testing/fixtures';
import { writeHandout } from './handout';
import { inspectPdf, squeeze } from './testing/poppler';

const FONT = readFileSync(new URL('./font/NotoSansCJKsc-Regular-subset.otf', import.meta.url));

it('keeps hostile text literal and the file valid', async () => {
  const document = salesProcess('en');
  document.title = 'Deals <script>alert(1)</script> & co';
  document.nodes[3]!.label = '<b>Qualify</b> & "score" \u0007 😀';
  document.nodes[3]!.details = { notes: `${'Long note. '.repeat(10_000)}\u0000TAILMARKER` };
  const bytes = await writeHandout(
    {
      document,
      page: { size: 'letter', orientation: 'portrait', marginMm: 10 },
      steps: [{ nodeId: document.nodes[3]!.id, title: document.nodes[3]!.label, notes: document.nodes[3]!.details.notes!, facts: [{ label: 'KPI', value: '</text><svg onload=x>' }] }],
      strings: { overviewPart: 'part {number} of {count}', step: 'Step {number} of {count}', page: 'Page {number} of {count}' },
      unassignedLabel: 'Unassigned',
    },
    FONT,
  );
  const report = inspectPdf(bytes);
  expect(report.renderErrors).toBe('');
  expect(report.fonts.every((font) => font.embedded)).toBe(true);
  const text = squeeze(report.text);
  expect(text).toContain(squeeze('<script>alert(1)</script>'));
  expect(text).toContain(squeeze('<b>Qualify</b>'));
  expect(text).toContain(squeeze('</text><svg onload=x>'));
  expect(text).not.toContain('TAILMARKER');
}, 60_000);
