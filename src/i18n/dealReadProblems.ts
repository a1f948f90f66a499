import type { DayOrderInference } from '../model/actuals/dates';
import type { ReadProblems } from '../model/actuals/histories';
import type { ShapeError } from '../model/actuals/shape';
import { formatMessage, type Language } from './languages';
import { pluralMessage } from './plural';

export function describeShapeError(language: Language, error: ShapeError): string {
  return formatMessage(language, `actuals.shape.${error.code}`);
}

/** What reading the deals left out or could not read, one sentence each; nothing when all was read. */
export function describeReadProblems(language: Language, problems: ReadProblems): string[] {
  const lines = problems.unreadableDates.map(({ fileRow, column, value }) =>
    formatMessage(language, 'actuals.dates.unreadable', { row: fileRow, column, value }),
  );
  const unnamed = problems.unreadableDateCount - problems.unreadableDates.length;
  if (unnamed > 0) lines.push(pluralMessage(language, 'actuals.dates.more', unnamed));
  for (const key of ['rowsWithoutId', 'rowsWithoutStage', 'rowsWithoutDate', 'duplicateEvents'] as const) {
    if (problems[key] > 0) lines.push(pluralMessage(language, `actuals.problem.${key}`, problems[key]));
  }
  return lines;
}

/** The question or warning a date column's day order needs, or null when it needs none. */
export function describeDayOrder(language: Language, column: string, inference: DayOrderInference): string | null {
  if (inference.kind === 'ambiguous') return formatMessage(language, 'actuals.dates.ambiguous', { column });
  if (inference.kind === 'conflict') return formatMessage(language, 'actuals.dates.conflict', { column });
  return null;
}
