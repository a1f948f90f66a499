import { describe, expect, it } from 'vitest';
import { describeDayOrder, describeReadProblems, describeShapeError } from './dealReadProblems';

const none = { unreadableDates: [], unreadableDateCount: 0, rowsWithoutId: 0, rowsWithoutStage: 0, rowsWithoutDate: 0, duplicateEvents: 0 };

describe('describeReadProblems', () => {
  it('says nothing when everything was read', () => {
    expect(describeReadProblems('en', none)).toEqual([]);
  });

  it('names each unreadable date by row and column, then counts the rest, in both languages', () => {
    const problems = { ...none, unreadableDates: [{ fileRow: 14, column: 'Entered', value: 'soon' }], unreadableDateCount: 3, duplicateEvents: 1 };
    expect(describeReadProblems('en', problems)).toEqual([
      'Row 14, column “Entered”: “soon” is not a date Salesflow can read.',
      '…and 2 more unreadable dates.',
      '1 stage change appears twice and was counted once.',
    ]);
    expect(describeReadProblems('zh-CN', problems)[0]).toBe('第 14 行“Entered”列：“soon”不是 Salesflow 能识别的日期。');
  });

  it('says which column is missing', () => {
    expect(describeShapeError('zh-CN', { code: 'no-stage-column' })).toContain('阶段');
    expect(describeShapeError('en', { code: 'no-id-column' })).toContain('Deal ID');
  });
});

describe('describeDayOrder', () => {
  it('asks about an ambiguous column and warns about a mixed one, naming the column', () => {
    expect(describeDayOrder('en', 'Entered', { kind: 'ambiguous', suggested: 'mdy' })).toContain('“Entered”');
    expect(describeDayOrder('zh-CN', '日期', { kind: 'conflict' })).toContain('“日期”');
    expect(describeDayOrder('en', 'Entered', { kind: 'known', order: 'dmy' })).toBeNull();
    expect(describeDayOrder('en', 'Entered', { kind: 'none' })).toBeNull();
  });
});
