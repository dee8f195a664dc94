import type { ReportMeta } from './report-schema';

/** Field checks of 基本信息, each a message in plain Chinese for the field it concerns. */
export function checkMeta(meta: ReportMeta): Partial<Record<keyof ReportMeta, string>> {
  const out: Partial<Record<keyof ReportMeta, string>> = {};
  if (meta.agencyName.trim() === '') out.agencyName = '请填写机关名称，如“某某镇人民政府”';
  if (meta.signatory.trim() === '') out.signatory = '请填写落款机关';
  const phone = meta.phone.trim();
  if (phone !== '' && !/^[\d\-—－()（）\s转+]{7,30}$/.test(phone)) {
    out.phone = '电话号码只能包含数字、“-”和括号，如 0795-7161260';
  }
  const postcode = meta.postcode.trim();
  if (postcode !== '' && !/^\d{6}$/.test(postcode)) out.postcode = '邮编应为 6 位数字';
  const url = meta.publishUrl.trim();
  if (url !== '' && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) {
    out.publishUrl = '网址应以 http:// 或 https:// 开头，如 http://www.example.gov.cn';
  }
  const email = meta.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    out.email = '电子邮箱格式不正确，如 xxx@163.com';
  if (meta.signDate !== '') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.signDate);
    const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
    if (!d || d.getMonth() !== Number(m?.[2]) - 1) out.signDate = '成文日期不是有效日期';
  }
  return out;
}
