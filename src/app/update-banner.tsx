import { useSyncExternalStore } from 'react';
import type { UpdatePrompt } from './update-prompt';

/** A small banner when a new version of the app is waiting (service worker: onNeedRefresh). */
export function UpdateBanner({ prompt }: { readonly prompt: UpdatePrompt }) {
  const waiting = useSyncExternalStore(prompt.subscribe, prompt.isWaiting);
  if (!waiting) return null;
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-50 flex items-center gap-3 rounded-lg border border-sky-200 bg-white px-4 py-3 text-sm text-slate-800 shadow-lg"
    >
      <span>有新版本可用。更新前您填写的内容会自动保存。</span>
      <button type="button" className="btn btn-small btn-primary" onClick={() => void prompt.update()}>
        立即更新
      </button>
      <button type="button" className="btn btn-small" onClick={prompt.dismiss}>
        稍后
      </button>
    </div>
  );
}
