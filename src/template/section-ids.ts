// The parts of a report by id: 基本信息 (`meta`) and the six sections every format has (`s1`…`s6`),
// in the order the report prints them. Steps, routes, findings, review comments and the draft
// schema all name the parts by these ids.

export const SECTION_IDS = ['s1', 's2', 's3', 's4', 's5', 's6'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** 基本信息 first, then the sections: the order of the editor's steps and of the findings. */
export const PART_IDS = ['meta', ...SECTION_IDS] as const;
export type PartId = (typeof PART_IDS)[number];

export function isPartId(id: string): id is PartId {
  return (PART_IDS as readonly string[]).includes(id);
}
