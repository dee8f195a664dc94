/**
 * Focuses the element with `domId` once it is on screen: after a step change the target is
 * rendered a frame or two later. Gives up after about half a second. In a text box, `phrase` (the
 * words a finding is about) is selected and brought into view.
 */
export function focusLater(domId: string, phrase?: string, tries = 30): void {
  const el = document.getElementById(domId);
  waiting = !el && tries > 0;
  if (el) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    el.focus();
    if (phrase && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
      selectPhrase(el, phrase);
    }
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusLater(domId, phrase, tries - 1));
}

let waiting = false;

/** A finding's target is being waited for: the step it opens leaves the focus to it. */
export function focusPending(): boolean {
  return waiting;
}

function selectPhrase(el: HTMLTextAreaElement | HTMLInputElement, phrase: string): void {
  const at = el.value.indexOf(phrase);
  if (at < 0) return;
  el.setSelectionRange(at, at + phrase.length);
  // A box that grows with its text does not scroll itself: the page does. Its line is estimated
  // by its place in the text, which is close enough to put it in sight.
  const box = el.getBoundingClientRect();
  const y = box.top + (box.height * at) / Math.max(1, el.value.length);
  const scroller = el.closest('main');
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  if (y < view.top + 40 || y > view.bottom - 40) scroller.scrollBy(0, y - (view.top + view.height / 2));
}
