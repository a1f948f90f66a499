import { describe, expect, it } from 'vitest';
import { labelOutcome } from './outcomeWords';

describe('labelOutcome', () => {
  it('reads the losing words of both languages as lost', () => {
    for (const label of ['丢单', '输单', '客户流失', '未成交', '谈判失败', '输给竞品', 'Lost', 'Closed lost', 'closed-lost', 'No deal', 'Churned', 'Not won', 'Deal lost to a competitor']) {
      expect(labelOutcome(label), label).toBe('lost');
    }
  });

  it('reads the winning words of both languages as won', () => {
    for (const label of ['赢单', '成交', '签约成功', '中标', 'Won', 'Closed won', 'Won: loyal customer', 'Deal closed', 'WIN']) {
      expect(labelOutcome(label), label).toBe('won');
    }
  });

  it('lets a losing phrase that contains a winning word read as lost', () => {
    expect(labelOutcome('未成交')).toBe('lost');
    expect(labelOutcome('Not won')).toBe('lost');
    expect(labelOutcome('签约阶段丢单')).toBe('lost');
  });

  it('reads neither in neutral labels, nor inside longer words', () => {
    for (const label of ['End', '结束', 'Renewed', '转入培育邮件名单', 'Wonderful', 'Winter campaign', 'Glossary', '']) {
      expect(labelOutcome(label), label).toBeUndefined();
    }
  });
});
