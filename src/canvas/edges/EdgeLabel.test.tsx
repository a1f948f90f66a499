// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { edgeLabelBox } from '../../geometry/labelBox';
import { EdgeLabel } from './EdgeLabel';

function drawn(text: string) {
  const { container } = render(
    <svg>
      <EdgeLabel text={text} x={100} y={50} selected={false} onDoubleClick={() => undefined} />
    </svg>,
  );
  const shown = [...container.querySelectorAll('tspan:not([display="none"])')];
  return { container, shown };
}

describe('EdgeLabel', () => {
  it('draws the box and the lines of edgeLabelBox, and its text is still the whole label', () => {
    const text = 'Budget confirmed and the decision maker engaged';
    const box = edgeLabelBox(text);
    const { container, shown } = drawn(text);
    expect(box.lines.length).toBeGreaterThan(1);
    expect(shown.map((span) => span.textContent)).toEqual(box.lines);
    const rect = container.querySelector('rect')!;
    expect(Number(rect.getAttribute('width'))).toBe(box.width);
    expect(Number(rect.getAttribute('height'))).toBe(box.height);
    expect(container.querySelector('text')?.textContent).toBe(text);
  });

  it('is marked, and says why, only when the placer found no free spot for it', () => {
    const plain = render(
      <svg>
        <EdgeLabel text="Yes" x={0} y={0} selected={false} onDoubleClick={() => undefined} />
      </svg>,
    ).container;
    expect(plain.querySelector('.sf-edge-label--crowded')).toBeNull();
    const crowded = render(
      <svg>
        <EdgeLabel text="Yes" x={0} y={0} selected={false} crowded="No free spot" onDoubleClick={() => undefined} />
      </svg>,
    ).container;
    expect(crowded.querySelector('.sf-edge-label--crowded title')?.textContent).toBe('No free spot');
  });

  it('ends a label longer than three lines with an ellipsis', () => {
    const { shown } = drawn('合同签订后移交客户成功团队，安排上线培训、启动会议，并与每一位相关负责人确认交付计划与验收标准');
    expect(shown).toHaveLength(3);
    expect(shown[2]?.textContent?.endsWith('…')).toBe(true);
  });
});
