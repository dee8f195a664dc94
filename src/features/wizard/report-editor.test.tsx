// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { createReport } from '../../report/create-report';
import { readJournal, writeJournal } from '../../report/edit-journal';
import type { Report } from '../../report/report-schema';
import { StaleRevisionError } from '../../report/save-refusal';
import { fieldDomId } from '../../ui/dom-ids';
import { renderUi } from '../../test-support/render';
import { ReportEditor } from './report-editor';
import type { SaveReport } from './use-autosave';

afterEach(() => {
  localStorage.clear();
});

async function mount(initial: Report, step: 'meta' | 's5' = 'meta', fail?: () => Error) {
  const saved: Report[] = [];
  const { host } = await renderUi(
    <ReportEditor
      initial={initial}
      step={step}
      hrefFor={(s) => `#/r/x/${s}`}
      onStep={() => undefined}
      backHref="#/"
      save={async (r) => {
        if (fail) throw fail();
        saved.push(r);
      }}
    />,
  );
  return { host, saved };
}

function input(id: string): HTMLInputElement | HTMLTextAreaElement {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement))
    throw new Error(`no field ${id}`);
  return el;
}

/** Types as a browser does: the native value setter, then an input event React listens to. */
async function type(id: string, value: string) {
  const el = input(id);
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Lets timers and promises run until `done` holds (the autosave debounce is a real timer). */
async function until(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(done()).toBe(true);
}

/** The editor on a stored report at revision 3, saving through `save`, counting stale refusals. */
async function mountAtRevision(initial: Report, save: SaveReport) {
  const seen = { stale: 0 };
  const rendered = await renderUi(
    <ReportEditor
      initial={initial}
      step="s5"
      hrefFor={(s) => `#/r/x/${s}`}
      onStep={() => undefined}
      backHref="#/"
      revision={3}
      onStale={() => void seen.stale++}
      save={save}
    />,
  );
  return { host: rendered.host, seen };
}

const base = () =>
  createReport({
    agencyName: '千户镇人民政府',
    year: 2021,
    formatId: 'format-2021',
    now: new Date('2022-01-01'),
  });

test('a change is saved, with updatedAt set, and the header says 保存中… then 已保存', async () => {
  const { host, saved } = await mount(base());
  await type(fieldDomId('meta.phone'), '0938-6381001');
  expect(host.querySelector('[role="status"]')?.textContent).toBe('保存中…');
  await until(() => saved.length > 0);
  const last = saved.at(-1);
  expect(last?.meta.phone).toBe('0938-6381001');
  expect((last?.updatedAt ?? '') > '2022-01-01').toBe(true);
  await until(() => (host.querySelector('[role="status"]')?.textContent ?? '').startsWith('已保存'));
});

test('a bad postcode is flagged at the field as typed, and cleared when fixed', async () => {
  const { host } = await mount(base());
  await type(fieldDomId('meta.postcode'), '7416');
  expect(input(fieldDomId('meta.postcode')).getAttribute('aria-invalid')).toBe('true');
  expect(host.textContent).toContain('邮编应为 6 位数字');
  await type(fieldDomId('meta.postcode'), '741600');
  expect(input(fieldDomId('meta.postcode')).getAttribute('aria-invalid')).toBe('false');
  expect(host.textContent).not.toContain('邮编应为 6 位数字');
});

test('the preamble follows the metadata until the clerk edits it', async () => {
  await mount(base());
  await type(fieldDomId('meta.region'), '秦安县');
  await type(fieldDomId('meta.publishUrl'), 'http://www.qinan.gov.cn');
  expect(input(fieldDomId('preamble')).value).toContain('秦安县人民政府门户网站（http://www.qinan.gov.cn）');
  await type(fieldDomId('preamble'), '自己写的引言。');
  await type(fieldDomId('meta.region'), '清水县');
  expect(input(fieldDomId('preamble')).value).toBe('自己写的引言。');
});

test('所属地区 says what it is for: the portal named in the preamble', async () => {
  await mount(base());
  const region = input(fieldDomId('meta.region'));
  const hint = document.getElementById(region.getAttribute('aria-describedby') ?? '');
  expect(hint?.textContent).toContain('引言');
  expect(hint?.textContent).toContain('人民政府门户网站');
});

test('editing an approved report takes it back to 草稿, records why, and says so', async () => {
  const approved: Report = {
    ...base(),
    review: {
      status: 'approved',
      approvedBy: '王主任',
      approvedAt: '2022-01-20T00:00:00.000Z',
      comments: [],
      history: [],
    },
  };
  const { host, saved } = await mount(approved, 's5');
  await type(fieldDomId('s5'), '存在的问题：公开栏更新不及时。');
  await until(() => saved.length > 0);
  const last = saved.at(-1);
  expect(last?.review.status).toBe('draft');
  expect(last?.review.history.at(-1)?.note).toContain('王主任');
  expect(last?.narratives.s5).toBe('存在的问题：公开栏更新不及时。');
  expect(host.textContent).toContain('已回到“草稿”状态');
});

test('a narrative carried over from last year shows a notice until it is edited', async () => {
  const carried: Report = {
    ...base(),
    narratives: { s5: '去年的问题。' },
    carriedOver: { fromYear: 2020, notes: [], staleNarratives: ['s5'] },
  };
  const { host, saved } = await mount(carried, 's5');
  expect(host.textContent).toContain('以下内容沿用上一年度，请修改');
  await type(fieldDomId('s5'), '今年的问题。');
  expect(host.textContent).not.toContain('以下内容沿用上一年度，请修改');
  await until(() => saved.length > 0);
  expect(saved.at(-1)?.carriedOver?.staleNarratives).toEqual([]);
});

test('a failed save says so plainly, offers 导出草稿, and keeps what was typed', async () => {
  const { host } = await mount(base(), 's5', () => new DOMException('full', 'QuotaExceededError'));
  await type(fieldDomId('s5'), '没有保存成功也不能丢。');
  await until(() => host.querySelector('[role="alert"]') !== null);
  const alert = host.querySelector('[role="alert"]');
  expect(alert?.textContent).toContain('存储空间已满');
  expect([...(alert?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['导出草稿']);
  expect(input(fieldDomId('s5')).value).toBe('没有保存成功也不能丢。');
});

test('every change is journalled at once, before the debounced save, and the journal goes once saved', async () => {
  const r = base();
  const { saved } = await mount(r, 's5');
  await type(fieldDomId('s5'), '刚打的字，马上刷新也不丢。');
  // Synchronous: a reload right now reads it back, though IndexedDB has nothing yet.
  expect(saved).toEqual([]);
  expect(readJournal(r.id)?.narratives.s5).toBe('刚打的字，马上刷新也不丢。');
  await until(() => saved.length > 0);
  await until(() => readJournal(r.id) === undefined);
});

test('a journal that a failed save could not store is kept', async () => {
  const r = base();
  await mount(r, 's5', () => new DOMException('full', 'QuotaExceededError'));
  await type(fieldDomId('s5'), '存不进去的内容。');
  await until(() => document.querySelector('[role="alert"]') !== null);
  expect(readJournal(r.id)?.narratives.s5).toBe('存不进去的内容。');
});

test('opened from a newer journal, the report is saved at once without waiting for a keystroke', async () => {
  const r = { ...base(), narratives: { s5: '只在日志里的文字。' } };
  writeJournal(r);
  const saved: Report[] = [];
  await renderUi(
    <ReportEditor
      initial={r}
      step="s5"
      hrefFor={(s) => `#/r/x/${s}`}
      onStep={() => undefined}
      backHref="#/"
      unsavedAtStart
      save={async (x) => void saved.push(x)}
    />,
  );
  await until(() => saved.length > 0);
  expect(saved.at(-1)?.narratives.s5).toBe('只在日志里的文字。');
  await until(() => readJournal(r.id) === undefined);
});

test('invisible direction characters typed or pasted into 机关名称 are dropped from the field and the title', async () => {
  const { host, saved } = await mount(base());
  await type(fieldDomId('meta.agencyName'), '\u202e阁山镇\u200b人民政府\u202c');
  expect(input(fieldDomId('meta.agencyName')).value).toBe('阁山镇人民政府');
  expect(host.querySelector('h1')?.textContent).toBe('阁山镇人民政府2021年政府信息公开工作年度报告');
  await until(() => saved.length > 0);
  expect(saved.at(-1)?.meta.agencyName).toBe('阁山镇人民政府');
});

test('a save refused as stale stops saving, tells the page, and writes no journal over the newer copy', async () => {
  const r = base();
  const attempts: Report[] = [];
  const { host, seen } = await mountAtRevision(r, async (x, expected) => {
    attempts.push(x);
    throw new StaleRevisionError(expected ?? -1, 4);
  });
  await type(fieldDomId('s5'), '冻结后醒来的窗口。');
  await until(() => seen.stale === 1);
  expect(host.querySelector('[role="status"]')?.textContent).toBe('只读');
  localStorage.clear();
  await type(fieldDomId('s5'), '不再保存。');
  await act(() => new Promise((res) => setTimeout(res, 400)));
  expect(attempts).toHaveLength(1);
  expect(readJournal(r.id)).toBeUndefined();
});

test('a full localStorage is said at once, with 导出草稿, and the message goes once the journal writes again', async () => {
  const r = base();
  const { host } = await mount(r, 's5');
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  try {
    await type(fieldDomId('s5'), '空间满了也要提醒。');
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('存储空间已满');
    expect([...(alert?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['导出草稿']);
  } finally {
    Storage.prototype.setItem = setItem;
  }
  await type(fieldDomId('s5'), '空间腾出来了。');
  await until(() => host.querySelector('[role="alert"]') === null);
});

test('a step with open review comments is marked in the step list, and its link says how many', async () => {
  const { returnReport, resolveComment, submitForReview } = await import('../../report/review');
  const { within } = await import('@testing-library/dom');
  const returned = returnReport(submitForReview(base(), '张秘书', new Date('2022-01-02')), {
    by: '李主任',
    now: new Date('2022-01-03'),
    comments: [
      { sectionId: 's3', text: '核对总计' },
      { sectionId: 's3', text: '补充说明' },
      { sectionId: 's5', text: '写具体' },
    ],
  });
  const done = resolveComment(returned, returned.review.comments[2]?.id ?? '');
  const { host } = await mount(done);
  const nav = within(host.querySelector('nav[aria-label="填报步骤"]') as HTMLElement);
  const three = nav.getByRole('link', { name: /^三、收到和处理政府信息公开申请情况 ?（2 条待处理意见）$/ });
  expect(three.textContent).toContain('意见 2');
  // Resolved comments leave no mark.
  const five = nav.getByRole('link', { name: '五、存在的主要问题及改进情况' });
  expect(five.textContent).not.toContain('意见');
});

test('a save still waiting on the store when the next one is due is not taken for another tab’s', async () => {
  const r = base();
  let stored = 3;
  /** The text of section 五 in each save, read when the save starts (as IndexedDB copies it). */
  const saved: string[] = [];
  let release: (() => void) | undefined;
  const { host, seen } = await mountAtRevision(r, async (x, expected) => {
    // The store as storage.ts keeps it: a save names the revision it replaces.
    if (expected !== stored) throw new StaleRevisionError(expected ?? -1, stored);
    // The first save is slow (a busy machine): it ends only when released.
    const text = x.narratives.s5 ?? '';
    if (saved.length === 0) await new Promise<void>((res) => (release = res));
    saved.push(text);
    return ++stored;
  });
  await type(fieldDomId('s5'), '第一句。');
  await until(() => release !== undefined);
  // Typed while the first save waits, and due (after the debounce) before it ends.
  await type(fieldDomId('s5'), '第一句。第二句。');
  await act(() => new Promise((res) => setTimeout(res, 400)));
  release?.();
  await until(() => saved.length === 2);
  expect(seen.stale).toBe(0);
  expect(saved).toEqual(['第一句。', '第一句。第二句。']);
  await until(() => (host.querySelector('[role="status"]')?.textContent ?? '').startsWith('已保存'));
});
