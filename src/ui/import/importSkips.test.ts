import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { describeImportSkip, type ImportSkip } from './importSkips';

const SKIPS: ImportSkip[] = [
  { from: 'mermaid', skip: { code: 'self-loop', line: 3, node: 'a' } },
  { from: 'drawio', skip: { code: 'self-loop', label: 'Call' } },
  { from: 'drawio', skip: { code: 'image', label: '' } },
  { from: 'drawio', skip: { code: 'image', label: 'Logo' } },
  { from: 'drawio', skip: { code: 'unknown-shape', label: 'AWS', shape: 'mxgraph.aws4.lambda' } },
  { from: 'process-table', skip: { code: 'unknown-target', row: 4, target: 'zz' } },
];

describe('describeImportSkip', () => {
  it('says each reader’s skips in both languages, with every parameter filled', () => {
    for (const language of LANGUAGES) {
      for (const item of SKIPS) expect(describeImportSkip(language, item)).not.toMatch(/\{\w+\}|\.skip\.|“”/);
    }
    expect(SKIPS.map((item) => describeImportSkip('en', item))).toEqual([
      'Line 3: the link from “a” to itself was left out.',
      'The connector from “Call” to itself was left out.',
      'An image was left out.',
      'An image “Logo” was left out.',
      '“AWS” (mxgraph.aws4.lambda) has no matching shape here and became a stage.',
      'Row 4: no row has the id “zz”; that next step was left out.',
    ]);
  });
});
