import type { ChoiceResolution, LedgerChoice, LedgerVocabulary } from './ledger-choice';
import { labelCore, normalizeLabel } from './normalize-label';

type Compare = (typed: string, label: string) => boolean;

// Two passes: the label as printed (numbering and notes included), then its core, so that a
// value the first pass names exactly is never made ambiguous by the looser second one.
const EXACT: Compare = (typed, label) => typed === label;
const CORE: Compare = (typed, label) => labelCore(typed) === labelCore(label) && labelCore(typed) !== '';

/** Whether the typed segments are the last segments of `path`, or the whole of it run together. */
function endsWith(typed: readonly string[], path: readonly string[], same: Compare): boolean {
  if (typed.length > path.length) return false;
  const tail = path.slice(path.length - typed.length);
  if (typed.every((t, i) => same(t, tail[i] ?? ''))) return true;
  // `(三)不予公开1.属于国家秘密`, typed without a separator.
  if (typed.length !== 1) return false;
  for (let from = 0; from < path.length - 1; from++) {
    if (same(typed[0] ?? '', path.slice(from).join(''))) return true;
  }
  return false;
}

interface Candidate {
  readonly choice: LedgerChoice;
  /** Its full path, normalised: the context, then the choice's own labels. */
  readonly full: readonly string[];
  /** The same with the last label replaced by each alias. */
  readonly alternatives: readonly (readonly string[])[];
}

function candidates(vocabulary: LedgerVocabulary): Candidate[] {
  const context = vocabulary.context.map(normalizeLabel);
  return vocabulary.choices.map((choice) => {
    const full = [...context, ...choice.path.map(normalizeLabel)];
    const aliases = vocabulary.aliases[choice.id] ?? [];
    return {
      choice,
      full,
      alternatives: [full, ...aliases.map((a) => [...full.slice(0, -1), normalizeLabel(a)])],
    };
  });
}

function listed(choices: readonly LedgerChoice[]): string {
  const names = choices.slice(0, 6).map((c) => `“${c.name}”`);
  return choices.length > 6 ? `${names.join('、')}等 ${choices.length} 项` : names.join('、');
}

/**
 * Reads a typed value of a ledger field: the full name (`（三）不予公开 / 1.属于国家秘密`), its
 * last label alone when only one choice has it (`1.属于国家秘密`), with or without the numbering,
 * in full-width or half-width, with any spaces. A value that names a group of choices, names none,
 * or names a total is refused with a reason in Chinese; nothing is guessed.
 */
export function resolveChoice(vocabulary: LedgerVocabulary, text: string): ChoiceResolution {
  const shown = text.trim();
  const typed = normalizeLabel(text)
    .split('/')
    .filter((s) => s !== '');
  if (typed.length === 0) return { ok: false, reason: `没有填写${vocabulary.what}`, candidates: [] };
  const all = candidates(vocabulary);
  const context = vocabulary.context.map(normalizeLabel);

  for (const same of [EXACT, CORE]) {
    const excluded = vocabulary.excluded.find((e) =>
      endsWith(typed, [...context, ...e.path.map(normalizeLabel)], same),
    );
    const hits = all.filter((c) => c.alternatives.some((path) => endsWith(typed, path, same)));
    if (hits.length === 1 && hits[0]) return { ok: true, choice: hits[0].choice };
    if (hits.length > 1) {
      const choices = hits.map((h) => h.choice);
      return {
        ok: false,
        reason: `“${shown}”可以指${listed(choices)}，请写出完整的${vocabulary.what}`,
        candidates: choices,
      };
    }
    if (excluded) return { ok: false, reason: excluded.reason, candidates: [] };
  }

  // A group of choices: `（三）不予公开` alone names eight outcomes, `行政诉讼` two kinds of case.
  for (const same of [EXACT, CORE]) {
    const under = all.filter((c) =>
      c.full.some((_, end) => end < c.full.length - 1 && endsWith(typed, c.full.slice(0, end + 1), same)),
    );
    if (under.length > 0) {
      const choices = under.map((c) => c.choice);
      return {
        ok: false,
        reason: `“${shown}”下分 ${choices.length} 项，请写明是哪一项：${listed(choices)}`,
        candidates: choices,
      };
    }
  }

  const example = vocabulary.choices.find((c) => c.path.length > 1) ?? vocabulary.choices[0];
  const hint =
    vocabulary.choices.length <= 8
      ? `可填：${vocabulary.choices.map((c) => c.name).join('、')}`
      : `请按表格的行名填写，如“${example?.name ?? ''}”`;
  return { ok: false, reason: `“${shown}”不是可选的${vocabulary.what}；${hint}`, candidates: [] };
}
