// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test, vi } from 'vitest';
import { UpdateBanner } from './update-banner';
import { UpdatePrompt } from './update-prompt';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(async () => {
  if (root) await act(async () => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function mount(prompt: UpdatePrompt): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<UpdateBanner prompt={prompt} />));
  return host;
}

function button(host: HTMLElement, name: string): HTMLButtonElement {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  return b;
}

test('nothing shows until a new version is waiting; 立即更新 activates it and reloads', async () => {
  const prompt = new UpdatePrompt();
  const activate = vi.fn(async (_reload?: boolean) => undefined);
  prompt.setActivate(activate);
  const host = await mount(prompt);
  expect(host.textContent).toBe('');
  await act(async () => prompt.show());
  expect(host.querySelector('[role="status"]')?.textContent).toContain('有新版本可用');
  await act(async () => button(host, '立即更新').click());
  expect(activate).toHaveBeenCalledWith(true);
  expect(host.textContent).toBe('');
});

test('稍后 hides the banner without updating', async () => {
  const prompt = new UpdatePrompt();
  const activate = vi.fn(async () => undefined);
  prompt.setActivate(activate);
  const host = await mount(prompt);
  await act(async () => prompt.show());
  await act(async () => button(host, '稍后').click());
  expect(host.textContent).toBe('');
  expect(activate).not.toHaveBeenCalled();
});
