/**
 * Short names of the rules, for a one-line account of what is wrong with a report (the county
 * review desk lists many reports, each with such a line). Kept beside the rules, since several
 * names quote the format's own labels.
 */
const RULE_NAMES: Readonly<Record<string, string>> = {
  'F-format-year': '格式与年度不符',
  'W-notice': '引用的通知与格式不符',
  'W-deadline': '成文日期晚于期限',
  'W-sign-early': '成文日期早于统计期',
  'blank-text': '有内容未填写',
  blank: '有单元格未填',
  R1: '申请人总计与各列之和不符',
  R2: '办理结果总计与各项之和不符',
  R3: '勾稽关系不平衡',
  R4: '复议诉讼总计与各项之和不符',
  R5: '上年结转与上年报告不符',
  R6: '数字不符合要求',
  'W-in-force': '现行有效件数少于制发减废止',
  'W-public-total': '对外公开总数量少于本年新公开数量',
  'W-township-regulation': '乡镇填报了规章',
  'W-narrative': '正文数字与表格不一致',
  'W-plan-year': '改进计划写在本年度',
  'W-agency-kind': '正文的镇、乡、街道与机关名称不符',
  'W-same-text': '正文与上年报告相同',
  'W-fee-silent': '未报告信息处理费',
  'W-fee-notice': '收费通知与表格不一致',
  'W-in-force-continuity': '现行有效件数与上年报告不衔接',
  'W-item-count-continuity': '上一年项目数量与上年报告不衔接',
  'D-similar': '内容雷同',
  'D-missing': '未提交',
  'D-unlisted': '不在应报单位名单中',
  'D-duplicate': '重复',
};

/** The rule's short name; an unknown id is shown as it is. */
export function ruleName(ruleId: string): string {
  return RULE_NAMES[ruleId] ?? ruleId;
}
