// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../report/report-schema';
import { ExportWordButton } from './export-word-button';
import { sampleReport } from './sample-reports';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
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
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

function render(report: Report): void {
  act(() => root.render(<ExportWordButton getReport={() => report} />));
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

describe('ExportWordButton', { timeout: 30_000 }, () => {
  it('lists the errors and exports nothing when the clerk goes back to editing', () => {
    render(brokenReport());
    act(() => button('导出 Word').click());
    const d = dialog();
    expect(d).not.toBeNull();
    const title = document.getElementById(d?.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toMatch(/^报告中有 [1-9]\d* 处错误$/);
    expect(d?.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(d?.textContent).toContain('自然人');
    act(() => button('返回修改').click());
    expect(dialog()).toBeNull();
    expect(downloads).toHaveLength(0);
  });

  it('exports anyway when asked, as {机关名称}{年度}年政府信息公开工作年度报告.docx', async () => {
    render(brokenReport());
    act(() => button('导出 Word').click());
    act(() => button('仍然导出').click());
    await until(() => downloads.length > 0);
    expect(downloads.map((d) => d.name)).toEqual(['阁山镇人民政府2021年政府信息公开工作年度报告.docx']);
    expect(downloads[0]?.blob.size).toBeGreaterThan(1000);
    expect(dialog()).toBeNull();
  });

  it('exports a report without errors straight away', async () => {
    render(sampleReport('format-2019'));
    act(() => button('导出 Word').click());
    expect(dialog()).toBeNull();
    await until(() => downloads.length > 0);
    expect(downloads.map((d) => d.name)).toEqual(['阁山镇人民政府2020年政府信息公开工作年度报告.docx']);
    expect(document.querySelector('[role="status"]')?.textContent).toContain('已导出');
  });
});
