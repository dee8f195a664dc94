import type { FieldPath } from 'react-hook-form';
import type { Report } from '../../report/report-schema';

/**
 * A field name built at run time (`narratives.s5`, `meta.phone`). The report type is a union of
 * the two formats' strict objects, so react-hook-form's path type cannot list every key.
 */
export function formPath(name: string): FieldPath<Report> {
  return name as FieldPath<Report>;
}
