// Section 一's subheadings, mapped to its five text boxes by the aspect they name: `（一）主动公开
// 方面。` runs into its paragraph, `(四) 平台建设` is short for the official `（四）政府信息公开平台
// 建设`. A subheading that names none of the five (`（一）、加强领导，健全机构。`) is not guessed at:
// the recogniser keeps it, with its text, in the overview box and says so.
import { splitNumbering } from '../../template/reading/label-key';
import { ASPECT_HEADING_VARIANTS } from '../../template/reading/reading-vocabulary';
import type { NarrativeSpec } from '../../template/spec-types';
import { allowedEdits, labelMatcher, matchBody } from './match-label';

interface AspectHeading {
  /** The text box the heading names; undefined for a subheading of the report's own. */
  readonly narrativeId?: string;
  /** The heading as printed. */
  readonly heading: string;
  /** The paragraph's text after the heading. */
  readonly rest: string;
}

const CLAUSE_END = /[。：:；;，,\s]/;
const MAX_CLAUSE = 30;

function aspectsOf(narratives: readonly NarrativeSpec[]): { id: string; bodies: string[] }[] {
  return narratives
    .filter((n) => n.heading !== undefined)
    .map((n) => ({
      id: n.id,
      bodies: [splitNumbering(n.heading ?? '').rest, ...(ASPECT_HEADING_VARIANTS[n.id] ?? [])].map(matchBody),
    }));
}

/**
 * Which aspect a heading clause names: one holding an aspect's words (a numbered heading), or
 * being them, give or take `方面`/`情况` and a typo (an unnumbered line).
 */
function aspectOf(clause: string, narratives: readonly NarrativeSpec[], holds: boolean): string | undefined {
  const body = matchBody(clause).replace(/(方面|情况|工作)$/, '');
  if (body === '') return undefined;
  const aspects = aspectsOf(narratives);
  const holding = aspects.filter((a) => a.bodies.some((b) => (holds ? body.includes(b) : body === b)));
  if (holding.length === 1) return holding[0]?.id;
  if (holding.length > 1) return undefined;
  const near = labelMatcher(aspects.flatMap((a) => a.bodies.map((b) => ({ label: b, value: a.id }))))(body);
  return near && near.distance <= allowedEdits(body.length) ? near.values[0] : undefined;
}

/**
 * The subheading a paragraph of section 一 starts with, if any: a numbered first clause
 * (`（二）依申请公开方面。…`), or a short paragraph that is an aspect's name by itself.
 */
export function aspectHeading(text: string, narratives: readonly NarrativeSpec[]): AspectHeading | undefined {
  const trimmed = text.trim();
  const numbering = splitNumbering(trimmed);
  if (numbering.printed === '') {
    const whole = trimmed.replace(/[。：:]$/, '');
    const id = whole.length <= 20 ? aspectOf(whole, narratives, false) : undefined;
    return id ? { narrativeId: id, heading: trimmed, rest: '' } : undefined;
  }
  const end = CLAUSE_END.exec(numbering.rest);
  const clause = end ? numbering.rest.slice(0, end.index) : numbering.rest;
  if (clause === '' || clause.length > MAX_CLAUSE) return undefined;
  const id = aspectOf(clause, narratives, true);
  if (id) {
    // The heading takes its closing stop or colon with it; a comma or space only ends it.
    const closing = end && /[。：:]/.test(end[0]) ? end[0] : '';
    const rest = numbering.rest
      .slice(clause.length + closing.length)
      .replace(/^[，,；;\s]+/, '')
      .trim();
    return { narrativeId: id, heading: `${numbering.printed}${clause}${closing}`.trim(), rest };
  }
  // `1.`, `（1）` and `①` number points inside a subsection, not subsections.
  if (
    numbering.style === 'arabic' ||
    numbering.style === 'circled' ||
    /\d/.test(numbering.printed.normalize('NFKC'))
  ) {
    return undefined;
  }
  // A subheading of the report's own: named up to its first full stop, kept whole in the text.
  const stop = /[。：:]/.exec(numbering.rest);
  const heading = stop && stop.index <= MAX_CLAUSE ? numbering.rest.slice(0, stop.index + 1) : clause;
  return { heading: `${numbering.printed}${heading}`.trim(), rest: trimmed };
}
