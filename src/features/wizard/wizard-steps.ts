import { partTitles } from '../../template/part-titles';
import type { PartId } from '../../template/section-ids';
import type { FormatSpec } from '../../template/spec-types';

export type WizardStepId = PartId | 'preview';

export interface WizardStep {
  readonly id: WizardStepId;
  readonly title: string;
}

/** 基本信息, the six sections under their official titles (from the spec), then 预览. */
export function wizardSteps(format: FormatSpec): readonly WizardStep[] {
  return [...partTitles(format), { id: 'preview', title: '预览' }];
}
