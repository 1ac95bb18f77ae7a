export interface Bar {
  label: string;
  value: number;
  /** Length in the chart's units, proportional to the largest value. */
  length: number;
}

/**
 * Bars for a horizontal bar chart: the largest value spans the full width, the others in proportion; a non-zero
 * value never shrinks below one unit (it would vanish next to large ones), zero stays zero.
 */
export function scaleBars(values: readonly { label: string; value: number }[], width: number): Bar[] {
  const largest = Math.max(0, ...values.map((v) => v.value));
  return values.map(({ label, value }) => ({
    label,
    value,
    length: largest === 0 || value <= 0 ? 0 : Math.max(1, Math.round((value / largest) * width)),
  }));
}
