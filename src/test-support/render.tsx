// What every DOM test needs to show a component: Testing Library's render in a container of its
// own, a user-event session that types and clicks as a person does (focus, key events, input
// events in order), and the cleanup after each test, which Testing Library registers by itself
// only where a test runner's globals are on (vitest here runs without them).
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';

afterEach(cleanup);

export interface Rendered extends RenderResult {
  /** The element the component was rendered into. */
  readonly host: HTMLElement;
  readonly user: UserEvent;
}

/**
 * Renders `ui`, then lets what it started on mount settle (effects, resolved promises such as a
 * read from IndexedDB or a lazily imported part), as a person would see the screen a moment later.
 */
export async function renderUi(ui: ReactNode): Promise<Rendered> {
  const user = userEvent.setup();
  const result = render(ui);
  await act(async () => undefined);
  return { ...result, host: result.container, user };
}

/** Waits `ms` inside act, for work that resolves on a later task (a file read, a timer). */
export async function settle(ms = 0): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, ms)));
}
