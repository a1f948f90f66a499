// The next-steps cell: `target-id[:label][@rate%]` joined by `;` (for example
// `quote:Yes@60%;lost:No`). Chinese punctuation (`；` and `：`) is read as its ASCII twin, since
// a Chinese keyboard types it. The rate is the last `@` part when it is a number (with or
// without `%`), so a label may itself hold `@`.

export interface NextStep {
  target: string;
  label?: string;
  /** 0 to 1; `NaN` when the cell wrote a rate that is not a share (`@150%`, `@abc%`). */
  rate?: number;
}

const RATE = /@\s*([0-9]+(?:[.,][0-9]+)?|[^@]*%)\s*$/;

export function parseNextSteps(cell: string): NextStep[] {
  return cell
    .split(/[;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): NextStep => {
      let rest = part;
      let rate: number | undefined;
      const rated = RATE.exec(rest);
      if (rated) {
        const percent = Number(rated[1]!.replace('%', '').replace(',', '.').trim());
        rate = Number.isFinite(percent) && percent >= 0 && percent <= 100 && rated[1]!.replace('%', '').trim() !== '' ? percent / 100 : Number.NaN;
        rest = rest.slice(0, rated.index).trim();
      }
      const colon = rest.search(/[:：]/);
      const target = (colon === -1 ? rest : rest.slice(0, colon)).trim();
      const label = colon === -1 ? '' : rest.slice(colon + 1).trim();
      return { target, ...(label !== '' ? { label } : {}), ...(rate !== undefined ? { rate } : {}) };
    });
}
