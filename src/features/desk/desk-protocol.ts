// What the desk page and its worker say to each other. Everything is plain data (File, DeskEntry,
// DeskReview with its Map), which the structured clone carries as it is.
import type { DeskEntry } from '../../report/desk/desk-entry';
import type { DeskFileResult } from '../../report/desk/read-desk-file';
import type { DeskReview } from '../../report/desk/review-desk';

export type DeskRequest =
  | { readonly type: 'read'; readonly files: readonly File[]; readonly today: number }
  | {
      readonly type: 'review';
      readonly seq: number;
      readonly entries: readonly DeskEntry[];
      readonly today: number;
      readonly expected?: { readonly names: readonly string[]; readonly year: number };
    };

export type DeskResponse =
  | {
      readonly type: 'file';
      /** How many files are done, this one included, of `total`. */
      readonly done: number;
      readonly total: number;
      readonly result: DeskFileResult;
    }
  | { readonly type: 'read-done' }
  | { readonly type: 'reviewed'; readonly seq: number; readonly review: DeskReview }
  | { readonly type: 'failed'; readonly message: string };
