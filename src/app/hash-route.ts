// Hash routes, so the built dist/ works from any static folder or sub-path (no server rewrites):
// `#/` the start screen, `#/r/<reportId>/<step>` the editor at a step, `#/desk` the review desk.
import { useSyncExternalStore } from 'react';
import { PART_IDS } from '../template/section-ids';

const STEP_IDS = [...PART_IDS, 'ledger', 'preview'] as const;
export type RouteStep = (typeof STEP_IDS)[number];

export type Route =
  | {
      readonly name: 'start';
      /** Why an address was not followed (a link cut short or mistyped). */
      readonly problem?: string;
    }
  | { readonly name: 'editor'; readonly reportId: string; readonly step: RouteStep }
  | { readonly name: 'desk' };

export function isRouteStep(s: string): s is RouteStep {
  return (STEP_IDS as readonly string[]).includes(s);
}

export function parseRoute(hash: string): Route {
  if (hash === '#/desk') return { name: 'desk' };
  const m = /^#\/r\/([^/]+)(?:\/([^/]*))?$/.exec(hash);
  if (m?.[1]) {
    const step = m[2] ?? '';
    let reportId: string;
    try {
      reportId = decodeURIComponent(m[1]);
    } catch {
      // A cut `%E0%A4%A` throws URIError: show the start screen and say so, never a white page.
      return { name: 'start', problem: '地址不完整或有误，无法打开其中的报告。请从下面的列表中打开报告。' };
    }
    return { name: 'editor', reportId, step: isRouteStep(step) ? step : 'meta' };
  }
  return { name: 'start' };
}

export function routeHash(route: Route): string {
  if (route.name === 'start') return '#/';
  if (route.name === 'desk') return '#/desk';
  return `#/r/${encodeURIComponent(route.reportId)}/${route.step}`;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** Goes to a route as a new history entry, so the browser's back and forward work. */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
