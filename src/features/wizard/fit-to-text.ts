// Narrative boxes grow with their text. `field-sizing: content` (on the box's class) does it in the
// browser's own layout, at no cost to typing; older browsers the build still targets (Chrome and
// Edge 109 on Windows 7, Firefox 115, Safari 16) lack it, so there the box is measured, once when
// shown and then on each input, and never on a render.
const SIZES_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** Sets the box's height to its text's, where the browser does not size it by itself. */
export function fitToText(el: HTMLTextAreaElement): void {
  if (SIZES_ITSELF) return;
  el.style.height = 'auto';
  // The border is outside scrollHeight; `min-height` in the class keeps an empty box roomy.
  el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
}
