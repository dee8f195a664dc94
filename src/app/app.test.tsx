// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderUi } from '../test-support/render';
import { App } from './app.tsx';

test('a first visit shows the start screen with its heading and the 新建 action', async () => {
  await renderUi(<App />);
  // The last route is looked up in IndexedDB first; wait for the start screen.
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('政府信息公开');
  expect(screen.getByRole('button', { name: '新建' })).toBeTruthy();
});
