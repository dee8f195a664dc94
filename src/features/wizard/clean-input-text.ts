import { cleanLine } from '../../report/clean-line';

/**
 * Removes what cleanLine removes from a one-line input's own text, keeping the caret where the
 * clerk was typing. The form value is cleaned by `setValueAs`; this keeps the screen in step, so
 * what is shown is what is saved.
 */
export function cleanInputText(input: HTMLInputElement): void {
  const text = input.value;
  const clean = cleanLine(text);
  if (clean === text) return;
  const caret = input.selectionStart;
  input.value = clean;
  if (caret === null) return;
  const at = cleanLine(text.slice(0, caret)).length;
  try {
    input.setSelectionRange(at, at);
  } catch {
    // Inputs such as type="date" have no caret to place.
  }
}
