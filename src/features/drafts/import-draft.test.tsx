// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createReport } from '../../report/create-report';
import { serializeDraft } from '../../report/draft-file';
import type { Report } from '../../report/report-schema';
import { approveReport, submitForReview } from '../../report/review';
import { renderUi, settle } from '../../test-support/render';
import { ImportDraft } from './import-draft';

const report = createReport({
  agencyName: '阁山镇人民政府',
  year: 2025,
  formatId: 'format-2021',
  now: new Date('2026-01-10T01:00:00.000Z'),
});

async function render(existing: readonly Report[], onImport = vi.fn(), onOpenPreview = vi.fn()) {
  const { host } = await renderUi(
    <ImportDraft existingReports={existing} onImport={onImport} onOpenPreview={onOpenPreview} />,
  );
  return { host, onImport, onOpenPreview };
}

async function pick(host: HTMLElement, text: string, name = 'x.json') {
  const input = host.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // file.text() resolves on a later task.
  await settle(20);
}

const click = async (host: HTMLElement, name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  await act(async () => b.click());
};

test('imports a draft file and offers its preview', async () => {
  const { host, onImport, onOpenPreview } = await render([]);
  await pick(host, serializeDraft(report));
  expect(onImport).toHaveBeenCalledWith(report, { replace: false });
  expect(host.querySelector('[role="status"]')?.textContent).toContain('阁山镇人民政府2025年');
  await click(host, '打开预览');
  expect(onOpenPreview).toHaveBeenCalledWith(report);
});

test('refuses a truncated file with the reason and imports nothing', async () => {
  const { host, onImport } = await render([report]);
  const text = serializeDraft(report);
  await pick(host, text.slice(0, text.length / 2), '坏文件.json');
  expect(host.querySelector('[role="alert"]')?.textContent).toMatch(
    /坏文件\.json.*损坏或不完整.*没有任何改动/,
  );
  expect(onImport).not.toHaveBeenCalled();
});

test('asks to replace or keep both when the content differs, showing both versions', async () => {
  const sameYear: Report = {
    ...report,
    id: 'other-id',
    preamble: '本机改过的导语',
    updatedAt: '2026-01-20T02:05:00.000Z',
    review: {
      ...report.review,
      status: 'approved',
      approvedBy: '王芳',
      history: [{ status: 'approved', at: '2026-01-20T02:05:00.000Z', by: '王芳', note: '审核通过' }],
    },
  };
  const { host, onImport } = await render([sameYear]);
  await pick(host, serializeDraft(report));
  const dialog = host.querySelector('[role="alertdialog"]');
  expect(dialog?.textContent).toContain('本机的版本较新');
  const rows = [...(dialog?.querySelectorAll('tbody tr') ?? [])].map((r) =>
    [...r.children].map((c) => c.textContent),
  );
  const local = new Date('2026-01-20T02:05:00.000Z');
  expect(rows[0]).toEqual([
    '本机的报告',
    `${local.getFullYear()}年${local.getMonth() + 1}月${local.getDate()}日 ${String(local.getHours()).padStart(2, '0')}:05`,
    '已审核',
    '王芳',
  ]);
  expect(rows[1]?.slice(2)).toEqual(['草稿', '—']);
  expect(onImport).not.toHaveBeenCalled();
  await click(host, '替换');
  expect(onImport).toHaveBeenCalledWith({ ...report, id: 'other-id' }, { replace: true });
  expect(host.querySelector('[role="status"]')?.textContent).toContain('已导入并替换原有报告');

  await pick(host, serializeDraft(report));
  await click(host, '保留两份');
  const [kept, options] = onImport.mock.calls[1] as [Report, { replace: boolean }];
  expect(options).toEqual({ replace: false });
  expect(kept.id).not.toBe(report.id);
  expect(kept.id).not.toBe('other-id');
  expect(kept.meta.agencyName).toBe('阁山镇人民政府');
  expect(kept.review.history.at(-1)?.note).toContain('并存');
});

test('the answer to a 送审文件 on unchanged content merges the review without asking', async () => {
  const sent = submitForReview(report, '李明', new Date('2026-01-20T01:00:00.000Z'));
  const answer = approveReport(sent, { by: '王芳', now: new Date('2026-01-20T02:00:00.000Z') });
  const { host, onImport } = await render([sent]);
  await pick(host, serializeDraft(answer));
  expect(host.querySelector('[role="alertdialog"]')).toBeNull();
  const [merged, options] = onImport.mock.calls[0] as [Report, { replace: boolean }];
  expect(options).toEqual({ replace: true });
  expect(merged.id).toBe(sent.id);
  expect(merged.review.status).toBe('approved');
  expect(merged.review.approvedBy).toBe('王芳');
  expect(host.querySelector('[role="status"]')?.textContent).toMatch(/已合并审核结果.*王芳.*已审核/);

  // The same file once more: nothing to change, nothing stored.
  await pick(host, serializeDraft(sent));
  expect(onImport).toHaveBeenCalledTimes(1);
  expect(host.querySelector('[role="status"]')?.textContent).toContain('无需导入');
});

test('reads a file dropped on the zone', async () => {
  const { host, onImport } = await render([]);
  const zone = host.querySelector('[data-testid="draft-drop-zone"]') as HTMLElement;
  const file = new File([serializeDraft(report)], 'drop.json', { type: 'application/json' });
  const drop = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
  await act(async () => {
    zone.dispatchEvent(drop);
  });
  await settle(20);
  expect(drop.defaultPrevented).toBe(true);
  expect(onImport).toHaveBeenCalledWith(report, { replace: false });
});
