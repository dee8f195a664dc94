// Files the importer must refuse, each with its reason, and files it must read although their
// name or encoding is unusual.
import fs from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gb18030 } from '../ledger/fixtures/gb18030';
import { MAX_FILE_BYTES, readReportFile } from './read-report-file';
import { MAX_UNZIPPED_BYTES } from './unzip-docx';

const EXAMPLES = new URL('../../template/fixtures/examples/', import.meta.url);
const example = (name: string) => fs.readFileSync(new URL(name, EXAMPLES), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

const reasonOf = (name: string, bytes: Uint8Array): string => {
  const r = readReportFile(name, bytes);
  return r.ok ? '(read)' : r.reason;
};

/** An OLE compound file header, as old .doc/.wps files and encrypted .docx files start. */
function compoundFile(extra: readonly number[] = []): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(extra, 1024);
  return bytes;
}

describe('readReportFile refuses what it cannot read, with the reason', () => {
  it('an old .doc and a .wps: save as .docx', () => {
    expect(reasonOf('报告.doc', compoundFile())).toBe(
      '这是旧版 Word 文档（.doc），浏览器无法读取：请在 Word 或 WPS 中另存为 .docx 后再导入',
    );
    expect(reasonOf('报告.wps', compoundFile())).toBe(
      '这是 WPS 文字的旧格式文件（.wps），浏览器无法读取：请在 Word 或 WPS 中另存为 .docx 后再导入',
    );
    // named .docx but an old binary file inside
    expect(reasonOf('报告.docx', compoundFile())).toContain('另存为 .docx');
  });

  it('a PDF: import the Word file or copy the page', () => {
    expect(reasonOf('报告.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(
      'PDF 文件无法读取：其中的表格已变成版面，读不出单元格。请导入报告的 Word 文件（.docx），或在网页上复制报告全文，用“粘贴报告内容”导入',
    );
  });

  it('an encrypted .docx (a package inside a compound file)', () => {
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(reasonOf('报告.docx', compoundFile(name))).toBe(
      '文件设有打开密码（已加密），无法读取：请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入',
    );
  });

  it('a damaged .docx: a zip cut short, or not a zip at all', () => {
    const zip = zipSync({ 'word/document.xml': utf8('<w:document/>'.repeat(100)) });
    expect(reasonOf('报告.docx', zip.subarray(0, zip.length - 30))).toContain('文件已损坏');
    expect(reasonOf('报告.docx', utf8('这不是压缩包'))).toContain('文件已损坏');
  });

  it('a zip bomb: what it would inflate to is refused before inflating', () => {
    // 60 MB of zeros compress to ~60 KB
    const bomb = zipSync(
      {
        '[Content_Types].xml': utf8('<Types/>'),
        'word/document.xml': new Uint8Array(MAX_UNZIPPED_BYTES + 10 * 1024 * 1024),
      },
      // Zeros shrink by deflate's most (about 1,000 to 1) at any level; the fastest is enough.
      { level: 1 },
    );
    expect(bomb.length).toBeLessThan(200_000);
    expect(reasonOf('报告.docx', bomb)).toBe(
      '文件解压后超过 50 MB，不像是一份年度报告（可能是恶意构造的压缩文件），已拒绝读取',
    );
  }, 30_000);

  it('a zip that is not a Word document', () => {
    expect(reasonOf('表格.xlsx', zipSync({ 'xl/workbook.xml': utf8('<workbook/>') }))).toBe(
      '这是 Excel 表格文件，不是报告文档：请导入报告的 Word 文件（.docx）',
    );
    expect(reasonOf('报告.docx', zipSync({ 'a.txt': utf8('x') }))).toBe(
      '这个压缩文件里没有 Word 文档的正文，不是 .docx 文件，无法读取',
    );
  });

  it('a Word file and a page with no table of the report', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('某镇2021年政府信息公开工作年度报告'),
            new Paragraph('一、总体情况'),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('栏目')] }),
                    new TableCell({ children: [new Paragraph('34')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const reason = reasonOf('报告.docx', new Uint8Array(await Packer.toBuffer(document)));
    expect(reason).toContain('没有认出年度报告的表格');
    expect(reasonOf('报告.html', utf8('<p>一、总体情况</p><p>本年度我镇……</p>'))).toContain(
      '没有认出年度报告的表格',
    );
  });

  it('an empty file, a file too large, other kinds of file', () => {
    expect(reasonOf('报告.docx', new Uint8Array())).toBe('文件是空的');
    expect(reasonOf('报告.txt', new Uint8Array(MAX_FILE_BYTES + 1))).toContain('文件过大');
    expect(reasonOf('照片.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).toBe(
      '不能导入 .jpg 文件：请选择报告的 Word 文件（.docx）、网页文件（.html）或文本文件（.txt）',
    );
    expect(reasonOf('草稿.json', utf8('{}'))).toBe('这是报告草稿文件（.json）：请用开始页的“导入草稿”打开');
    expect(reasonOf('页面.mht', utf8('MIME-Version: 1.0\r\n'))).toContain('网页档案');
    expect(reasonOf('报告.txt', new Uint8Array([0x41, 0xff, 0xfe, 0xff]))).toContain(
      '无法识别文件的文字编码',
    );
  });
});

describe('readReportFile reads', () => {
  it('a page saved in GBK, by its meta charset, and says which encoding it read', () => {
    const page = example('pingtan-2024.html').replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
    );
    const r = readReportFile('平潭.htm', gb18030(page));
    expect(r.ok && r.report.encoding).toBe('GBK');
    expect(r.ok && r.report.cells['t3:new:natural']).toMatchObject({ state: 'read', text: '217' });
    expect(r.ok && r.report.notes).toEqual(['文件按 GBK 编码读取']);
  });

  it('text saved by Notepad as ANSI (GB18030) and as Unicode (UTF-16 with a BOM)', () => {
    const text = example('geshan-2021.txt');
    // GB18030 writes &nbsp; in four bytes the test's encoder does not know: a space keeps the test to the point
    const gb = readReportFile('阁山镇.txt', gb18030(text.replace(/\u00a0/g, ' ')));
    expect(gb.ok && gb.report.encoding).toBe('GB18030');
    expect(gb.ok && gb.report.cells['t2:normative:in-force']).toMatchObject({ text: '63' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const le = readReportFile('阁山镇.txt', utf16);
    expect(le.ok && le.report.encoding).toBe('UTF-16LE');
    expect(le.ok && le.report.agencyName.value).toBe('樟树市阁山镇');
  });

  it('a web page an office system saved under .doc, as Word itself would open it', () => {
    const r = readReportFile('平潭.doc', utf8(example('pingtan-2024.html')));
    expect(r.ok && r.report.sourceKind).toBe('html');
  });

  it('the year and office from the file name when the text has no title', () => {
    const text = example('qianhu-2021.txt');
    const r = readReportFile('千户镇人民政府2021年政府信息公开工作年度报告.txt', utf8(text));
    expect(r.ok && r.report.agencyName).toEqual({ value: '千户镇人民政府', foundIn: 'file-name' });
    expect(r.ok && r.report.year).toEqual({ value: 2021, foundIn: 'file-name' });
    expect(r.ok && r.report.fileName).toBe('千户镇人民政府2021年政府信息公开工作年度报告.txt');
  });
});
