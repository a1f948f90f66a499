// @vitest-environment node
// Confidential in the PDF handout, read by poppler's pdftotext, a reader outside our code: the
// handout the dialog writes with figures asked for holds no badge, chip, leak badge or legend, while
// every label and the captions' owners stay. Without Confidential the same job prints the figures.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeHandout } from '../../io/pdf/handout';
import { pdfText, squeeze } from '../../io/pdf/testing/poppler';
import { diagramFigures } from './diagramFigures';
import { exportInputs, type ExportPrivacy } from './exportPrivacy';
import { handoutJob } from './handoutJob';
import { confidentialCase, t, telltaleFigures, tn } from './testing/confidentialCase';

const FONT = readFileSync(new URL('../../io/pdf/font/NotoSansCJKsc-Regular-subset.otf', import.meta.url));
const source = confidentialCase();
const figures = telltaleFigures(source);

async function handoutWords(privacy: ExportPrivacy): Promise<{ words: Set<string>; text: string }> {
  const inputs = exportInputs(source, privacy, { figures: true, rates: true });
  const drawn = inputs.figures ? diagramFigures(inputs.document, 'en', t) : undefined;
  const job = handoutJob(inputs.document, { size: 'a4', orientation: 'landscape', marginMm: 12 }, { t, tn }, drawn);
  const text = pdfText(await writeHandout(job, FONT));
  return { words: new Set(text.split(/\s+/)), text };
}

describe('the PDF handout under Confidential, read by pdftotext', () => {
  it('prints no figure, and keeps the labels and captions', async () => {
    // Single words only: the legend is a sentence that pdftotext may break across lines.
    const single = figures.filter((text) => !/\s/.test(text));
    const legend = squeeze(figures.find((text) => text.startsWith('Badges:'))!);
    const open = await handoutWords({ confidential: false, leaveOutActuals: true });
    for (const figure of single) expect(open.words).toContain(figure);
    expect(squeeze(open.text)).toContain(legend);

    const kept = await handoutWords({ confidential: true, leaveOutActuals: false });
    for (const figure of single) expect(kept.words).not.toContain(figure);
    expect(squeeze(kept.text)).not.toContain(legend);
    const text = squeeze(kept.text);
    for (const node of source.nodes) expect(text).toContain(squeeze(node.label));
    for (const owner of source.nodes.flatMap((node) => (node.details?.owner ? [node.details.owner] : []))) expect(text).toContain(squeeze(owner));
  }, 60_000);
});
