// Drop-down lists and date checks in the ledger template, added through write-excel-file's public
// Feature API (the data-validation add-on its README names is not published on the npm registry).
// A list longer than Excel's 255-character inline limit (table 三's outcomes are) has to point to
// cells, so each list is a defined name over a column of the 可选值 sheet.
import type { Feature } from 'write-excel-file/universal';
import {
  findElement,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from 'write-excel-file/utility';

export type SheetValidation =
  | {
      readonly type: 'list';
      /** Cell range, e.g. `B2:B5001`. */
      readonly range: string;
      /** A defined name of the workbook over the allowed values. */
      readonly listName: string;
      readonly title: string;
      readonly message: string;
    }
  | { readonly type: 'date'; readonly range: string; readonly title: string; readonly message: string };

export interface DefinedName {
  readonly name: string;
  /** e.g. `'可选值'!$A$2:$A$7` */
  readonly refersTo: string;
}

// CT_Worksheet and CT_Workbook (ECMA-376 Part 1, sml.xsd): Excel refuses a part whose children
// are out of this order, so every insertion keeps it.
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

// Excel's serial numbers of 1 Jan 1990 and 31 Dec 2100: the dates a ledger may hold.
const FIRST_DAY = 32874;
const LAST_DAY = 73415;

function validationXml(v: SheetValidation): string {
  const common =
    `allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sanitizeAttributeValue(v.range)}" ` +
    `errorTitle="${sanitizeAttributeValue(v.title)}" error="${sanitizeAttributeValue(v.message)}" ` +
    `promptTitle="${sanitizeAttributeValue(v.title)}" prompt="${sanitizeAttributeValue(v.message)}"`;
  if (v.type === 'list') {
    return `<dataValidation type="list" ${common}><formula1>${sanitizeTextContent(v.listName)}</formula1></dataValidation>`;
  }
  // A warning, not a stop: a date typed as text is still read by the app, so it is not refused here.
  return (
    `<dataValidation type="date" operator="between" errorStyle="warning" ${common}>` +
    `<formula1>${FIRST_DAY}</formula1><formula2>${LAST_DAY}</formula2></dataValidation>`
  );
}

/** A feature adding `validations[i]` to the i-th sheet and `names` to the workbook. */
export function dataValidationFeature(
  validations: readonly (readonly SheetValidation[])[],
  names: readonly DefinedName[],
): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const list = validations[sheetIndex] ?? [];
            if (list.length === 0) return xml;
            const markup = `<dataValidations count="${list.length}">${list.map(validationXml).join('')}</dataValidations>`;
            return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, WORKSHEET_ORDER, 'worksheet');
          },
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            if (names.length === 0) return xml;
            const markup = `<definedNames>${names
              .map(
                (n) =>
                  `<definedName name="${sanitizeAttributeValue(n.name)}">${sanitizeTextContent(n.refersTo)}</definedName>`,
              )
              .join('')}</definedNames>`;
            // The library writes an empty <definedNames/>; replace it rather than add a second one.
            const existing = findElement(xml, 'definedNames');
            return existing
              ? replaceElement(xml, existing, markup)
              : insertElementMarkupAccordingToOrderOfSiblings(xml, markup, WORKBOOK_ORDER, 'workbook');
          },
        },
      },
    },
  };
}
