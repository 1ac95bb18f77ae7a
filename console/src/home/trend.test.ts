import { describe, expect, it } from 'vitest';
import { trendLines } from './trend';

describe('trendLines', () => {
  it('puts every site on one time axis and one scale, each line in day order', () => {
    const trend = trendLines([
      { siteCode: 'MALAKAL', asOf: '2025-12-01', total: 30000 },
      { siteCode: 'BENTIU', asOf: '2025-10-01', total: 100000 },
      { siteCode: 'MALAKAL', asOf: '2025-10-01', total: 40000 },
      { siteCode: 'BENTIU', asOf: '2025-12-01', total: 50000 },
    ], 200, 100);
    expect(trend.firstDay).toBe('2025-10-01');
    expect(trend.lastDay).toBe('2025-12-01');
    expect(trend.largest).toBe(100000);
    expect(trend.lines.map((l) => l.site)).toEqual(['BENTIU', 'MALAKAL']);
    expect(trend.lines[0].polyline).toBe('0,0 200,50');
    expect(trend.lines[1].points.map((p) => [p.day, p.total])).toEqual([['2025-10-01', 40000], ['2025-12-01', 30000]]);
    expect(trend.lines[1].polyline).toBe('0,60 200,70');
  });

  it('places a single count in the middle and leaves out rows without a site or a day', () => {
    const trend = trendLines([{ siteCode: 'BOR', asOf: '2025-11-15', total: 10 }, { siteCode: null, asOf: '2025-11-15', total: 5 }], 200, 100);
    expect(trend.lines).toHaveLength(1);
    expect(trend.lines[0].polyline).toBe('100,0');
  });

  it('draws nothing for no figures', () => {
    expect(trendLines([], 200, 100)).toEqual({ lines: [], firstDay: null, lastDay: null, largest: 0 });
  });
});
