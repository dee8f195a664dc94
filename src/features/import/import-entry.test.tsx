// @vitest-environment jsdom
// The import starts its readers when the person reaches for it, so the file chosen a moment later
// is read by code already compiled; nothing is read until a file or a paste arrives.
import { fireEvent, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderUi } from '../../test-support/render';
import { ImportEntry } from './import-entry';

it('pointing at, focusing or dragging over the import warms the reader, and reads nothing', async () => {
  const warm = vi.fn();
  const read = vi.fn();
  await renderUi(<ImportEntry onRead={() => undefined} read={read} warm={warm} />);
  const zone = screen.getByRole('region', { name: '导入已有的报告' });
  fireEvent.pointerEnter(zone);
  fireEvent.focus(screen.getByRole('button', { name: '粘贴报告内容' }));
  fireEvent.dragEnter(zone);
  expect(warm).toHaveBeenCalled();
  expect(read).not.toHaveBeenCalled();
});
