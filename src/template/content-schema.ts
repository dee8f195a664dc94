import { z } from 'zod';
import type { FormatSpec } from './spec-types';
import { formatCells } from './table-cells';

/** Longest text a cell may hold: a figure with a unit, or a wrong entry kept for the clerk to fix. */
export const MAX_CELL_LENGTH = 40;
/** Longest narrative: far beyond any report (a long section 一 is ~5,000 characters). */
export const MAX_NARRATIVE_LENGTH = 100_000;

/**
 * The zod schema of a report's content in a format: exactly the format's input cells (computed
 * totals are never stored) and narratives. Cells hold the text as typed, so a wrong figure is kept
 * and reported by the rules (R6) instead of being lost; unknown keys are refused, so a file made for
 * the other format, or tampered with, cannot be read as this one.
 */
export function buildContentSchema(format: FormatSpec) {
  const cellIds = [...formatCells(format).values()].filter((c) => !c.computed).map((c) => c.id);
  const narrativeIds = format.sections.flatMap((s) => s.narratives.map((n) => n.id));
  const cells = z.strictObject(
    Object.fromEntries(cellIds.map((id) => [id, z.string().max(MAX_CELL_LENGTH).optional()])),
  );
  const narratives = z.strictObject(
    Object.fromEntries(narrativeIds.map((id) => [id, z.string().max(MAX_NARRATIVE_LENGTH).optional()])),
  );
  return z.object({ formatId: z.literal(format.id), cells, narratives });
}

export function inputCellIds(format: FormatSpec): readonly string[] {
  return [...formatCells(format).values()].filter((c) => !c.computed).map((c) => c.id);
}

export function narrativeIds(format: FormatSpec): readonly string[] {
  return format.sections.flatMap((s) => s.narratives.map((n) => n.id));
}
