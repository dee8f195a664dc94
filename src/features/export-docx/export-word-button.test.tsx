// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../report/report-schema';
import { ExportWordButton } from './export-word-button';
import { renderUi } from '../../test-support/render';
import { sampleReport } from '../../test-support/sample-reports';

let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs; record what would be downloaded instead.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function render(report: Report): Promise<void> {
  await renderUi(<ExportWordButton getReport={() => report} />);
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function dialog(): HTMLElement | null {
  return document.querySelector('[role="dialog"]');
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

/** The sample report with one R3 error: one more application received than handled. */
function brokenReport(): Report {
  const base = sampleReport('format-2021');
  return { ...base, cells: { ...base.cells, 't3:new:natural': '7' } };
}

/** A report the supervisor has approved (已审核). */
function approved(report: Report): Report {
  return {
    ...report,
    review: {
      ...report.review,
      status: 'approved',
      approvedBy: '王五',
      approvedAt: '2022-01-20T09:00:00.000Z',
    },
  };
}

describe('ExportWordButton', { timeout: 30_000 }, () => {
  it('lists the errors and exports nothing when the clerk goes back to editing', async () => {
    await render(brokenReport());
    act(() => button('导出 Word').click());
    const d = dialog();
    expect(d).not.toBeNull();
    const title = document.getElementById(d?.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toMatch(/^报告中有 [1-9]\d* 处错误$/);
    expect(d?.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(d?.textContent).toContain('自然人');
    // A draft: the dialog also says it is not approved.
    expect(d?.textContent).toContain('报告尚未审核通过（当前状态：草稿）');
    act(() => button('返回修改').click());
    expect(dialog()).toBeNull();
    expect(downloads).toHaveLength(0);
  });

  it('exports an approved report with errors anyway when asked, as {机关名称}{年度}年政府信息公开工作年度报告.docx', async () => {
    await render(approved(brokenReport()));
    act(() => button('导出 Word').click());
    expect(dialog()?.textContent).not.toContain('审核');
    act(() => button('仍然导出').click());
    await until(() => downloads.length > 0);
    expect(downloads.map((d) => d.name)).toEqual(['阁山镇人民政府2021年政府信息公开工作年度报告.docx']);
    expect(downloads[0]?.blob.size).toBeGreaterThan(1000);
    expect(dialog()).toBeNull();
  });

  it('says a report without errors is not approved yet, and names the file （送审稿）', async () => {
    const submitted: Report = {
      ...sampleReport('format-2019'),
      review: { ...sampleReport('format-2019').review, status: 'submitted' },
    };
    await render(submitted);
    act(() => button('导出 Word').click());
    const d = dialog();
    const title = document.getElementById(d?.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('报告尚未审核通过');
    expect(d?.textContent).toContain('当前状态：待审核');
    expect(d?.querySelectorAll('li')).toHaveLength(0);
    act(() => button('仍然导出').click());
    await until(() => downloads.length > 0);
    expect(downloads.map((d) => d.name)).toEqual([
      '阁山镇人民政府2020年政府信息公开工作年度报告（送审稿）.docx',
    ]);
  });

  it('exports an approved report without errors straight away', async () => {
    await render(approved(sampleReport('format-2019')));
    act(() => button('导出 Word').click());
    expect(dialog()).toBeNull();
    await until(() => downloads.length > 0);
    expect(downloads.map((d) => d.name)).toEqual(['阁山镇人民政府2020年政府信息公开工作年度报告.docx']);
    expect(document.querySelector('[role="status"]')?.textContent).toContain('已导出');
  });
});
