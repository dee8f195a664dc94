/**
 * The error and warning counts as small round badges (red, amber), for the eye only: each place
 * that shows them says the counts in words for assistive technology itself.
 */
export function CountBadges({ errors, warnings }: { readonly errors: number; readonly warnings: number }) {
  return (
    <>
      {errors > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-red-100 px-1.5 text-xs text-red-800">
          {errors}
        </span>
      ) : null}
      {warnings > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-amber-100 px-1.5 text-xs text-amber-800">
          {warnings}
        </span>
      ) : null}
    </>
  );
}
