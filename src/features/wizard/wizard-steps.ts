import type { FormatSpec } from '../../template/spec-types';
import type { StepId } from '../../ui/live-store';

export type WizardStepId = StepId | 'preview';

export interface WizardStep {
  readonly id: WizardStepId;
  readonly title: string;
}

/** 基本信息, the six sections under their official titles (from the spec), then 预览. */
export function wizardSteps(format: FormatSpec): readonly WizardStep[] {
  return [
    { id: 'meta', title: '基本信息' },
    ...format.sections.map((s) => ({ id: s.id, title: s.title })),
    { id: 'preview', title: '预览' },
  ];
}
