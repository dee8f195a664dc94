/** A figure as messages and documents print it (no thousands separators, as in the tables). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}
