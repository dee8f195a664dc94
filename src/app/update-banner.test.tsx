// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { renderUi } from '../test-support/render';
import { UpdateBanner } from './update-banner';
import { UpdatePrompt } from './update-prompt';

test('nothing shows until a new version is waiting; 立即更新 activates it and reloads', async () => {
  const prompt = new UpdatePrompt();
  const activate = vi.fn(async (_reload?: boolean) => undefined);
  prompt.setActivate(activate);
  const { host, user } = await renderUi(<UpdateBanner prompt={prompt} />);
  expect(host.textContent).toBe('');
  await act(async () => prompt.show());
  expect(screen.getByRole('status').textContent).toContain('有新版本可用');
  await user.click(screen.getByRole('button', { name: '立即更新' }));
  expect(activate).toHaveBeenCalledWith(true);
  expect(host.textContent).toBe('');
});

test('稍后 hides the banner without updating', async () => {
  const prompt = new UpdatePrompt();
  const activate = vi.fn(async () => undefined);
  prompt.setActivate(activate);
  const { host, user } = await renderUi(<UpdateBanner prompt={prompt} />);
  await act(async () => prompt.show());
  await user.click(screen.getByRole('button', { name: '稍后' }));
  expect(host.textContent).toBe('');
  expect(activate).not.toHaveBeenCalled();
});

test('only the tab that chose 立即更新 reloads; another takes the new version on its next navigation', async () => {
  const asking = new UpdatePrompt();
  const other = new UpdatePrompt();
  const reloads = { asking: 0, other: 0 };
  asking.reload = () => void reloads.asking++;
  other.reload = () => void reloads.other++;
  asking.setActivate(async () => undefined);
  asking.show();
  other.show();
  await asking.update();
  // The new worker takes control of both tabs.
  asking.controlling();
  other.controlling();
  expect(reloads).toEqual({ asking: 1, other: 0 });
  expect(other.isWaiting()).toBe(false);
  other.navigated();
  expect(reloads).toEqual({ asking: 1, other: 1 });
});
