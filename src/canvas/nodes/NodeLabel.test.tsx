// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { NODE_LABEL, nodeLabelLines } from '../../geometry/labelBox';
import { NodeLabel } from './NodeLabel';

const BOX = { width: 120, height: 2 * NODE_LABEL.lineHeight };

function shownLines(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.sf-node__line')].map((line) => line.textContent ?? '');
}

describe('NodeLabel', () => {
  it('draws the lines the export writes, and its text is still the whole label', () => {
    const text = 'Needs analysis\nand   solution design';
    const box = { width: BOX.width, height: 4 * NODE_LABEL.lineHeight };
    const { container } = render(<NodeLabel text={text} box={box} style={{}} />);
    const expected = nodeLabelLines(text, box).lines;
    expect(expected.length).toBeGreaterThan(2);
    expect(shownLines(container).map((line) => line.replace(/ +/gu, ' '))).toEqual(expected);
    expect(container.querySelector('.sf-node__label')?.textContent).toBe(text);
  });

  it('marks the cut line for its ellipsis and hides the rest, shown whole as a tooltip', () => {
    const text = '客户确认预算并且决策人已经参与，进入方案设计与报价阶段，法务审核合同条款';
    const { container } = render(<NodeLabel text={text} box={BOX} style={{}} />);
    const label = container.querySelector('.sf-node__label')!;
    expect(label.textContent).toBe(text);
    expect(label.getAttribute('title')).toBe(text);
    expect(container.querySelectorAll('.sf-node__line--cut')).toHaveLength(1);
    expect(container.querySelector('[hidden]')?.textContent).not.toBe('');
    expect(shownLines(container)).toHaveLength(2);
  });

  it('has no tooltip when the whole label shows', () => {
    const { container } = render(<NodeLabel text="Won" box={BOX} style={{}} />);
    expect(container.querySelector('.sf-node__label')?.hasAttribute('title')).toBe(false);
    expect(shownLines(container)).toEqual(['Won']);
  });
});
