import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImportRequest } from './import-request';

const PINGTAN = new URL('../../../../shared/examples/pingtan-2024.html', import.meta.url);

describe('runImportRequest', () => {
  it('reads a file from its Blob, and reads the same blocks again in a corrected year', async () => {
    const file = new Blob([fs.readFileSync(PINGTAN)]);
    const first = await runImportRequest({ kind: 'file', file, name: 'pingtan-2024.html' });
    if (!first.ok) throw new Error(first.reason);
    expect(first.report.year.value).toBe(2024);
    expect(first.report.cells['t3:new:natural']).toMatchObject({ state: 'read', text: '217' });

    const again = await runImportRequest({ kind: 'recognise', document: first.document, year: 2020 });
    if (!again.ok) throw new Error(again.reason);
    expect(again.report.formatId).toBe('format-2019');
    expect(again.report.year).toEqual({ value: 2020, foundIn: 'text' });
  });

  it('refuses an empty or oversized file by its size, before reading it', async () => {
    const huge = { size: 31 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    expect(await runImportRequest({ kind: 'file', file: huge, name: 'a.docx' })).toEqual({
      ok: false,
      reason: expect.stringContaining('文件过大（31.0 MB）'),
    });
    expect(await runImportRequest({ kind: 'file', file: new Blob([]), name: 'a.docx' })).toEqual({
      ok: false,
      reason: '文件是空的',
    });
  });

  it('says so when the browser cannot read the file', async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as Blob;
    const result = await runImportRequest({ kind: 'file', file: gone, name: 'a.docx' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain('无法读取这个文件');
  });

  it('reads pasted text, and refuses an empty paste', async () => {
    expect(await runImportRequest({ kind: 'paste', text: '  ' })).toMatchObject({ ok: false });
    const pasted = await runImportRequest({
      kind: 'paste',
      html: fs.readFileSync(PINGTAN, 'utf8'),
      text: '',
    });
    expect(pasted.ok && pasted.report.agencyName.value).toBe('平潭综合实验区');
  });
});
