// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { App } from './app.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

test('a first visit shows the start screen with its heading and the 新建 action', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<App />));
  // The last route is looked up in IndexedDB first; wait for the start screen.
  for (let i = 0; i < 50 && !host.querySelector('h1'); i++) {
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  expect(host.querySelector('h1')?.textContent).toContain('政府信息公开');
  expect([...host.querySelectorAll('button')].some((b) => b.textContent === '新建')).toBe(true);
  await act(async () => root.unmount());
});
