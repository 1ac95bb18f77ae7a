import { describe, expect, it } from 'vitest';
import { scaleBars } from './chart';

describe('scaleBars', () => {
  it('gives the largest value the full width and the others in proportion', () => {
    const bars = scaleBars([{ label: 'UNPOL', value: 1446 }, { label: 'MILITARY', value: 2892 }], 300);
    expect(bars.map((b) => b.length)).toEqual([150, 300]);
    expect(bars[0]).toMatchObject({ label: 'UNPOL', value: 1446 });
  });

  it('keeps a tiny non-zero value visible and a zero at zero', () => {
    expect(scaleBars([{ label: 'a', value: 100000 }, { label: 'b', value: 1 }, { label: 'c', value: 0 }], 300)
      .map((b) => b.length)).toEqual([300, 1, 0]);
  });

  it('draws nothing for all-zero or no values', () => {
    expect(scaleBars([{ label: 'a', value: 0 }], 300)[0].length).toBe(0);
    expect(scaleBars([], 300)).toEqual([]);
  });
});
