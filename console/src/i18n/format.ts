import type { Language } from './translate';

/**
 * Dates, instants and shares written as the reader's language writes them (Intl). A calendar day from the API
 * ("2025-12-31") is a day, not an instant: it is formatted in UTC so no time zone moves it to the day before.
 */
export function formatDate(isoDay: string | null | undefined, language: Language): string {
  if (!isoDay) {
    return '—';
  }
  const day = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) {
    return isoDay;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/** An instant (e.g. when figures were fetched), in the reader's own time zone unless one is given. */
export function formatDateTime(isoInstant: string | null | undefined, language: Language, timeZone?: string): string {
  if (!isoInstant) {
    return '—';
  }
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) {
    return isoInstant;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

/** A percentage given as a number of percent (38.5 means 38.5 %), one decimal at most. */
export function formatPercent(percent: number | null | undefined, language: Language): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) {
    return '—';
  }
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** Percentage points, signed (a gap of -4.2 points is written with its minus sign in the reader's digits). */
export function formatPoints(points: number | null | undefined, language: Language): string {
  if (points === null || points === undefined || Number.isNaN(points)) {
    return '—';
  }
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
}

/** The ISO day (YYYY-MM-DD, UTC) some days before an instant: "the last 30 days" of a report. */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar quarter as the human rights reports name it ("2025-Q4") for a day. */
export function quarterOf(isoDay: string): string {
  const [year, month] = isoDay.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}
