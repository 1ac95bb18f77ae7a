import { describe, expect, it } from 'vitest';
import { daysBefore, formatDate, formatDateTime, formatPercent, formatPoints, quarterOf } from './format';

describe('formatDate', () => {
  it('writes a calendar day for the language, never moved by a time zone', () => {
    expect(formatDate('2025-12-31', 'en')).toBe('Dec 31, 2025');
    expect(formatDate('2025-12-31', 'fr')).toBe('31 déc. 2025');
    // Arabic's form depends on the ICU data (Node's and Chromium's differ): it is Arabic's, not English's
    expect(formatDate('2025-12-31', 'ar')).not.toBe(formatDate('2025-12-31', 'en'));
  });

  it('shows a dash for no day and the text itself for something that is not a day', () => {
    expect(formatDate(null, 'en')).toBe('—');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('writes an instant with its time, in the zone given', () => {
    expect(formatDateTime('2026-12-03T09:05:00Z', 'en', 'UTC')).toBe('Dec 3, 2026, 9:05 AM');
    expect(formatDateTime('2026-12-03T09:05:00Z', 'fr', 'UTC')).toBe('3 déc. 2026, 09:05');
    expect(formatDateTime(undefined, 'fr')).toBe('—');
  });
});

describe('formatPercent and formatPoints', () => {
  it('writes a share given in percent for the language', () => {
    expect(formatPercent(38.46, 'en')).toBe('38.5%');
    expect(formatPercent(38.46, 'fr')).toMatch(/^38,5\s%$/u);
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('signs a gap in points', () => {
    expect(formatPoints(-4.25, 'en')).toBe('-4.3');
    expect(formatPoints(2, 'en')).toBe('+2');
    expect(formatPoints(0, 'en')).toBe('0');
  });
});

describe('days and quarters', () => {
  it('takes the day thirty days before an instant, in UTC', () => {
    expect(daysBefore(new Date('2026-12-03T01:00:00Z'), 30)).toBe('2026-11-03');
  });

  it('names the quarter of a day', () => {
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-06-30')).toBe('2026-Q2');
  });
});
