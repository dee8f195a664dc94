import type { ReportMeta } from './report-schema';

/** The name of each metadata field as the clerk sees it (基本信息), for messages about a field. */
export const META_LABELS: Readonly<Record<keyof ReportMeta, string>> = {
  agencyName: '机关名称',
  region: '所属地区/上级政府',
  publishUrl: '发布网址',
  address: '联系地址',
  phone: '联系电话',
  postcode: '邮政编码',
  email: '电子邮箱',
  signatory: '落款机关',
  signDate: '成文日期',
};
