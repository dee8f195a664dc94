import type { Finding } from '../../template/rules/finding';

/** Messages under a field: its own check first, then rule findings addressed to it. */
export function FieldMessages({
  id,
  error,
  findings,
}: {
  readonly id: string;
  readonly error?: string | undefined;
  readonly findings: readonly Finding[];
}) {
  if (!error && findings.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-sm">
      {error ? <p className="text-red-700">{error}</p> : null}
      {findings.map((f) => (
        <p key={f.key} className={f.severity === 'error' ? 'text-red-700' : 'text-amber-700'}>
          {f.severity === 'error' ? '' : '提醒：'}
          {f.message}
        </p>
      ))}
    </div>
  );
}
