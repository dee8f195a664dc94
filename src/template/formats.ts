import { FORMAT_2019 } from './format-2019';
import { FORMAT_2021 } from './format-2021';
import type { FormatId, FormatSpec } from './spec-types';

export const FORMATS: Readonly<Record<FormatId, FormatSpec>> = {
  'format-2019': FORMAT_2019,
  'format-2021': FORMAT_2021,
};

export function getFormat(id: FormatId): FormatSpec {
  return FORMATS[id];
}
