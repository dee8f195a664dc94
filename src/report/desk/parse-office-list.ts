import { splitOfficeName } from './office-key';

export interface OfficeList {
  /** The offices that must report (应报单位), as written, once each. */
  readonly names: readonly string[];
  /** Names given more than once (the later ones are left out of `names`). */
  readonly repeated: readonly string[];
}

/** Numbering and bullets in front of a name: 1. 1、 (1) （一） 一、 ① • - 第1. */
const NUMBERING =
  /^(?:[（(]\s*(?:\d+|[一二三四五六七八九十百]+)\s*[)）]|第?\d+\s*[.．、,，:：)）]?|[一二三四五六七八九十百]+\s*[、.．]|[\u2460-\u2473\u2776-\u277f]|[•·・\-*—–]+)\s*/u;

/** Words of a list's heading row or title rather than names. */
const HEADING = /^(序号|编号|单位|单位名称|机关|机关名称|应报单位|报送单位|名称|备注|联系人|电话)$/u;

/** The endings an office's name usually has: what tells the name among the columns of a row. */
const OFFICE_ENDING = /(镇|乡|街道|办事处|人民政府|政府|委员会|管委会|局|办公室|中心|所)$/u;

function cleanName(field: string): string {
  let s = field.replace(/[\s\u3000\u200b\ufeff]+/gu, ' ').trim();
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(NUMBERING, '').trim();
  }
  return s.replace(/^["'“”‘’「」]+|["'“”‘’「」。；;，,、.．:：]+$/gu, '').trim();
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** From one row of a sheet or one line: the field that names the office. */
function nameOfRow(fields: readonly string[]): string | undefined {
  const names = fields.map(cleanName).filter((f) => hasHan(f) && !HEADING.test(f.replace(/\s/g, '')));
  return names.find((f) => OFFICE_ENDING.test(f)) ?? [...names].sort((a, b) => b.length - a.length)[0];
}

/**
 * The list of offices that must report, as the officer pastes it: one name a line, numbered or
 * not (`1. 阁山镇人民政府`, `（一）潘庄镇`), several on a line between 、 or ；, or rows copied from a
 * sheet (tab-separated: 序号, 单位名称, 联系人 …), whose name column is found by its ending. Heading
 * rows and a title line (`应报单位名单：`) are skipped; a name given twice is kept once.
 */
export function parseOfficeList(text: string): OfficeList {
  const candidates: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '' || /[:：]\s*$/u.test(line.trim())) continue;
    if (line.includes('\t')) {
      const name = nameOfRow(line.split('\t'));
      if (name) candidates.push(name);
      continue;
    }
    // Numbering first: `五、黄岗乡` is one name, not 五 and 黄岗乡.
    for (const part of cleanName(line).split(/[、；;，,]/u)) {
      const name = nameOfRow([part]);
      if (name) candidates.push(name);
    }
  }
  return officeListOf(candidates);
}

/** Names read from an imported sheet's rows (read-excel-file gives cells as values). */
export function officeListFromRows(rows: readonly (readonly unknown[])[]): OfficeList {
  const names = rows.flatMap((row) => {
    const name = nameOfRow(row.map((c) => (typeof c === 'string' ? c : '')));
    return name ? [name] : [];
  });
  return officeListOf(names);
}

function officeListOf(candidates: readonly string[]): OfficeList {
  const seen = new Set<string>();
  const names: string[] = [];
  const repeated: string[] = [];
  for (const name of candidates) {
    const { bare, region } = splitOfficeName(name);
    const key = `${region}|${bare}`;
    if (seen.has(key)) repeated.push(name);
    else {
      seen.add(key);
      names.push(name);
    }
  }
  return { names, repeated };
}
