// What an end's label says about its outcome, in English and Chinese: an end labelled 丢单 or
// "Closed lost" whose outcome says won counts every lost deal as a win. A small list, not a
// language model: it only has to catch the words sales teams put on their ends.

import type { Outcome } from '../types';

// Losing phrases are looked for first, because several contain a winning word: 未成交 contains
// 成交, "not won" contains "won".
const LOST_ZH = ['丢单', '输单', '流失', '未成交', '不成交', '没成交', '失败', '输给', '放弃', '拒绝'];
const WON_ZH = ['赢单', '成交', '签约成功', '中标', '赢得'];

// Whole words only: "won" must not match inside "wonder", nor "lost" inside "lostock".
const LOST_EN = /\b(?:lost|lose|loss|no deal|not won|churn(?:ed)?|fail(?:ed)?|rejected|declined|disqualified|abandoned)\b/i;
const WON_EN = /\b(?:won|win|closed won|deal closed|signed)\b/i;

/** The outcome a label reads as, or undefined when it says neither. */
export function labelOutcome(label: string): Extract<Outcome, 'won' | 'lost'> | undefined {
  if (LOST_EN.test(label) || LOST_ZH.some((word) => label.includes(word))) return 'lost';
  if (WON_EN.test(label) || WON_ZH.some((word) => label.includes(word))) return 'won';
  return undefined;
}
