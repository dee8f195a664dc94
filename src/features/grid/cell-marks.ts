// What a cell shows of the live findings: errors (R1–R6, a value that is not a figure) outline it
// in red and set aria-invalid; warnings outline it in amber; 未填 is not an error on the cell, only
// a light tint once the clerk has started on the table (the findings panel lists it per table).
import type { Finding } from '../../template/rules/finding';

export interface CellMarks {
  readonly invalid: boolean;
  readonly warning: boolean;
  readonly blank: boolean;
  /** Messages to show on focus, without the cell's own name where a message starts with it. */
  readonly messages: readonly {
    readonly key: string;
    readonly text: string;
    readonly severity: Finding['severity'];
  }[];
}

export function cellMarks(findings: readonly Finding[], label: string): CellMarks {
  const shown = findings.filter((f) => f.ruleId !== 'blank');
  const prefix = `${label}：`;
  return {
    invalid: shown.some((f) => f.severity === 'error'),
    warning: shown.some((f) => f.severity === 'warning'),
    blank: findings.some((f) => f.ruleId === 'blank'),
    messages: shown.map((f) => ({
      key: f.key,
      severity: f.severity,
      text: f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message,
    })),
  };
}

/**
 * Whether two marks show the same thing: a cell re-renders only when this is false. The 未填
 * finding of a table changes its count (and its message) with every filled cell, but a blank cell
 * shows only that it is blank, so without a comparison by value every blank cell of the table
 * would re-render on each keystroke.
 */
export function sameMarks(a: CellMarks, b: CellMarks): boolean {
  return (
    a.invalid === b.invalid &&
    a.warning === b.warning &&
    a.blank === b.blank &&
    a.messages.length === b.messages.length &&
    a.messages.every((m, i) => {
      const n = b.messages[i];
      return n !== undefined && m.key === n.key && m.text === n.text && m.severity === n.severity;
    })
  );
}

export const NO_MARKS: CellMarks = { invalid: false, warning: false, blank: false, messages: [] };
