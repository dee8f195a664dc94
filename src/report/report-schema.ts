// The report as the app keeps it, in the browser and in draft files. Its content part (cells and
// narratives) is derived from the format spec, so a report can only hold what its format prints.
import { z } from 'zod';
import { buildContentSchema } from '../template/content-schema';
import { FORMATS } from '../template/formats';
import { PART_IDS } from '../template/section-ids';
import type { FormatSpec } from '../template/spec-types';
import { buildLedgerSchema } from './ledger/ledger-schema';

export const REVIEW_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;

const text = (max: number) => z.string().max(max);
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')]);
const isoTime = z.string().max(40);

export const metaSchema = z.object({
  /** 机关名称, e.g. 阁山镇人民政府 */
  agencyName: text(100),
  /** 所属地区/上级政府, e.g. 樟树市: names the portal the report is published on */
  region: text(100),
  /** 发布网址 */
  publishUrl: text(300),
  /** 联系地址 */
  address: text(200),
  phone: text(60),
  postcode: text(20),
  email: text(120),
  /** 落款机关 */
  signatory: text(100),
  /** 成文日期, YYYY-MM-DD or empty */
  signDate: isoDate,
});

/** The longest text a metadata field may hold (none for the date, whose form is fixed). */
export function metaMaxLength(key: keyof ReportMeta): number | undefined {
  const field = metaSchema.shape[key];
  return field instanceof z.ZodString ? (field.maxLength ?? undefined) : undefined;
}

/** Longest review comment, and longest name of a person in the review. */
export const MAX_COMMENT_LENGTH = 5000;
export const MAX_PERSON_NAME_LENGTH = 60;
/** Most comments and history entries a report keeps (condense-history.ts keeps the history within). */
export const MAX_REVIEW_COMMENTS = 500;
export const MAX_REVIEW_HISTORY = 1000;

export const reviewCommentSchema = z.object({
  id: text(64),
  sectionId: z.enum(PART_IDS),
  text: text(MAX_COMMENT_LENGTH),
  author: text(MAX_PERSON_NAME_LENGTH),
  at: isoTime,
  resolved: z.boolean(),
});

export const reviewEventSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  at: isoTime,
  by: text(MAX_PERSON_NAME_LENGTH),
  note: text(2000),
  /** An entry standing for `count` older ones merged when the history was full, since `since`. */
  merged: z.object({ count: z.number().int().min(2), since: isoTime }).optional(),
});

/**
 * The report as the last review decision saw it (review-snapshot.ts): every typed figure (a format
 * has ~300 cells) and a hash per paragraph of each text field (a field of 20 000 characters has at
 * most 10 000 paragraphs). A few kilobytes for a real report.
 */
export const reviewSnapshotSchema = z.object({
  at: isoTime,
  cells: z.record(text(60), text(40)),
  paragraphs: z.record(text(40), z.array(text(16)).max(10_000)),
});

export const reviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  approvedBy: text(MAX_PERSON_NAME_LENGTH).optional(),
  approvedAt: isoTime.optional(),
  comments: z.array(reviewCommentSchema).max(MAX_REVIEW_COMMENTS),
  history: z.array(reviewEventSchema).max(MAX_REVIEW_HISTORY),
  /** Taken at each 审核通过 and 退回修改, so the next review sees what changed. */
  snapshot: reviewSnapshotSchema.optional(),
});

/**
 * Last year's figures of table 三, kept with the report so R5 can be checked anywhere; and last
 * year's text, shown beside section 五 (which reports how last year's problems were handled) and
 * compared with this year's.
 */
export const lastYearSchema = z.object({
  year: z.number().int(),
  formatId: z.enum(['format-2019', 'format-2021']),
  reportId: text(64).optional(),
  cells: z.record(text(60), text(40)),
  narratives: z.record(text(40), text(20_000)).optional(),
});

export const carriedOverSchema = z.object({
  fromYear: z.number().int(),
  /** What could not be carried over (a change of format between the years). */
  notes: z.array(text(500)).max(50),
  /** Narratives still holding last year's text, to be revised. */
  staleNarratives: z.array(text(40)).max(50),
});

/** Longest preamble: a real one is ~300 characters. */
export const MAX_PREAMBLE_LENGTH = 20_000;

const baseFields = {
  id: text(64).min(1),
  year: z.number().int().min(2019).max(2100),
  meta: metaSchema,
  preamble: text(MAX_PREAMBLE_LENGTH),
  /** True once the clerk edits the preamble: it then no longer follows the metadata by itself. */
  preambleEdited: z.boolean(),
  review: reviewSchema,
  lastYear: lastYearSchema.optional(),
  carriedOver: carriedOverSchema.optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
};

/** A report of one format: its cells, narratives and ledger are that format's. */
function formatReportSchema(format: FormatSpec) {
  return buildContentSchema(format).extend({
    ...baseFields,
    /** 依申请公开台账: optional; a report without one has its tables typed by hand. */
    ledger: buildLedgerSchema(format).optional(),
  });
}

const report2019 = formatReportSchema(FORMATS['format-2019']);
const report2021 = formatReportSchema(FORMATS['format-2021']);

export const reportSchema = z.discriminatedUnion('formatId', [report2019, report2021]);

export type Report = z.infer<typeof reportSchema>;
export type ReportMeta = z.infer<typeof metaSchema>;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewComment = z.infer<typeof reviewCommentSchema>;
export type ReviewEvent = z.infer<typeof reviewEventSchema>;
export type ReviewSnapshot = z.infer<typeof reviewSnapshotSchema>;

export const REVIEW_STATUS_NAMES: Readonly<Record<ReviewStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已审核',
  returned: '退回修改',
};
