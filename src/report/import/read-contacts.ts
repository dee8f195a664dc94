import type { ReportMeta } from '../report-schema';

type Contacts = Partial<Pick<ReportMeta, 'publishUrl' | 'phone' | 'email' | 'postcode' | 'address'>>;

/**
 * The contact details a preamble states (网址, 电话, 电子邮箱, 邮编, 地址), for the report's basic
 * data: the editor's generated preamble and the Word title page use them. Only what is labelled
 * in the text is taken.
 */
export function readContacts(preamble: string): Contacts {
  const s = preamble.normalize('NFKC');
  const out: { -readonly [K in keyof Contacts]: string } = {};
  const url = /https?:\/\/[A-Za-z0-9.\-_~/:%?=&#+]+/.exec(s);
  if (url) out.publishUrl = url[0].replace(/[.)]+$/, '');
  const phone = /(?:联系电话|咨询电话|电话)\s*[:：]?\s*([0-9][0-9\-—－()\s]{5,18}[0-9])/.exec(s);
  if (phone?.[1]) out.phone = phone[1].trim();
  const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(s);
  if (email) out.email = email[0];
  const postcode = /(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})(?!\d)/.exec(s);
  if (postcode?.[1]) out.postcode = postcode[1];
  const address = /(?:联系地址|通讯地址|地址)\s*[:：]\s*([^,，;；。)）\n]{2,80})/.exec(s);
  if (address?.[1]) out.address = address[1].trim();
  return out;
}
