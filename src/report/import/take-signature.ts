// 落款 and 成文日期 at the end of the report's last section: the signing office and the date, on
// two lines or one, or the office alone; taken out of the section's text.
import { readDate } from './read-date';

/** A line that can be the signing agency: short, no sentence punctuation, no numbering. */
function looksLikeAgency(text: string): boolean {
  const s = text.trim();
  return (
    s.length >= 2 &&
    s.length <= 30 &&
    !/[。，；：,;:！？、]/.test(s) &&
    !/^[（(\d一二三四五六七八九十]/.test(s)
  );
}

export interface Signature {
  readonly signatory: string;
  readonly date: string;
  readonly dateText: string;
  readonly after: readonly string[];
}

/** An office's name as it signs: `…人民政府`, `…办事处`, `…委员会`. */
const SIGNING_OFFICE = /(人民政府|政府|办事处|委员会|管理委员会|管委会)$/;

/** 落款 and 成文日期 at the end of the last section's text; removes them from it. */
export function takeSignature(paragraphs: string[], agencyName: string): Signature {
  for (let j = paragraphs.length - 1; j >= Math.max(0, paragraphs.length - 4); j--) {
    const text = paragraphs[j] ?? '';
    let date = readDate(text);
    let dateText = text.trim();
    let signatory = '';
    if (!date) {
      // `潘庄镇人民政府 2022年1月21日` on one line
      const m = /^(.*?)[\s\u3000]*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/.exec(text.trim());
      if (!m || !looksLikeAgency(m[1] ?? '')) continue;
      date = readDate(m[2] ?? '');
      if (!date) continue;
      signatory = (m[1] ?? '').trim();
      dateText = (m[2] ?? '').trim();
    }
    const after = paragraphs.splice(j + 1);
    paragraphs.splice(j, 1);
    if (!signatory && j > 0 && looksLikeAgency(paragraphs[j - 1] ?? '')) {
      signatory = (paragraphs.splice(j - 1, 1)[0] ?? '').trim();
    }
    return { signatory, date, dateText, after };
  }
  // Signed without a date: a last line that is the office's name.
  const lastLine = (paragraphs[paragraphs.length - 1] ?? '').trim();
  if (looksLikeAgency(lastLine) && (lastLine === agencyName.trim() || SIGNING_OFFICE.test(lastLine))) {
    paragraphs.pop();
    return { signatory: lastLine, date: '', dateText: '', after: [] };
  }
  return { signatory: '', date: '', dateText: '', after: [] };
}
