import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './index.css';
import { registerServiceWorker } from './app/register-service-worker';
import { UpdatePrompt } from './app/update-prompt';

const updatePrompt = new UpdatePrompt();
const root = document.getElementById('root');
if (!root) throw new Error('#root not found in index.html');

// public/boot-check.js says "页面没有正常启动" when the app has not started a few seconds after
// load; the app may rightly show nothing that long (it reads the last route from IndexedDB first),
// so it says it has started here, and takes away a message that came first.
document.documentElement.setAttribute('data-app-started', '');
document.getElementById('boot-check')?.remove();

createRoot(root).render(
  <StrictMode>
    <App updatePrompt={updatePrompt} />
  </StrictMode>,
);

// Offline after one visit: the service worker precaches the built app.
// A new version waits until the clerk chooses 立即更新 (a banner), never mid-sentence.
// Only the tab that chose 立即更新 reloads; the others take the new version on their next
// navigation, where the edit journal has what was typed (update-prompt.ts).
updatePrompt.setActivate(
  registerServiceWorker({ onNeedRefresh: updatePrompt.show, onNeedReload: updatePrompt.controlling }),
);
window.addEventListener('hashchange', updatePrompt.navigated);
