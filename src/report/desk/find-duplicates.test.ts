import { describe, expect, it } from 'vitest';
import type { DeskEntry } from './desk-entry';
import { deskOffices } from './desk-offices';
import { findDuplicates } from './find-duplicates';
import { entryOf, townReport } from './fixtures/desk-reports';

function duplicates(entries: readonly DeskEntry[]) {
  const { officeOf, offices } = deskOffices(entries);
  return findDuplicates(entries, officeOf, offices);
}

const unreadable = (cell: string) => ({ kind: 'unreadable' as const, cell, message: '无法识别' });

describe('deskOffices', () => {
  it('shows an office by the name its reports use most, and keeps unnamed reports apart', () => {
    const entries = [
      entryOf('a', townReport('阁山镇人民政府', 2021)),
      entryOf('b', townReport('阁山镇', 2022)),
      entryOf('c', townReport('樟树市阁山镇人民政府', 2023)),
      entryOf('d', townReport('阁山镇人民政府', 2024)),
      entryOf('x', townReport('', 2021)),
      entryOf('y', townReport(' ', 2021)),
    ];
    const { offices, officeOf } = deskOffices(entries);
    expect(offices.map((o) => o.name)).toEqual(['（未写机关名称）', '（未写机关名称）', '阁山镇人民政府']);
    expect(new Set(['a', 'b', 'c', 'd'].map((id) => officeOf.get(id))).size).toBe(1);
    expect(officeOf.get('x')).not.toBe(officeOf.get('y'));
  });
});

describe('findDuplicates (重复)', () => {
  it('counts the same office and year once, and a different year or office not at all', () => {
    const entries = [
      entryOf('word', townReport('阁山镇人民政府', 2021), {
        source: { kind: 'docx', fileName: '阁山镇.docx' },
      }),
      entryOf('page', townReport('阁山镇', 2021), { source: { kind: 'html', fileName: '阁山镇.html' } }),
      entryOf('next', townReport('阁山镇人民政府', 2022)),
      entryOf('other', townReport('潘庄镇人民政府', 2021)),
    ];
    const d = duplicates(entries);
    expect(d.kept.map((e) => e.id)).toEqual(['word', 'next', 'other']);
    expect(d.groups).toHaveLength(1);
    expect(d.groups[0]).toMatchObject({
      year: 2021,
      keptId: 'word',
      reason: 'Word 文件的表格结构保留得更完整',
    });
    expect(d.groups[0]?.others).toEqual([{ entryId: 'page', differingCells: [], differingTexts: [] }]);
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({
      ruleId: 'D-duplicate',
      severity: 'warning',
      offices: [{ name: '阁山镇人民政府' }],
      places: [
        { entryId: 'page', year: 2021, cells: [] },
        { entryId: 'word', year: 2021, cells: [] },
      ],
    });
    expect(d.findings[0]?.message).toBe(
      '网页“阁山镇.html”与Word 文件“阁山镇.docx”是同一机关2021年度的报告，按重复计一次，采用后者（Word 文件的表格结构保留得更完整）；两份的表格数字一致',
    );
  });

  it('keeps the copy with fewer unreadable cells, whatever its kind', () => {
    const entries = [
      entryOf('word', townReport('阁山镇人民政府', 2021), { readNotes: [unreadable('t3:new:natural')] }),
      entryOf('text', townReport('阁山镇人民政府', 2021), { source: { kind: 'text', fileName: 'a.txt' } }),
    ];
    expect(duplicates(entries).groups[0]).toMatchObject({ keptId: 'text', reason: '无法识别的单元格较少' });
  });

  it('keeps a draft over a file that was read, and the newer of two drafts', () => {
    const older = { ...townReport('阁山镇人民政府', 2021), updatedAt: '2022-01-05T00:00:00.000Z' };
    const newer = { ...older, updatedAt: '2022-01-09T00:00:00.000Z' };
    const draft = { kind: 'draft' as const, fileName: 'x.json' };
    expect(
      duplicates([entryOf('word', older), entryOf('draft', older, { source: draft })]).groups[0],
    ).toMatchObject({ keptId: 'draft', reason: '草稿数据是报告本身，不经识别' });
    expect(
      duplicates([
        entryOf('old', older, { source: draft }),
        entryOf('new', newer, { source: { kind: 'browser', fileName: '' } }),
      ]).groups[0],
    ).toMatchObject({ keptId: 'new', reason: '保存时间较新' });
  });

  it('keeps the copy with fewer blank cells, then the first brought in; and says which figures differ', () => {
    const full = townReport('阁山镇人民政府', 2021, {
      cells: { 't3:new:natural': '4', 't3:open:natural': '4' },
    });
    const gaps = townReport('阁山镇人民政府', 2021, {
      cells: { 't3:new:natural': '', 't3:open:natural': '3' },
    });
    const d = duplicates([entryOf('gaps', gaps), entryOf('full', full)]);
    expect(d.groups[0]).toMatchObject({ keptId: 'full', reason: '未填的单元格较少' });
    expect(d.groups[0]?.others[0]?.differingCells).toEqual(['t3:new:natural', 't3:open:natural']);
    expect(d.findings[0]?.message).toContain('两份有 2 个单元格的数字不同，请核对哪一份是正式公布的');
    expect(d.findings[0]?.places[0]?.cells).toEqual(['t3:new:natural', 't3:open:natural']);
    const same = duplicates([entryOf('first', full), entryOf('second', full)]);
    expect(same.groups[0]).toMatchObject({ keptId: 'first', reason: '先添加' });
  });

  it('tells texts that differ from texts that differ only in spaces', () => {
    const a = townReport('阁山镇人民政府', 2021, { narratives: { s5: '存在问题：更新不及时。', s6: '无' } });
    const b = townReport('阁山镇人民政府', 2021, {
      narratives: { s5: '存在问题： 更新不及时。\n', s6: '无其他事项' },
    });
    expect(duplicates([entryOf('a', a), entryOf('b', b)]).groups[0]?.others[0]?.differingTexts).toEqual([
      's6',
    ]);
  });
});
