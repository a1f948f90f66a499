import { describe, expect, it } from 'vitest';
import { foldHeader, guessColumnRoles, wideStageOf } from './columns';

const roles = (headers: string[]) => Object.fromEntries(guessColumnRoles(headers));

describe('guessColumnRoles', () => {
  it('reads a Salesforce opportunity history', () => {
    expect(roles(['Opportunity ID', 'Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Last Modified', 'Opportunity Owner'])).toEqual({
      dealId: 0,
      stage: 2,
      amount: 3,
      closedAt: 4,
      enteredAt: 5,
      owner: 6,
    });
  });

  it('reads Chinese headers, and prefers 商机编号 to a plain 编号', () => {
    expect(roles(['编号', '商机编号', '销售阶段', '进入日期', '输单原因', '线索来源', '负责人', '金额'])).toEqual({
      dealId: 1,
      stage: 2,
      enteredAt: 3,
      lostReason: 4,
      leadSource: 5,
      owner: 6,
      amount: 7,
    });
  });

  it('folds case, width, spaces and punctuation', () => {
    expect(foldHeader(' Deal_ID ')).toBe('dealid');
    expect(foldHeader('ＤＥＡＬ－ＩＤ')).toBe('dealid');
    expect(foldHeader('Lost reason (text)')).toBe('lostreasontext');
    expect(roles(['DEAL ID', 'deal-stage', 'Stage change date'])).toEqual({ dealId: 0, stage: 1, enteredAt: 2 });
  });

  it('guesses from contained words when no header is an exact name', () => {
    expect(roles(['HubSpot Record ID', 'Pipeline stage label', 'Stage entered date'])).toEqual({ dealId: 0, stage: 1, enteredAt: 2 });
  });

  it('gives each column one role at most, and leaves unknown columns out', () => {
    const guessed = roles(['ID', 'Stage', 'Colour', 'Weather']);
    expect(guessed).toEqual({ dealId: 0, stage: 1 });
  });

  it('skips the columns it is told to', () => {
    expect(roles(['Deal ID', 'Date entered "Won"'])).toEqual({ dealId: 0, enteredAt: 1 });
    expect(Object.fromEntries(guessColumnRoles(['Deal ID', 'Date entered "Won"'], new Set([1])))).toEqual({ dealId: 0 });
  });
});

describe('wideStageOf', () => {
  it.each([
    ['Date entered "Appointment Scheduled (Sales Pipeline)"', 'Appointment Scheduled'],
    ['Date entered “Qualified to buy”', 'Qualified to buy'],
    ['Date entered Closed Won', 'Closed Won'],
    ['date entered: Demo', 'Demo'],
    ['进入“方案报价”的日期', '方案报价'],
    ['进入需求确认阶段的日期', '需求确认'],
    ['方案报价进入日期', '方案报价'],
  ])('reads %j as the stage %j', (header, stage) => {
    expect(wideStageOf(header)).toBe(stage);
  });

  it.each(['Date', 'Date exited "Demo"', '进入日期', 'Entered at', 'Close Date'])('finds no stage in %j', (header) => {
    expect(wideStageOf(header)).toBeNull();
  });
});
