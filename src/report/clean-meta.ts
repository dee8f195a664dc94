import { cleanLine } from './clean-line';
import type { ReportMeta } from './report-schema';

/** Every one-line metadata field through cleanLine (see there for why). */
export function cleanMeta(meta: ReportMeta): ReportMeta {
  const out = { ...meta };
  for (const key of Object.keys(out) as (keyof ReportMeta)[]) out[key] = cleanLine(out[key]);
  return out;
}
