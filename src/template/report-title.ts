/** The title every report carries: `{机关名称}{年度}年政府信息公开工作年度报告`. */
export function reportTitle(agencyName: string, year: number): string {
  return `${agencyName.trim()}${year}年政府信息公开工作年度报告`;
}
