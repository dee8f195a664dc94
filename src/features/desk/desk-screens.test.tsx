// @vitest-environment jsdom
// The desk's screens as an officer reads them, found by role and accessible name: the report list
// (one row per file, counts, 重复), one report opened (its findings, those across reports, the
// report as A4 pages handed in by the app or as its tables), the roll-up (figures named
// "row path / column path", each opening to the offices behind it) and the copied paragraphs shown
// side by side.
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TODAY, entryOf, ownParagraph, townReport } from '../../report/desk/fixtures/desk-reports';
import { reviewDesk, type DeskReview } from '../../report/desk/review-desk';
import type { Report } from '../../report/report-schema';
import { FORMAT_2021 } from '../../template/format-2021';
import { ruleName } from '../../template/rules/rule-names';
import type { FormatId } from '../../template/spec-types';
import { cellLabel, formatCells } from '../../template/table-cells';
import { renderUi } from '../../test-support/render';
import { AcrossFindings } from './across-findings';
import { EntryDetail } from './entry-detail';
import { ReportsTable } from './reports-table';
import { RollUpView, rollUpChoice } from './roll-up-view';

const label = (id: string) => {
  const spec = formatCells(FORMAT_2021).get(id);
  if (!spec) throw new Error(`no cell ${id}`);
  return cellLabel(spec);
};

const COPIED = `${ownParagraph(77)}。`;

/** Each test renders whole screens (the roll-up draws three official tables): seconds on a busy machine. */
const SCREENS = { timeout: 30_000 };

/**
 * A county's desk: 阁山镇 2023 carries 2 requests into 2024 and its 2024 report says none were
 * carried (R5); 店下镇 2024 came as a Word file and as its web page (重复); 溪南镇 2024 copied a
 * paragraph of 阁山镇 2024; 店下镇's total of new requests does not add up.
 */
function deskReview(): DeskReview {
  const geshan2023 = townReport('阁山镇人民政府', 2023, {
    cells: { 't3:new:natural': '2', 't3:carry-forward:natural': '2' },
    narratives: { s5: ownParagraph(1) },
  });
  const geshan2024 = townReport('阁山镇人民政府', 2024, {
    cells: { 't3:new:natural': '1', 't3:open:natural': '1' },
    narratives: { s5: COPIED },
  });
  const dianxia = townReport('店下镇人民政府', 2024, {
    cells: { 't3:new:legal': '3', 't3:open:legal': '3' },
    narratives: { s5: ownParagraph(3) },
  });
  const xinan = townReport('溪南镇人民政府', 2024, { narratives: { s5: COPIED } });
  return reviewDesk(
    [
      entryOf('geshan-2023', geshan2023, { source: { kind: 'docx', fileName: '阁山镇2023年报.docx' } }),
      entryOf('geshan-2024', geshan2024, { source: { kind: 'docx', fileName: '阁山镇2024年报.docx' } }),
      entryOf('dianxia-docx', dianxia, {
        source: { kind: 'docx', fileName: '店下镇2024年报.docx' },
        // The Word table printed a total of new requests that does not add up.
        printedTotals: { 't3:new:total': '5' },
      }),
      entryOf('dianxia-html', dianxia, { source: { kind: 'html', fileName: '店下镇2024年报.html' } }),
      entryOf('xinan-2024', xinan, { source: { kind: 'draft', fileName: '溪南镇2024.json' } }),
    ],
    { today: TODAY },
  );
}

describe('the report list', SCREENS, () => {
  it('has one row per file with office, year, source, counts and what is wrong; a copy says 重复', async () => {
    const review = deskReview();
    const onOpen = vi.fn();
    const onOpinion = vi.fn();
    const onRemove = vi.fn();
    const { user } = await renderUi(
      <ReportsTable review={review} onOpen={onOpen} onRemove={onRemove} onOpinion={onOpinion} />,
    );
    const table = screen.getByRole('table', { name: '报告列表' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const row = (file: string) => {
      const found = rows.find((r) => r.textContent?.includes(file));
      if (!found) throw new Error(`no row of ${file}`);
      return found;
    };
    const cells = (file: string) =>
      within(row(file))
        .getAllByRole('cell')
        .map((c) => c.textContent);

    const geshan = row('阁山镇2024年报.docx');
    expect(within(geshan).getByRole('rowheader').textContent).toBe('阁山镇人民政府');
    expect(cells('阁山镇2024年报.docx').slice(0, 3)).toEqual([
      '2024',
      FORMAT_2021.notice,
      '阁山镇2024年报.docx',
    ]);

    // The counts are the editor's own findings of each report, as the review gives them.
    for (const r of review.entries) {
      const [, , , errors, warnings] = cells(r.entry.source.fileName);
      expect(errors).toBe(String(r.check.errors));
      expect(warnings).toBe(String(r.check.warnings));
    }
    const printedWrong = review.entries.find((r) => r.entry.id === 'dianxia-docx');
    expect(printedWrong?.check.errors).toBeGreaterThan(0);
    expect(cells('阁山镇2023年报.docx')[3]).toBe('0');

    // 店下镇 2024 twice: one row is the copy not counted, said so, and has no 审查意见 of its own.
    const copies = rows.filter((r) => within(r).queryByText('重复'));
    expect(copies).toHaveLength(1);
    const [copy] = copies;
    if (!copy) throw new Error('no copy');
    const kept = review.entries.find(
      (r) => r.entry.id === review.entries.find((e) => e.duplicateOf)?.duplicateOf,
    );
    expect(copy.textContent).toContain(`按“${kept?.entry.source.fileName ?? ''}”计一次`);
    expect(within(copy).queryByRole('button', { name: /^下载审查意见/ })).toBeNull();

    await user.click(within(geshan).getByRole('button', { name: '查看 阁山镇人民政府 2024年度' }));
    expect(onOpen).toHaveBeenCalledWith('geshan-2024');
    await user.click(within(geshan).getByRole('button', { name: '下载审查意见 阁山镇人民政府 2024年度' }));
    expect(onOpinion).toHaveBeenCalledWith(
      review.entries.find((r) => r.entry.id === 'geshan-2024')?.office.id,
      2024,
    );
    await user.click(within(geshan).getByRole('button', { name: '移除 阁山镇人民政府 2024年度' }));
    expect(onRemove).toHaveBeenCalledWith('geshan-2024');
  });
});

describe('a report opened', SCREENS, () => {
  it('shows its findings, those across reports, and the report as A4 pages from the app', async () => {
    const review = deskReview();
    const shown: Report[] = [];
    const renderPreview = (report: Report) => {
      shown.push(report);
      return <p>A4 pages of {report.meta.agencyName}</p>;
    };
    const onBack = vi.fn();
    const { user } = await renderUi(
      <EntryDetail review={review} entryId="geshan-2024" onBack={onBack} renderPreview={renderPreview} />,
    );
    expect(screen.getByRole('heading', { name: '阁山镇人民政府 2024年度' })).toBeTruthy();
    const own = screen.getByRole('region', { name: '本报告的问题' });
    const check = review.entries.find((r) => r.entry.id === 'geshan-2024')?.check;
    expect(within(own).getByRole('heading').textContent).toBe(`本报告的问题（${check?.findings.length}）`);
    // R5 between 2023 and 2024, and the copied paragraph, both concern this report.
    const across = screen.getByRole('region', { name: '跨报告的问题' });
    expect(across.textContent).toContain(ruleName('R5'));
    expect(across.textContent).toContain(ruleName('D-similar'));

    expect(screen.getByRole('button', { name: 'A4 预览' }).getAttribute('aria-pressed')).toBe('true');
    const preview = screen.getByRole('region', { name: '报告预览（只读）' });
    expect(preview.textContent).toBe('A4 pages of 阁山镇人民政府');
    expect(shown.at(-1)?.year).toBe(2024);

    // The tables, as the file gave them, with the figures by "row path / column path".
    await user.click(screen.getByRole('button', { name: '表格与标记' }));
    expect(screen.queryByRole('region', { name: '报告预览（只读）' })).toBeNull();
    const report = screen.getByRole('article', { name: '报告内容（只读）' });
    expect(within(report).getByRole('cell', { name: label('t3:new:natural') }).textContent).toBe('1');
    expect(within(report).getByRole('cell', { name: label('t3:carried:natural') }).textContent).toBe('0');

    await user.click(screen.getByRole('button', { name: '返回报告列表' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('marks the cells of an error and shows the total as printed when no preview is handed in', async () => {
    await renderUi(<EntryDetail review={deskReview()} entryId="dianxia-docx" onBack={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'A4 预览' })).toBeNull();
    const report = screen.getByRole('article', { name: '报告内容（只读）' });
    const total = within(report).getByRole('cell', { name: label('t3:new:total') });
    expect(total.textContent).toBe('5');
    expect(total.className).toContain('bg-red-50');
    expect(screen.getByRole('region', { name: '本报告的问题' }).textContent).toContain('错误');
  });
});

/** The roll-up with its 年度 and format held as the desk page holds them. */
function RollUp({ review }: { readonly review: DeskReview }) {
  const [chosen, setChosen] = useState<{ readonly year?: number; readonly formatId?: FormatId }>({});
  return <RollUpView review={review} choice={rollUpChoice(review, chosen)} onChoice={setChosen} />;
}

describe('the roll-up', SCREENS, () => {
  it('sums the reports counted cell for cell, each figure named and opening to its offices', async () => {
    const review = deskReview();
    const { user } = await renderUi(<RollUp review={review} />);
    const year = screen.getByRole('combobox', { name: '年度' });
    expect((year as HTMLSelectElement).value).toBe('2024');
    // 2024: 阁山镇 1 natural person; 店下镇 3 legal persons, its two copies counted once.
    const figure = (id: string) => screen.getByRole('cell', { name: label(id) });
    expect(figure('t3:new:natural').textContent).toBe('1');
    expect(figure('t3:new:legal').textContent).toBe('3');
    expect(figure('t3:new:total').textContent).toBe('4');
    expect(screen.getByText(/共汇总 3 份报告/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `${label('t3:new:total')}：4，查看各单位构成` }));
    const dialog = screen.getByRole('dialog', { name: label('t3:new:total') });
    const parts = within(dialog).getByRole('table', { name: '各单位构成' });
    const rows = within(parts).getAllByRole('row').slice(1);
    expect(
      rows.map((r) => [
        within(r).getByRole('rowheader').textContent,
        within(r).getAllByRole('cell')[0]?.textContent,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['阁山镇人民政府', '1'],
        ['店下镇人民政府', '3'],
        ['溪南镇人民政府', '0'],
      ]),
    );
    expect(rows).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    // Another year, another sum: 2023 has 阁山镇 alone.
    await user.selectOptions(year, '2023');
    expect(figure('t3:new:natural').textContent).toBe('2');
    expect(figure('t3:new:total').textContent).toBe('2');
    expect(screen.getByText(/共汇总 1 份报告/)).toBeTruthy();
  });
});

describe('findings across reports', SCREENS, () => {
  it('shows a copied paragraph as a pair side by side, and the 结转 break by office', async () => {
    const review = deskReview();
    await renderUi(<AcrossFindings review={review} expected={undefined} onExpected={() => undefined} />);
    const carry = screen.getByRole('region', { name: ruleName('R5') });
    const breaks = within(carry).getAllByRole('listitem');
    expect(breaks).toHaveLength(1);
    expect(breaks[0]?.textContent).toContain('阁山镇人民政府');

    const similar = screen.getByRole('region', { name: ruleName('D-similar') });
    const pairs = within(similar).getAllByRole('group', { name: '雷同段落对照' });
    expect(pairs).toHaveLength(1);
    const sides = within(pairs[0] as HTMLElement).getAllByRole('figure');
    expect(sides).toHaveLength(2);
    const captions = sides.map((f) => f.querySelector('figcaption')?.textContent ?? '');
    expect(captions.some((c) => c.startsWith('阁山镇人民政府 2024年度'))).toBe(true);
    expect(captions.some((c) => c.startsWith('溪南镇人民政府 2024年度'))).toBe(true);
    for (const side of sides) expect(side.querySelector('blockquote')?.textContent).toBe(COPIED);
  });
});
