import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrapLines';

// One unit per character: easy to reason about.
const measure = (text: string) => [...text].length;

describe('wrapLines', () => {
  it('breaks Latin text at spaces and Chinese text between characters', () => {
    expect(wrapLines('needs analysis and design', 12, measure, 9)).toEqual(['needs', 'analysis and', 'design']);
    expect(wrapLines('需求分析与方案设计', 4, measure, 9)).toEqual(['需求分析', '与方案设', '计']);
  });

  it('never starts a line with closing punctuation, and keeps paragraphs', () => {
    expect(wrapLines('报价，谈判\n签约', 2, measure, 9)).toEqual(['报', '价，', '谈判', '签约']);
  });

  it('cuts a word longer than the line, and ends a text too long with an ellipsis', () => {
    expect(wrapLines('abcdefghij', 4, measure, 9)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLines('one two three four', 5, measure, 2)).toEqual(['one', 'two…']);
  });
});
