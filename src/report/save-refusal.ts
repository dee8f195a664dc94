// The two reasons the store refuses a save, as errors the autosave tells apart from a failing
// browser store: the report is not one the format accepts (it would be unreadable once stored), or
// another tab has saved a newer copy since this one read it (saving would overwrite that copy).

/** The report fails the format's schema; `reason` names the field (describeSchemaIssues). */
export class InvalidReportError extends Error {
  override readonly name = 'InvalidReportError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The stored revision is newer than the one this copy was read at. */
export class StaleRevisionError extends Error {
  override readonly name = 'StaleRevisionError';
  constructor(
    readonly expected: number,
    readonly stored: number,
  ) {
    super(`stored revision ${stored}, expected ${expected}`);
  }
}
