// What the long tasks taken in a page (inPage.mjs, recordLongTasks) say about one measured window:
// the task that committed the result is told apart from every other task that ran meanwhile, the
// issues' target being that none of those is over 50 ms.

// Long task times come rounded to whole milliseconds.
const SLACK_MS = 1;

/**
 * `tasks`: [{ start, duration }]; the window runs from `from` to `to`; `commitAt` (optional) is a
 * moment inside the task that committed the result. Tasks under 50 ms are not reported by the
 * browser, so a longest task of 0 means none was over 50 ms.
 */
export function longTasksIn(tasks, { from, to, commitAt = null }) {
  const contains = (task, time) => task.start - SLACK_MS <= time && time <= task.start + task.duration + SLACK_MS;
  const commitTask = commitAt === null ? null : (tasks.find((task) => contains(task, commitAt)) ?? null);
  const others = tasks.filter((task) => task !== commitTask && task.start + task.duration >= from - SLACK_MS && task.start <= to);
  const longest = others.reduce((a, b) => (a === null || b.duration > a.duration ? b : a), null);
  return {
    // Null: the commit took under 50 ms, so it was not reported.
    commitTaskMs: commitTask?.duration ?? null,
    longestOtherTaskMs: longest?.duration ?? 0,
    longestOtherTaskAtMs: longest === null ? null : longest.start - from,
    otherTasksOver50: others.length,
  };
}
