import type { Report } from '../../report/report-schema';

/**
 * The stored report an imported one would duplicate: the same id (the same report travelled and
 * came back), or the same agency and year (the same report started twice).
 */
export function findExistingReport(
  existing: readonly Report[],
  imported: Pick<Report, 'id' | 'year' | 'meta'>,
): Report | undefined {
  const name = imported.meta.agencyName.trim();
  return (
    existing.find((r) => r.id === imported.id) ??
    existing.find((r) => r.year === imported.year && name !== '' && r.meta.agencyName.trim() === name)
  );
}
