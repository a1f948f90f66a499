// Which code a benchmark measured: bench/results.json names the commit, and is written only from a
// clean tree, so that the file always describes the code committed beside it (issue 22).
import { execFileSync } from 'node:child_process';

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** `{ commit, clean }`, or null outside a git checkout (a copy of the code, say). */
export function measuredCommit() {
  try {
    return { commit: git(['rev-parse', 'HEAD']), clean: git(['status', '--porcelain', '--untracked-files=no']) === '' };
  } catch {
    return null;
  }
}
