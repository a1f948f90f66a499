import type { Repair } from '../model/repairs';
import { formatMessage, type Language, type MessageParams } from './languages';
import { pluralMessage } from './plural';

/** One repair made by `normalize`, as a sentence in the user's language ("1 node", "2 nodes"). */
export function describeRepair(language: Language, repair: Repair): string {
  if ('count' in repair) {
    const { code, count, ...params } = repair;
    return pluralMessage(language, `repair.${code}`, count, params);
  }
  const { code, ...params } = repair;
  return formatMessage(language, `repair.${code}`, params as MessageParams);
}

// A document with thousands of over-long notes would otherwise fill the screen with sentences.
const SHOWN_REPAIRS = 5;

/** The first few repairs as sentences, then how many more there were. */
export function describeRepairs(language: Language, repairs: readonly Repair[]): string[] {
  const lines = repairs.slice(0, SHOWN_REPAIRS).map((repair) => describeRepair(language, repair));
  if (repairs.length > SHOWN_REPAIRS) lines.push(pluralMessage(language, 'repair.more', repairs.length - SHOWN_REPAIRS));
  return lines;
}
