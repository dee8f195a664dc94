import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import type { FormatSpec } from '../../template/spec-types';
import type { Ledger } from './ledger-schema';

interface CarriedLedger {
  readonly ledger: Ledger;
  readonly notes: readonly string[];
}

/**
 * Next year's ledger made from this year's (新建下一年度报告): every request not done by
 * 31 December, which next year counts in 二、上年结转 (so R5 holds by construction), and every case
 * still 尚未审结. Each table keeps following the ledger, or being typed, as it did; figures kept
 * aside are this year's and stay with this year's report. An outcome the next format does not have
 * (2020 → 2021) is cleared with its 办结日期, so the request counts as carried over and open, and
 * the notes name it for the clerk to choose again.
 */
export function carryLedger(ledger: Ledger, from: FormatSpec, year: number, to: FormatSpec): CarriedLedger {
  const last = `${year}-12-31`;
  const outcomes = outcomeOptions(to).choices;
  const fromOutcomes = outcomeOptions(from).choices;
  const notes: string[] = [];
  const cleared: string[] = [];
  const names = new Set<string>();
  const requests = ledger.requests
    .filter((r) => !(r.done !== '' && r.done <= last))
    .map((r) => {
      if (r.outcome === '' || outcomes.some((o) => o.id === r.outcome)) return r;
      names.add(fromOutcomes.find((o) => o.id === r.outcome)?.name ?? r.outcome);
      cleared.push(`${r.received || '未填收到日期'}收到、${r.done}办结`);
      return { ...r, outcome: '', done: '' };
    });
  if (cleared.length > 0) {
    const which = [...names].map((n) => `“${n}”`).join('、');
    const some = cleared.length > 5 ? `${cleared.slice(0, 5).join('；')}等` : cleared.join('；');
    notes.push(
      `${cleared.length} 条申请的办理结果${which}在新格式中没有对应的行，已清空其办理结果和办结日期，请按新格式重新选择（${some}）。`,
    );
  }
  const pending = caseVocabulary(to).results.choices.find((c) => c.id === 'pending')?.id;
  const cases = ledger.cases.filter((c) => c.result !== '' && c.result === pending);
  const early = requests.filter((r) => r.received === '' || r.received <= last).length;
  const late = requests.length - early;
  if (late > 0) notes.unshift(`台账中收到日期在 ${year + 1} 年的 ${late} 条申请已带入，计入本年新收。`);
  if (early > 0) notes.unshift(`台账中 ${year} 年底尚未办结的 ${early} 条申请已带入，计入本年度上年结转。`);
  if (cases.length > 0)
    notes.push(`${year} 年尚未审结的 ${cases.length} 件复议、诉讼案件已带入，审结后请修改结果。`);
  const mode = (m: Ledger['requestsTable']) => ({ follows: m.follows, typedByChoice: m.typedByChoice });
  return {
    ledger: {
      requestsTable: mode(ledger.requestsTable),
      casesTable: mode(ledger.casesTable),
      requests,
      cases,
    },
    notes,
  };
}
