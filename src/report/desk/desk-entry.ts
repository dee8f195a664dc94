// One report brought into the county review desk (审查汇总), with where it came from. The desk keeps
// the report in the app's own model, so the editor's rules, the preview and the roll-up read it as
// they read a clerk's report; what the reading could not settle travels beside it as notes.
import { z } from 'zod';
import { getFormat } from '../../template/formats';
import { formatCells } from '../../template/table-cells';
import { PART_IDS } from '../../template/section-ids';
import { reportSchema, type Report } from '../report-schema';

const SOURCE_KINDS = ['docx', 'html', 'text', 'draft', 'browser'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How the desk names a source in its lists. */
export const SOURCE_KIND_NAMES: Readonly<Record<SourceKind, string>> = {
  docx: 'Word 文件',
  html: '网页',
  text: '文本',
  draft: '草稿文件',
  browser: '本浏览器',
};

const text = (max: number) => z.string().max(max);

const readNoteSchema = z.object({
  /**
   * `unreadable`: a cell whose printed text could not be read as a figure (the cell is then kept
   * blank or as printed, and the roll-up flags it); `note`: anything else the reader wants said
   * (text that fits no section, a table not recognised, the format guessed from the tables).
   */
  kind: z.enum(['unreadable', 'note']),
  /** The cell concerned, by its id in the report's format. */
  cell: text(60).optional(),
  sectionId: z.enum(PART_IDS).optional(),
  /** The text as printed, for an unreadable cell. */
  printed: text(200).optional(),
  message: text(500),
});

export type ReadNote = z.infer<typeof readNoteSchema>;

const sourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  /** The file's name as dropped; for a report of this browser, empty. */
  fileName: text(260),
});

export const deskEntrySchema = z
  .object({
    id: text(64).min(1),
    report: reportSchema,
    source: sourceSchema,
    /** When the report was brought in (ISO time). */
    addedAt: z.string().max(40),
    /**
     * The totals a published table printed (computed cells of the report's format, as printed).
     * A report never stores a total; these are kept beside it so that a printed total that does not
     * add up is still found (R1, R2, R4), as the officer would see on paper.
     */
    printedTotals: z.record(text(60), text(40)).optional(),
    readNotes: z.array(readNoteSchema).max(2000),
  })
  .superRefine((entry, ctx) => {
    const specs = formatCells(getFormat(entry.report.formatId));
    for (const id of Object.keys(entry.printedTotals ?? {})) {
      if (specs.get(id)?.computed !== true) {
        ctx.addIssue({ code: 'custom', path: ['printedTotals', id], message: '不是本格式的合计单元格' });
      }
    }
  });

export type DeskEntry = z.infer<typeof deskEntrySchema>;
export type EntrySource = DeskEntry['source'];

/** A new entry for a report just read or chosen. */
export function createDeskEntry(input: {
  readonly report: Report;
  readonly source: EntrySource;
  readonly printedTotals?: Readonly<Record<string, string>>;
  readonly readNotes?: readonly ReadNote[];
  readonly now?: Date;
  readonly id?: string;
}): DeskEntry {
  return {
    id: input.id ?? globalThis.crypto.randomUUID(),
    report: input.report,
    source: input.source,
    addedAt: (input.now ?? new Date()).toISOString(),
    ...(input.printedTotals ? { printedTotals: { ...input.printedTotals } } : {}),
    readNotes: [...(input.readNotes ?? [])],
  };
}

/** Cells the reader could not read, once each. */
export function unreadableCells(entry: Pick<DeskEntry, 'readNotes'>): readonly string[] {
  const ids = entry.readNotes.flatMap((n) => (n.kind === 'unreadable' && n.cell ? [n.cell] : []));
  return [...new Set(ids)];
}

/** Where an entry came from, in words: `Word 文件“阁山镇.docx”`, or `本浏览器`. */
export function describeSource(entry: Pick<DeskEntry, 'source'>): string {
  const kind = SOURCE_KIND_NAMES[entry.source.kind];
  return entry.source.fileName === '' ? kind : `${kind}“${entry.source.fileName}”`;
}
