// The review panel's state: which form is open, the names and comments typed in it, the refusal
// message, and where the focus goes when a form closes.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Report } from '../../report/report-schema';
import { ReviewTransitionError } from '../../report/review';
import type { DraftComment } from './return-comments';

export type ReviewMode = 'idle' | 'submit' | 'approve' | 'return';

const FIRST_COMMENT: readonly DraftComment[] = [{ key: 1, sectionId: 's1', text: '' }];

export interface ReviewFlow {
  readonly mode: ReviewMode;
  readonly error: string;
  readonly reviewer: string;
  readonly setReviewer: (name: string) => void;
  readonly submitter: string;
  readonly setSubmitter: (name: string) => void;
  readonly comments: readonly DraftComment[];
  readonly setComments: (update: (list: readonly DraftComment[]) => readonly DraftComment[]) => void;
  /** Opens the form of a step. */
  open(next: ReviewMode): void;
  /** Closes the form; the focus returns to the button that opened it. */
  cancel(): void;
  /** Takes a step: its report goes to onChange, or its refusal is shown. */
  apply(step: () => Report): void;
  /** The report as the last step left it, whose file is to be sent on; null once another form opens. */
  readonly stepped: Report | null;
}

export function useReviewFlow(options: {
  readonly section: RefObject<HTMLElement | null>;
  readonly onChange: (next: Report) => void;
  /** The name the submit form offers: the same clerk usually resubmits after a return. */
  readonly lastSubmitter: string;
}): ReviewFlow {
  const { section } = options;
  const [mode, setMode] = useState<ReviewMode>('idle');
  // Where the focus goes when a form closes: back to the button that opened it (取消), or to the
  // new status (a step taken), so a keyboard or screen-reader user is not left on the page body.
  const focusNext = useRef<
    { readonly to: 'opener'; readonly action: ReviewMode } | { readonly to: 'status' } | null
  >(null);
  useEffect(() => {
    if (mode !== 'idle' || !focusNext.current) return;
    const next = focusNext.current;
    focusNext.current = null;
    const target =
      next.to === 'status'
        ? section.current?.querySelector<HTMLElement>('[data-testid="review-status"]')
        : section.current?.querySelector<HTMLElement>(`[data-review-action="${next.action}"]`);
    target?.focus();
  }, [mode, section]);
  const [reviewer, setReviewer] = useState('');
  const [comments, setComments] = useState<readonly DraftComment[]>(FIRST_COMMENT);
  const [error, setError] = useState('');
  const [submitter, setSubmitter] = useState(options.lastSubmitter);
  const [stepped, setStepped] = useState<Report | null>(null);

  return {
    mode,
    error,
    reviewer,
    setReviewer,
    submitter,
    setSubmitter,
    comments,
    setComments,
    stepped,
    open(next) {
      setMode(next);
      setStepped(null);
      setError('');
    },
    cancel() {
      focusNext.current = { to: 'opener', action: mode };
      setMode('idle');
      setError('');
    },
    apply(step) {
      try {
        const next = step();
        options.onChange(next);
        setStepped(next);
        focusNext.current = { to: 'status' };
        setMode('idle');
        setError('');
        setComments(FIRST_COMMENT);
      } catch (e) {
        // Transitions explain a refusal in Chinese; anything else is a bug and is rethrown.
        if (e instanceof ReviewTransitionError) setError(e.message);
        else throw e;
      }
    },
  };
}
