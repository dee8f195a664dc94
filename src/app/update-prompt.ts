// The link between the service worker (registered in main.tsx, outside React) and the banner that
// offers a waiting new version (register-service-worker.ts: onNeedRefresh). A tiny external store,
// read with useSyncExternalStore.

export class UpdatePrompt {
  private waiting = false;
  /** This tab chose 立即更新: it reloads when the new version takes control. */
  private asked = false;
  /** Another tab switched to the new version: this one takes it on its next navigation. */
  private switchedElsewhere = false;
  private activate: ((reloadPage?: boolean) => Promise<void>) | undefined;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** True while a new version is waiting and the clerk has not dismissed the banner. */
  readonly isWaiting = (): boolean => this.waiting;

  /** The function registerSW returned: it activates the waiting worker and reloads. */
  setActivate(activate: ((reloadPage?: boolean) => Promise<void>) | undefined): void {
    this.activate = activate;
  }

  /** The service worker says a new version is waiting. */
  readonly show = (): void => this.set(true);

  readonly dismiss = (): void => this.set(false);

  /**
   * Switches to the new version (the page reloads). The edit journal has the latest keystrokes,
   * so nothing typed is lost (edit-journal.ts).
   */
  readonly update = async (): Promise<void> => {
    this.set(false);
    this.asked = true;
    if (this.activate) await this.activate(true);
    else this.reload();
  };

  /**
   * The new version has taken control of every open tab (the service worker's `controlling`).
   * Only the tab whose clerk chose 立即更新 reloads now; another tab, where a clerk may be typing,
   * keeps its page and takes the new version on its next navigation (`navigated`).
   */
  readonly controlling = (): void => {
    if (this.asked) this.reload();
    else {
      this.switchedElsewhere = true;
      this.set(false);
    }
  };

  /** Called on each change of address: loads the new version if another tab switched to it. */
  readonly navigated = (): void => {
    if (this.switchedElsewhere) this.reload();
  };

  /** Replaceable in tests, which cannot reload jsdom's page. */
  reload: () => void = () => window.location.reload();

  private set(waiting: boolean): void {
    if (this.waiting === waiting) return;
    this.waiting = waiting;
    for (const l of this.listeners) l();
  }
}
