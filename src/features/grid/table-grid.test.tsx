// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { useEffect, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { createReport } from '../../report/create-report';
import type { Report } from '../../report/report-schema';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { cellLabel, formatTables, tableCells } from '../../template/table-cells';
import type { TableSpec } from '../../template/spec-types';
import { cellDomId } from '../../ui/dom-ids';
import { LiveChecks, LiveStoreProvider } from '../../ui/live-checks';
import { LiveStore } from '../../ui/live-store';
import { GridHistoryProvider } from './grid-history';
import { renderUi, type Rendered } from '../../test-support/render';
import { TableGrid } from './table-grid';

const t3 = FORMAT_2021.sections.find((s) => s.id === 's3')?.table as TableSpec;
const t2 = FORMAT_2021.sections.find((s) => s.id === 's2')?.table as TableSpec;

let shown: Rendered | undefined;
let form: ReturnType<typeof useForm<Report>> | undefined;

function Harness({ children }: { readonly children: ReactNode }) {
  const [store] = useState(() => new LiveStore());
  const f = useForm<Report>({
    defaultValues: createReport({ agencyName: '千户镇人民政府', year: 2021, formatId: 'format-2021' }),
  });
  useEffect(() => {
    form = f;
  });
  return (
    <FormProvider {...f}>
      <LiveStoreProvider value={store}>
        <LiveChecks form={f} />
        <GridHistoryProvider>{children}</GridHistoryProvider>
      </LiveStoreProvider>
    </FormProvider>
  );
}

async function render(
  table: TableSpec,
  onShowRows?: (cellId: string) => void,
  allTables?: readonly TableSpec[],
): Promise<void> {
  const ui = (
    <Harness>
      <TableGrid table={table} onShowRows={onShowRows} allTables={allTables} />
    </Harness>
  );
  // A second table in the same test replaces the first under the same form, as the editor does.
  if (shown) {
    shown.rerender(ui);
    await act(async () => undefined);
  } else shown = await renderUi(ui);
}

const cell = (id: string): HTMLInputElement => {
  const el = document.getElementById(cellDomId(id));
  if (!(el instanceof HTMLInputElement)) throw new Error(`no cell ${id}`);
  return el;
};
const byName = (name: string): HTMLInputElement => {
  const el = [...document.querySelectorAll('input')].find((i) => i.getAttribute('aria-label') === name);
  if (!el) throw new Error(`no input named ${name}`);
  return el;
};
const status = (): string => document.querySelector('[role="status"]')?.textContent ?? '';

async function focus(el: HTMLInputElement): Promise<void> {
  await act(async () => el.focus());
}

/** Types as a person does: replaces the selection (the whole text in navigate mode) or appends. */
async function type(el: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    const next = el.value.slice(0, start) + text + el.value.slice(end);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, next);
    el.setSelectionRange(start + text.length, start + text.length);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(el: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    const ev = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    el.dispatchEvent(ev);
    // What the browser would do for a key the grid leaves alone: Tab moves on, others type.
  });
}

async function paste(el: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    const ev = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'clipboardData', {
      value: { getData: (type: string) => (type === 'text/plain' ? text : '<table></table>') },
    });
    el.dispatchEvent(ev);
  });
}

afterEach(() => {
  form = undefined;
  shown = undefined;
});

describe('TableGrid', () => {
  it('draws table 三 with the printed merges and names every data cell by its row and column path', async () => {
    await render(t3);
    const named = byName('三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 法人或其他组织 / 商业企业');
    expect(named.id).toBe(cellDomId('t3:withheld-1:business'));
    expect(byName('三、本年度办理结果 / （七）总计 / 总计').readOnly).toBe(true);
    expect(byName('一、本年新收政府信息公开申请数量 / 自然人').readOnly).toBe(false);
    const header = [...document.querySelectorAll('th')].find((th) => th.textContent === '法人或其他组织');
    expect(header?.getAttribute('colspan')).toBe('5');
    expect(header?.getAttribute('scope')).toBe('colgroup');
    const outcomes = [...document.querySelectorAll('th')].find(
      (th) => th.textContent === '三、本年度办理结果',
    );
    expect(Number(outcomes?.getAttribute('rowspan'))).toBeGreaterThan(10);
  });

  it('updates the total as the clerk types, and Enter commits, normalises and moves down', async () => {
    await render(t3);
    const natural = cell('t3:new:natural');
    await focus(natural);
    await type(natural, '1');
    // Live, before the edit is committed.
    expect(cell('t3:new:total').value).toBe('1');
    await type(natural, '，２00');
    await press(natural, 'Enter');
    expect(natural.value).toBe('1200');
    expect(form?.getValues('cells.t3:new:natural' as 'cells')).toBe('1200');
    expect(document.activeElement).toBe(cell('t3:carried:natural'));
    await focus(cell('t3:new:business'));
    await type(cell('t3:new:business'), '3');
    await press(cell('t3:new:business'), 'Tab');
    expect(cell('t3:new:total').value).toBe('1203');
    expect(document.activeElement).toBe(cell('t3:new:research'));
  });

  it('replaces the content when typing in navigate mode and restores it with Esc', async () => {
    await render(t3);
    const c = cell('t3:new:natural');
    await focus(c);
    await type(c, '5');
    await press(c, 'Tab');
    await focus(c);
    await type(c, '8');
    expect(c.value).toBe('8');
    await press(c, 'Escape');
    expect(c.value).toBe('5');
    expect(form?.getValues('cells.t3:new:natural' as 'cells')).toBe('5');
  });

  it('moves with arrows in navigate mode, and left/right only at the caret edge while editing', async () => {
    await render(t3);
    const c = cell('t3:new:business');
    await focus(c);
    await press(c, 'ArrowRight');
    expect(document.activeElement).toBe(cell('t3:new:research'));
    const r = cell('t3:new:research');
    await press(r, 'F2');
    await type(r, '12');
    r.setSelectionRange(1, 1);
    await press(r, 'ArrowLeft');
    expect(document.activeElement).toBe(r);
    r.setSelectionRange(0, 0);
    await press(r, 'ArrowLeft');
    expect(document.activeElement).toBe(c);
    await press(c, 'ArrowDown');
    expect(document.activeElement).toBe(cell('t3:carried:business'));
    // Enter that confirms an input method's candidate does not move the clerk on.
    await press(cell('t3:carried:business'), 'Enter', { isComposing: true });
    expect(document.activeElement).toBe(cell('t3:carried:business'));
  });

  it('keeps an invalid value, marks the cell and describes the problem', async () => {
    await render(t3);
    const c = cell('t3:new:natural');
    await focus(c);
    await type(c, '无');
    await press(c, 'Enter');
    expect(c.value).toBe('无');
    expect(c.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(c.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('“无”不是数字');
  });

  it('marks every cell of an R3 break (一 + 二 ≠ 三（七） + 四)', async () => {
    await render(t3);
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === '未填单元格填 0');
    await act(async () => button?.click());
    expect(cell('t3:new:natural').getAttribute('aria-invalid')).toBeNull();
    for (const [id, v] of [
      ['t3:new:natural', '5'],
      ['t3:open:natural', '3'],
    ] as const) {
      await focus(cell(id));
      await type(cell(id), v);
      await press(cell(id), 'Enter');
    }
    expect(cell('t3:new:natural').getAttribute('aria-invalid')).toBe('true');
    expect(cell('t3:carry-forward:natural').getAttribute('aria-invalid')).toBe('true');
    expect(cell('t3:outcomes-total:natural').getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(cell('t3:new:natural').getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('自然人列');
    // A column that balances is not marked.
    expect(cell('t3:new:business').getAttribute('aria-invalid')).toBeNull();
  });

  it('pastes a block, skips totals, and undoes and redoes the whole paste as one step', async () => {
    await render(t3);
    const start = cell('t3:new:other');
    await focus(start);
    await paste(start, '4\t99\r\n5\t99\r\n');
    expect(cell('t3:new:other').value).toBe('4');
    expect(cell('t3:carried:other').value).toBe('5');
    expect(cell('t3:new:total').value).toBe('4');
    expect(status()).toContain('已粘贴 2 个单元格');
    expect(status()).toContain('总计');
    await press(start, 'z', { ctrlKey: true });
    expect(cell('t3:new:other').value).toBe('');
    expect(cell('t3:carried:other').value).toBe('');
    expect(cell('t3:new:total').value).toBe('');
    await press(document.activeElement ?? start, 'y', { ctrlKey: true });
    expect(cell('t3:carried:other').value).toBe('5');
  });

  it('refuses a block holding a word and writes nothing', async () => {
    await render(t2);
    const c = byName('第二十条第（五）项 / 行政许可 / 本年处理决定数量');
    await focus(c);
    await paste(c, '无\n');
    expect(c.value).toBe('');
    expect(status()).toMatch(/“无”不是数字.*（行政许可 \/ 本年处理决定数量）/);
  });

  it('fills every empty typed cell with 0 as one undo step', async () => {
    await render(t2);
    const first = byName('第二十条第（一）项 / 规章 / 本年制发件数');
    await focus(first);
    await type(first, '2');
    await press(first, 'Enter');
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === '未填单元格填 0');
    await act(async () => {
      button?.focus();
      button?.click();
    });
    expect(first.value).toBe('2');
    expect(byName('第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）').value).toBe('0');
    // Ctrl+Z right after the button, with the focus still on it.
    await press(button as HTMLButtonElement, 'z', { ctrlKey: true });
    expect(byName('第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）').value).toBe('');
    expect(first.value).toBe('2');
  });

  it('fills the empty cells of every table at once, as one undo step, for a year with nothing to count', async () => {
    const t4 = FORMAT_2021.sections.find((s) => s.id === 's4')?.table as TableSpec;
    await render(t3, undefined, [t2, t3, t4]);
    const natural = cell('t3:new:natural');
    await focus(natural);
    await type(natural, '1');
    await press(natural, 'Enter');
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === '全部表格未填处填 0',
    );
    await act(async () => button?.click());
    const values = form?.getValues('cells') ?? {};
    const typed = [t2, t3, t4].flatMap((t) => tableCells(t).filter((c) => !c.computed));
    expect(typed.filter((c) => values[c.id] !== '0').map((c) => c.id)).toEqual(['t3:new:natural']);
    expect(values['t3:new:natural']).toBe('1');
    expect(status()).toMatch(/^已在 3 张表格的 \d+ 个未填单元格填 0/);
    await press(button as HTMLButtonElement, 'z', { ctrlKey: true });
    expect(form?.getValues('cells')['t4:all:review-total'] ?? '').toBe('');
    expect(form?.getValues('cells')['t2:regulation:issued'] ?? '').toBe('');
    expect(cell('t3:new:natural').value).toBe('1');
  });

  it('gives each table fresh inputs, so figures never leak from one table into the next', async () => {
    await render(t3);
    // 予以公开 / 自然人 sits at the same place in the markup as 规章 / 现行有效件数 of section 二.
    const c = cell('t3:open:natural');
    await focus(c);
    await type(c, '9');
    await press(c, 'Enter');
    await render(t2);
    for (const input of document.querySelectorAll('input')) expect(input.value).toBe('');
    expect(form?.getValues('cells.t2:regulation:in-force' as 'cells') ?? '').toBe('');
    expect(form?.getValues('cells.t3:open:natural' as 'cells')).toBe('9');
  });

  it.each([FORMAT_2019, FORMAT_2021].flatMap((f) => formatTables(f).map((t) => [f.id, t.id, t] as const)))(
    '%s %s: one input per data cell, named by cellLabel, totals read-only',
    async (_format, _table, table) => {
      await render(table);
      const inputs = [...document.querySelectorAll('table input')] as HTMLInputElement[];
      const cells = tableCells(table);
      expect(inputs.map((i) => i.getAttribute('aria-label'))).toEqual(cells.map((c) => cellLabel(c)));
      expect(inputs.map((i) => i.readOnly)).toEqual(cells.map((c) => c.computed));
      expect(inputs.map((i) => i.id)).toEqual(cells.map((c) => cellDomId(c.id)));
      const unit = cells.findIndex((c) => c.kind === 'amount-with-unit');
      if (unit >= 0) expect(inputs[unit]?.inputMode).toBe('text');
    },
  );

  describe('while the table follows the ledger', () => {
    it('shows every figure read-only, and Enter or a double click asks for the rows behind it', async () => {
      const asked: string[] = [];
      await render(t3, (id) => asked.push(id));
      await act(async () => form?.setValue('cells.t3:open:natural' as 'cells', '2' as never));
      const inputs = [...document.querySelectorAll('table input')] as HTMLInputElement[];
      expect(inputs.length).toBe(tableCells(t3).length);
      expect(inputs.every((i) => i.readOnly)).toBe(true);
      const open = cell('t3:open:natural');
      expect(open.value).toBe('2');
      await focus(open);
      await press(open, 'Enter');
      await act(async () => open.dispatchEvent(new MouseEvent('dblclick', { bubbles: true })));
      expect(asked).toEqual(['t3:open:natural', 't3:open:natural']);
      // Enter opened the rows; it did not move on as in a typed table.
      expect(document.activeElement).toBe(open);
      expect(document.body.textContent).not.toContain('未填单元格填 0');
    });

    it('refuses a paste and an undo, writing nothing', async () => {
      await render(t3, () => undefined);
      const first = cell('t3:new:natural');
      await focus(first);
      await paste(first, '4\t5\r\n');
      expect(status()).toContain('不使用台账');
      expect(form?.getValues('cells.t3:new:natural' as 'cells') ?? '').toBe('');
      await press(first, 'z', { ctrlKey: true });
      expect(status()).toContain('按台账计算');
    });
  });
});
