import { normalizeFigure } from '../../template/normalize-figure';
import { isBlankText } from './table-part';

type CellKind = 'blank' | 'figure' | 'dash' | 'text';

/**
 * What a table cell holds at a glance: nothing, a figure (`１２`, `1,234`, `4万元`, `-3`), a dash or
 * word standing for none (`—`, `/`, `无`), or text (a label).
 */
export function cellKind(text: string): CellKind {
  if (isBlankText(text)) return 'blank';
  const figure = normalizeFigure(text);
  if (/^-?\d+(\.\d+)?(万元|元|件|个|项|条)?$/.test(figure)) return 'figure';
  if (/^([-—－–/／\\、]+|无|没有|空)$/.test(figure)) return 'dash';
  return 'text';
}
