// @vitest-environment jsdom
// The architectural property behind the typing budget: a keystroke re-renders only the cells
// whose figure or marks change, never the table. Each cell's render is counted by wrapping the
// cell components' render functions (memo's `type`), so the count includes renders caused by the
// live store as well as by a parent.
import { act } from '@testing-library/react';
import { memo, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { beforeEach, expect, it, vi } from 'vitest';
import { createReport } from '../../report/create-report';
import type { Report } from '../../report/report-schema';
import { FORMAT_2021 } from '../../template/format-2021';
import type { TableSpec } from '../../template/spec-types';
import { formatCells } from '../../template/table-cells';
import { cellDomId } from '../../ui/dom-ids';
import { LiveChecks, LiveStoreProvider } from '../../ui/live-checks';
import { LiveStore } from '../../ui/live-store';
import { GridHistoryProvider } from './grid-history';
import { renderUi } from '../../test-support/render';
import { TableGrid } from './table-grid';

const rendered: string[] = [];

vi.mock('./grid-cells', async (importOriginal) => {
  const cells = await importOriginal<typeof import('./grid-cells')>();
  type Props = Parameters<typeof cells.InputCell>[0];
  const counted = (component: unknown) => {
    const render = (component as { readonly type: (props: Props) => ReactNode }).type;
    return memo(function Counted(props: Props) {
      rendered.push(props.cell.id);
      return render(props);
    });
  };
  return { ...cells, InputCell: counted(cells.InputCell), ComputedCell: counted(cells.ComputedCell) };
});

const t3 = FORMAT_2021.sections.find((s) => s.id === 's3')?.table as TableSpec;

function Harness({ children }: { readonly children: ReactNode }) {
  const [store] = useState(() => new LiveStore());
  const form = useForm<Report>({
    defaultValues: createReport({ agencyName: '千户镇人民政府', year: 2021, formatId: 'format-2021' }),
  });
  return (
    <FormProvider {...form}>
      <LiveStoreProvider value={store}>
        <LiveChecks form={form} />
        <GridHistoryProvider>{children}</GridHistoryProvider>
      </LiveStoreProvider>
    </FormProvider>
  );
}

const input = (id: string): HTMLInputElement => {
  const el = document.getElementById(cellDomId(id));
  if (!(el instanceof HTMLInputElement)) throw new Error(`no cell ${id}`);
  return el;
};

/** Types the whole new text of a cell as the browser does: native setter, then `input`. */
async function typeInto(id: string, text: string): Promise<string[]> {
  rendered.length = 0;
  await act(async () => {
    const el = input(id);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return [...new Set(rendered)];
}

/** The totals over a cell, directly or through another total. */
function totalsOver(id: string): Set<string> {
  const out = new Set<string>();
  const add = (part: string) => {
    for (const spec of formatCells(FORMAT_2021).values())
      if (spec.parts.includes(part) && !out.has(spec.id)) {
        out.add(spec.id);
        add(spec.id);
      }
  };
  add(id);
  return out;
}

beforeEach(async () => {
  await renderUi(
    <Harness>
      <TableGrid table={t3} />
    </Harness>,
  );
  await act(async () => input('t3:open:natural').focus());
});

it('a keystroke in table 三 renders only the typed cell and the totals over it, not the table', async () => {
  const allowed = new Set(['t3:open:natural', ...totalsOver('t3:open:natural')]);
  expect(allowed).toContain('t3:open:total');
  expect(allowed).toContain('t3:outcomes-total:natural');

  // The first figure: the cell is no longer blank (its marks change) and its totals get a figure.
  const first = await typeInto('t3:open:natural', '1');
  expect(first).toContain('t3:open:total');
  expect(first.filter((id) => !allowed.has(id))).toEqual([]);
  expect(input('t3:open:total').value).toBe('1');

  // A second digit changes figures only: the typed (uncontrolled) cell does not render again.
  const second = await typeInto('t3:open:natural', '12');
  expect(second).not.toContain('t3:open:natural');
  expect(second).toContain('t3:open:total');
  expect(second.filter((id) => !allowed.has(id))).toEqual([]);
  expect(input('t3:outcomes-total:total').value).toBe('12');
});

it('a keystroke in another row leaves the first row alone', async () => {
  await typeInto('t3:open:natural', '5');
  const other = await typeInto('t3:new:business', '3');
  expect(other).not.toContain('t3:open:natural');
  expect(other).not.toContain('t3:open:total');
  expect(other.length).toBeLessThanOrEqual(1 + totalsOver('t3:new:business').size);
});
