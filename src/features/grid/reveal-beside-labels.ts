/**
 * Scrolls a focused cell out from under the sticky row labels: focus() only scrolls it into the
 * scroller's box, which the labels partly cover (src/ui/label-columns).
 */
export function revealBesideLabels(scroller: HTMLElement, input: HTMLElement, labelRem: number): void {
  if (labelRem === 0) return;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const labelsRight = scroller.getBoundingClientRect().left + labelRem * rem;
  const cellLeft = input.getBoundingClientRect().left;
  if (cellLeft < labelsRight) scroller.scrollLeft -= labelsRight - cellLeft;
}
