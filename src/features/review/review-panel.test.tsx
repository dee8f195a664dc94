// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { createReport } from '../../report/create-report';
import type { Report } from '../../report/report-schema';
import { returnReport, submitForReview } from '../../report/review';
import { ReviewPanel } from './review-panel';
import { renderUi } from '../../test-support/render';
import { SectionComments } from './section-comments';

const downloads = vi.hoisted(() => [] as { name: string; text: Promise<string> }[]);
vi.mock('../../ui/download-blob', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ name, text: blob.text() }),
}));

const seen: { latest?: Report } = {};
function Harness(props: { readonly initial: Report }) {
  const [report, setReport] = useState(props.initial);
  const onChange = (next: Report) => {
    seen.latest = next;
    setReport(next);
  };
  return (
    <>
      <ReviewPanel report={report} onChange={onChange} hrefFor={(s) => `#/r/x/${s}`} />
      <div data-testid="s5">
        <SectionComments report={report} sectionId="s5" onChange={onChange} />
      </div>
    </>
  );
}

async function render(
  report = createReport({ agencyName: '某镇人民政府', year: 2025, formatId: 'format-2021' }),
): Promise<HTMLElement> {
  return (await renderUi(<Harness initial={report} />)).host;
}

const click = async (host: HTMLElement, name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  await act(async () => b.click());
};

/** Types into a React-controlled field (React listens to the native input event). */
const type = async (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
};

const status = (host: HTMLElement) => host.querySelector('[data-testid="review-status"]')?.textContent;

test('submit with the name of whoever submits, then approve only with a name', async () => {
  const host = await render();
  expect(status(host)).toBe('草稿');
  await click(host, '提交审核');
  expect(status(host)).toBe('草稿'); // asks for the name first
  await type(host.querySelector('form[aria-label="提交审核"] input') as HTMLInputElement, '张秘书');
  await click(host, '确认提交审核');
  expect(status(host)).toBe('待审核');
  expect(host.textContent).toContain('提交人：张秘书');
  expect(seen.latest?.review.history.at(-1)).toMatchObject({ status: 'submitted', by: '张秘书' });
  await click(host, '审核通过');
  await click(host, '确认审核通过');
  expect(host.querySelector('[role="alert"]')?.textContent).toContain('审核人姓名');
  expect(status(host)).toBe('待审核');
  await type(host.querySelector('form input') as HTMLInputElement, '李主任');
  await click(host, '确认审核通过');
  expect(status(host)).toBe('已审核');
  expect(host.textContent).toContain('审核人：李主任');
  expect(seen.latest?.review.approvedBy).toBe('李主任');
});

test('return with a comment on a section, shown at that section until marked as done', async () => {
  const host = await render();
  await click(host, '提交审核');
  await click(host, '确认提交审核');
  await click(host, '退回修改');
  const form = host.querySelector('form') as HTMLFormElement;
  await type(form.querySelector('select') as HTMLSelectElement, 's5');
  await type(form.querySelector('textarea') as HTMLTextAreaElement, '问题写得太笼统');
  await click(host, '确认退回修改');
  expect(status(host)).toBe('退回修改');
  const at = host.querySelector('[data-testid="s5"]') as HTMLElement;
  expect(at.textContent).toContain('问题写得太笼统');
  // The list names the comment's section as a link to it.
  const list = host.querySelector('ul[aria-label="审核意见"]') as HTMLElement;
  const link = list.querySelector('a');
  expect(link?.textContent).toBe('五、存在的主要问题及改进情况');
  expect(link?.getAttribute('href')).toBe('#/r/x/s5');
  await click(at, '标记为已修改');
  expect(seen.latest?.review.comments[0]?.resolved).toBe(true);
  // Still readable, struck through and said to be done, here and in the list; and it can be unmarked.
  expect(at.querySelector('s')?.textContent).toBe('问题写得太笼统');
  expect(at.textContent).toContain('已修改');
  expect(list.querySelector('s')?.textContent).toBe('问题写得太笼统');
  await click(at, '撤销“已修改”');
  expect(at.querySelector('s')).toBeNull();
  await click(at, '标记为已修改');
  await click(host, '提交审核');
  await click(host, '确认提交审核');
  expect(status(host)).toBe('待审核');
  // The supervisor reviewing the resubmission sees it too; the next decision files it away.
  expect(at.querySelector('s')?.textContent).toBe('问题写得太笼统');
  await click(host, '审核通过');
  await type(host.querySelector('form input') as HTMLInputElement, '李主任');
  await click(host, '确认审核通过');
  expect(at.textContent).toBe('');
  expect(host.querySelector('ul[aria-label="审核意见"]')).toBeNull();
  expect(host.textContent).toContain('以往审核中已修改的意见（1 条）');
});

test('a returned report offers the name of whoever submitted it last', async () => {
  const fresh = createReport({ agencyName: '某镇人民政府', year: 2025, formatId: 'format-2021' });
  const submitted = submitForReview(fresh, '张秘书', new Date('2026-01-10T09:00:00+08:00'));
  const returned = returnReport(submitted, {
    by: '李主任',
    now: new Date('2026-01-11T09:00:00+08:00'),
    comments: [{ sectionId: 's5', text: '请写具体' }],
  });
  const host = await render(returned);
  await click(host, '提交审核');
  const name = host.querySelector('form[aria-label="提交审核"] input') as HTMLInputElement;
  expect(name.value).toBe('张秘书');
  await click(host, '取消');
  expect(status(host)).toBe('退回修改');
});

test('a closed form gives the focus back: to its button on 取消, to the new status once done', async () => {
  const host = await render();
  await click(host, '提交审核');
  expect(document.activeElement).toBe(host.querySelector('form[aria-label="提交审核"] input'));
  await click(host, '取消');
  expect(document.activeElement?.textContent).toBe('提交审核');
  await click(host, '提交审核');
  await click(host, '确认提交审核');
  expect(document.activeElement).toBe(host.querySelector('[data-testid="review-status"]'));
  expect(document.activeElement?.textContent).toBe('待审核');
});

test('each step offers the file to send on: 送审 to the supervisor, the result back to the clerk', async () => {
  downloads.length = 0;
  const host = await render();
  await click(host, '提交审核');
  await type(host.querySelector('form[aria-label="提交审核"] input') as HTMLInputElement, '张秘书');
  await click(host, '确认提交审核');
  const offer = () => host.querySelector('[aria-label="发送审核文件"]');
  expect(offer()?.textContent).toContain('请把送审文件发给分管领导审核');
  await click(host, '导出送审文件');
  expect(downloads.at(-1)?.name).toBe('某镇人民政府2025年报告（送审）.json');
  const sent = JSON.parse((await downloads.at(-1)?.text) ?? '') as { report: Report };
  expect(sent.report.review.status).toBe('submitted');
  expect(offer()?.textContent).toContain('已导出“某镇人民政府2025年报告（送审）.json”');

  await click(host, '审核通过');
  expect(offer()).toBeNull();
  await type(host.querySelector('form input') as HTMLInputElement, '李主任');
  await click(host, '确认审核通过');
  expect(offer()?.textContent).toContain('请把审核结果文件发回给提交人');
  await click(host, '导出审核结果文件');
  expect(downloads.at(-1)?.name).toBe('某镇人民政府2025年报告（审核结果）.json');
  const answer = JSON.parse((await downloads.at(-1)?.text) ?? '') as { report: Report };
  expect(answer.report.review.approvedBy).toBe('李主任');
});

test('the comment box and the names hold what the format keeps, and say so at the field', async () => {
  const host = await render(
    submitForReview(
      createReport({ agencyName: '某镇', year: 2025, formatId: 'format-2021' }),
      '张',
      new Date(),
    ),
  );
  await click(host, '退回修改');
  const form = host.querySelector('form') as HTMLFormElement;
  const box = form.querySelector('textarea') as HTMLTextAreaElement;
  const name = form.querySelector('input') as HTMLInputElement;
  expect(box.maxLength).toBe(5000);
  expect(name.maxLength).toBe(60);
  await type(box, '意'.repeat(5000));
  expect(box.getAttribute('aria-describedby')).toBeTruthy();
  expect(form.textContent).toContain('每条修改意见已达到上限 5,000 字');
  await type(name, '李'.repeat(60));
  expect(form.textContent).toContain('审核人姓名已达到上限 60 字');
});

test('a report at 500 comments says so in the return form and refuses more at the button', async () => {
  const submitted = submitForReview(
    createReport({ agencyName: '某镇', year: 2025, formatId: 'format-2021' }),
    '张',
    new Date(),
  );
  const comments = Array.from({ length: 500 }, (_, i) => ({
    id: `c-${i}`,
    sectionId: 's1' as const,
    text: `意见 ${i}`,
    author: '李',
    at: new Date().toISOString(),
    resolved: true,
  }));
  const host = await render({ ...submitted, review: { ...submitted.review, comments } });
  seen.latest = undefined;
  await click(host, '退回修改');
  const form = host.querySelector('form') as HTMLFormElement;
  expect(form.textContent).toContain('审核意见已达上限 500 条');
  expect([...form.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('再加一条意见');
  await type(form.querySelector('textarea') as HTMLTextAreaElement, '再改');
  await click(host, '确认退回修改');
  expect(host.querySelector('[role="alert"]')?.textContent).toContain('不能再添加意见');
  expect(status(host)).toBe('待审核');
  expect(seen.latest).toBeUndefined();
}, 20_000);
