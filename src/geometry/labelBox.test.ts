import { describe, expect, it } from 'vitest';
import { EDGE_LABEL, edgeLabelBox, lineBaselines, NODE_LABEL, nodeLabelLines, RATE_CHIP, rateChipWidth } from './labelBox';
import { textWidth } from './text';

describe('edgeLabelBox', () => {
  it('keeps a short label on one line, padded around its text', () => {
    const box = edgeLabelBox('Yes');
    expect(box.lines).toEqual(['Yes']);
    expect(box.width).toBe(Math.ceil(textWidth('Yes', EDGE_LABEL.fontSize)) + 2 * EDGE_LABEL.paddingX);
    expect(box.height).toBe(EDGE_LABEL.lineHeight + 2 * EDGE_LABEL.paddingY);
  });

  it('wraps a long label into balanced lines no wider than the maximum', () => {
    const box = edgeLabelBox('Budget confirmed and decision maker engaged early');
    expect(box.lines.length).toBeGreaterThan(1);
    expect(box.lines.join(' ')).toBe('Budget confirmed and decision maker engaged early');
    const widths = box.lines.map((line) => textWidth(line, EDGE_LABEL.fontSize));
    for (const width of widths) expect(width).toBeLessThanOrEqual(EDGE_LABEL.maxWidth);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(EDGE_LABEL.maxWidth / 2);
    expect(box.width).toBeLessThanOrEqual(EDGE_LABEL.maxWidth + 2 * EDGE_LABEL.paddingX);
    expect(box.height).toBe(box.lines.length * EDGE_LABEL.lineHeight + 2 * EDGE_LABEL.paddingY);
  });

  it('wraps Chinese between characters and cuts what passes three lines with an ellipsis', () => {
    const box = edgeLabelBox('客户确认预算并且决策人已经参与，'.repeat(4));
    expect(box.lines).toHaveLength(EDGE_LABEL.maxLines);
    expect(box.lines[EDGE_LABEL.maxLines - 1]?.endsWith('…')).toBe(true);
  });

  it('keeps explicit line breaks', () => {
    expect(edgeLabelBox('No\n报价谈判').lines).toEqual(['No', '报价谈判']);
  });
});

describe('nodeLabelLines', () => {
  it('fits as many lines as the text box holds', () => {
    const twoLines = { width: 80, height: 2 * NODE_LABEL.lineHeight + 3 };
    const wrapped = nodeLabelLines('Needs analysis and solution design', twoLines);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.truncated).toBe(true);
    for (const line of wrapped.lines) expect(textWidth(line, NODE_LABEL.fontSize)).toBeLessThanOrEqual(80);
  });

  it('gives a box lower than a line one line all the same', () => {
    expect(nodeLabelLines('Won', { width: 80, height: 4 }).lines).toEqual(['Won']);
  });
});

describe('rate chips', () => {
  it('are as wide as their text plus padding', () => {
    expect(rateChipWidth('35%')).toBe(Math.ceil(textWidth('35%', RATE_CHIP.fontSize)) + 2 * RATE_CHIP.paddingX);
  });
});

describe('lineBaselines', () => {
  it('centres the lines on the point, a line height apart', () => {
    const style = { fontSize: 10, lineHeight: 14 };
    expect(lineBaselines(1, 50, style)).toEqual([53.5]);
    expect(lineBaselines(3, 50, style)).toEqual([39.5, 53.5, 67.5]);
  });
});
