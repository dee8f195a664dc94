/**
 * Focuses the element with `domId` once it is on screen: after a step change the target is
 * rendered a frame or two later. Gives up after about half a second.
 */
export function focusLater(domId: string, tries = 30): void {
  const el = document.getElementById(domId);
  if (el) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    el.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusLater(domId, tries - 1));
}
