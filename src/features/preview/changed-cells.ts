import { createContext } from 'react';

/** The cells to mark as changed since the last review; none outside a review. */
export const ChangedCellsContext = createContext<ReadonlySet<string>>(new Set());

/** The legend's words, which every marked cell and paragraph takes as its description. */
export const CHANGED_NOTE_ID = 'rp-changed-since-review';
