// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createReport } from '../../report/create-report';
import type { Report } from '../../report/report-schema';
import { createNextYearReport } from '../../report/next-year-report';
import { FORMAT_2021 } from '../../template/format-2021';
import { renderUi } from '../../test-support/render';
import { ReportPreview } from './report-preview';

async function render(ui: React.ReactNode): Promise<HTMLElement> {
  return (await renderUi(ui)).host;
}

function sample(): Report {
  const r = createReport({
    agencyName: '阁山镇人民政府',
    year: 2025,
    formatId: 'format-2021',
    now: new Date('2026-01-05T00:00:00Z'),
    meta: { signDate: '2026-01-21' },
  });
  return {
    ...r,
    narratives: { 's1-intro': '第一段。\n\n第二段<b>不是标签</b>。', s5: '问题和改进。' },
    cells: { 't3:new:natural': '3', 't3:new:business': '1', 't3:carry-forward:natural': 'x' },
  };
}

test('shows the title, the six sections, paragraphs, computed totals, signature and date', async () => {
  const host = await render(<ReportPreview report={sample()} />);
  const article = host.querySelector('article');
  expect(article?.querySelector('h2')?.textContent).toBe('阁山镇人民政府2025年政府信息公开工作年度报告');
  expect([...(article?.querySelectorAll('h3') ?? [])].map((h) => h.textContent)).toEqual(
    FORMAT_2021.sections.map((s) => s.title),
  );
  const paragraphs = [...(article?.querySelectorAll('p.rp-p') ?? [])].map((p) => p.textContent);
  expect(paragraphs).toContain('第一段。');
  // Text is text: markup typed by the clerk is shown, never interpreted.
  expect(paragraphs).toContain('第二段<b>不是标签</b>。');
  expect(article?.querySelector('b')).toBeNull();
  // R1 total computed from the parts; a wrong entry is shown as typed.
  expect(article?.querySelector('[data-cell="t3:new:total"]')?.textContent).toBe('4');
  expect(article?.querySelector('[data-cell="t3:carry-forward:natural"]')?.textContent).toBe('x');
  // Table 三 keeps its merges: 三、本年度办理结果 spans 22 rows in format 2021.
  const spans = [...(article?.querySelectorAll('th[rowspan]') ?? [])].map((c) =>
    Number(c.getAttribute('rowspan')),
  );
  expect(spans).toContain(22);
  const signs = [...(article?.querySelectorAll('.rp-sign') ?? [])].map((p) => p.textContent);
  expect(signs).toEqual(['阁山镇人民政府', '2026年1月21日']);
});

test('the banner counts errors and warnings and each finding goes to its place', async () => {
  const onGo = vi.fn();
  const host = await render(<ReportPreview report={sample()} onGoToFinding={onGo} />);
  const summary = host.querySelector('[role="status"]')?.textContent ?? '';
  expect(summary).toMatch(/错误 \d+ 处，提醒 \d+ 处/);
  const link = [...host.querySelectorAll('section[aria-label="检查结果"] a')].find((a) =>
    a.getAttribute('href')?.includes('cell-t3-carry-forward-natural'),
  );
  expect(link).toBeDefined();
  await act(async () => (link as HTMLAnchorElement).click());
  expect(onGo).toHaveBeenCalledWith(expect.objectContaining({ cells: ['t3:carry-forward:natural'] }));
});

test('zoom goes from 50 % to 200 % and is applied to the sheet', async () => {
  const host = await render(<ReportPreview report={sample()} />);
  const sheet = host.querySelector('article') as HTMLElement;
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  for (let i = 0; i < 5; i++) await act(async () => button('放大')?.click());
  expect(sheet.style.zoom).toBe('2');
  expect(button('放大')?.disabled).toBe(true);
  for (let i = 0; i < 5; i++) await act(async () => button('缩小')?.click());
  expect(sheet.style.zoom).toBe('0.5');
  expect(button('缩小')?.disabled).toBe(true);
});

test("a report made from last year's says what was carried over and marks last year's text", async () => {
  const last = createReport({ agencyName: '潘庄镇人民政府', year: 2020, formatId: 'format-2019' });
  const { report, notes } = createNextYearReport({ ...last, narratives: { s5: '上年的问题。' } } as Report, {
    now: new Date('2021-12-20T00:00:00Z'),
  });
  const host = await render(<ReportPreview report={report} />);
  const aside = host.querySelector('aside[aria-label="由上年度报告生成"]');
  expect(aside?.textContent).toContain('本报告由2020年度报告生成');
  expect([...(aside?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(notes);
  expect(host.querySelector('.rp-stale')?.textContent).toContain('上年度的文字');
});

test('a pane narrower than the page shows the pages 适合宽度 until another zoom is chosen', async () => {
  const spy = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('rp-viewport') ? 600 : 0;
  });
  try {
    const host = await render(<ReportPreview report={sample()} />);
    const sheet = host.querySelector('article') as HTMLElement;
    const select = host.querySelector('select[aria-label="缩放比例"]') as HTMLSelectElement;
    // 600 px of a 793.7 px page (210 mm at 96 dpi): 75 %.
    expect(select.value).toBe('fit');
    expect(select.selectedOptions[0]?.textContent).toBe('适合宽度（75%）');
    expect(sheet.style.zoom).toBe('0.75');
    await act(async () =>
      [...host.querySelectorAll('button')].find((b) => b.textContent === '放大')?.click(),
    );
    expect(select.value).toBe('100');
    expect(sheet.style.zoom).toBe('1');
  } finally {
    spy.mockRestore();
  }
});

test('the report is on numbered pages', async () => {
  const host = await render(<ReportPreview report={sample()} />);
  const pages = host.querySelectorAll('article [role="group"]');
  // jsdom lays nothing out, so everything is on one page; the browser splits (e2e/review.spec.ts).
  expect([...pages].map((p) => p.getAttribute('aria-label'))).toEqual(['第 1 页']);
  expect(pages[0]?.querySelector('.rp-page-number-odd')?.textContent).toBe('— 1 —');
});

test('a resubmitted report marks the cells and paragraphs changed since the last review, with a legend', async () => {
  const { returnReport, submitForReview } = await import('../../report/review');
  const returned = returnReport(submitForReview(sample(), '张秘书', new Date('2026-01-10T02:00:00Z')), {
    by: '李主任',
    now: new Date('2026-01-11T02:00:00Z'),
    comments: [{ sectionId: 's5', text: '写具体' }],
  });
  const edited: Report = {
    ...returned,
    cells: { ...returned.cells, 't3:new:natural': '5' },
    narratives: { ...returned.narratives, s5: '问题和改进。\n新写的改进措施。' },
  };
  // While it is back with the clerk nothing is marked: the marks are for the review.
  const before = await render(<ReportPreview report={edited} />);
  expect(before.querySelector('.rp-changed')).toBeNull();
  before.remove();

  const host = await render(
    <ReportPreview report={submitForReview(edited, '张秘书', new Date('2026-01-12T02:00:00Z'))} />,
  );
  const article = host.querySelector('article') as HTMLElement;
  const legend = host.querySelector('aside[aria-label="自上次审核后的修改"]');
  expect(legend?.textContent).toContain('自上次审核后已修改');
  expect(legend?.textContent).toContain('1 个单元格，1 段文字');
  const cell = article.querySelector('[data-cell="t3:new:natural"]') as HTMLElement;
  expect(cell.classList.contains('rp-changed')).toBe(true);
  const note = document.getElementById(cell.getAttribute('aria-describedby') ?? '');
  expect(note?.textContent).toBe('自上次审核后已修改');
  // The total follows its parts but was not typed: only the typed figure is marked.
  expect(article.querySelector('[data-cell="t3:new:business"]')?.classList.contains('rp-changed')).toBe(
    false,
  );
  const marked = [...article.querySelectorAll('p.rp-changed')].map((p) => p.textContent);
  expect(marked).toEqual(['新写的改进措施。']);
  expect(article.querySelector('p.rp-changed')?.getAttribute('aria-describedby')).toBe(note?.id);
}, 20_000);
