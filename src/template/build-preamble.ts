import type { FormatSpec } from './spec-types';

export interface PreambleInput {
  readonly year: number;
  readonly agencyName: string;
  readonly region: string;
  readonly publishUrl: string;
  readonly address: string;
  readonly phone: string;
  readonly postcode: string;
  readonly email: string;
}

/** `一、总体情况` → `总体情况`: the section names as the preamble lists them. */
function bareTitle(title: string): string {
  return title.replace(/^[一二三四五六]、/, '');
}

/**
 * The usual preamble of a report: legal basis (the 条例 and the notice whose format the report
 * follows, so the basis can never name the other notice), contents, statistics period, where it
 * is published and whom to ask. Parts whose data is missing are left out rather than left blank.
 */
export function buildPreamble(format: FormatSpec, input: PreambleInput): string {
  const y = input.year;
  const name = input.agencyName.trim() || '本机关';
  const sentences = [
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${format.noticeTitle}（${format.notice}）要求，由${name}编制。`,
    `全文包括${format.sections.map((s) => bareTitle(s.title)).join('，')}，共六部分。`,
    `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
  ];
  const url = input.publishUrl.trim();
  const region = input.region.trim();
  if (url) {
    const site = region ? `${region}人民政府门户网站` : '政府门户网站';
    sentences.push(`本报告电子版可在${site}（${url}）查阅或下载。`);
  }
  const contacts = [
    input.address.trim() && `地址：${input.address.trim()}`,
    input.postcode.trim() && `邮编：${input.postcode.trim()}`,
    input.phone.trim() && `电话：${input.phone.trim()}`,
    input.email.trim() && `电子邮箱：${input.email.trim()}`,
  ].filter((c): c is string => Boolean(c));
  if (contacts.length > 0) sentences.push(`如对本报告有疑问，请与${name}联系（${contacts.join('；')}）。`);
  return sentences.join('');
}
