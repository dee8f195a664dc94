// The link between the service worker (registered in main.tsx, outside React) and the banner that
// offers a waiting new version (register-service-worker.ts: onNeedRefresh). A tiny external store,
// read with useSyncExternalStore.

export class UpdatePrompt {
  private waiting = false;
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
    if (this.activate) await this.activate(true);
    else window.location.reload();
  };

  private set(waiting: boolean): void {
    if (this.waiting === waiting) return;
    this.waiting = waiting;
    for (const l of this.listeners) l();
  }
}
