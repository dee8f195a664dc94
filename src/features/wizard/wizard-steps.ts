import { partTitles } from '../../template/part-titles';
import { isPartId, type PartId } from '../../template/section-ids';
import type { FormatSpec } from '../../template/spec-types';

/** The steps: the parts of the report, the request ledger (`ledger`) and 预览. */
export type WizardStepId = PartId | 'ledger' | 'preview';

export interface WizardStep {
  readonly id: WizardStepId;
  readonly title: string;
}

/** The ledger's step title. Not an official label: the report itself never prints the ledger. */
const LEDGER_TITLE = '申请台账';

/**
 * 基本信息, the six sections under their official titles (from the spec), then 预览. The request
 * ledger comes just before the section whose table it counts (三, 收到和处理政府信息公开申请情况),
 * so a clerk keeping one fills it before reaching the table it fills.
 */
export function wizardSteps(format: FormatSpec): readonly WizardStep[] {
  const parts = partTitles(format);
  const ledgerSection = format.sections.find((s) => s.table?.id === format.ledger.requestsTableId)?.id;
  const at = parts.findIndex((p) => p.id === ledgerSection);
  const ledger = { id: 'ledger' as const, title: LEDGER_TITLE };
  const steps: WizardStep[] =
    at < 0 ? [...parts, ledger] : [...parts.slice(0, at), ledger, ...parts.slice(at)];
  return [...steps, { id: 'preview', title: '预览' }];
}

/** Whether a step is a part of the report (which has findings and comments of its own). */
export function isPartStep(step: WizardStepId): step is PartId {
  return isPartId(step);
}
