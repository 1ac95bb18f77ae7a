export interface TrendRow {
  siteCode: string | null;
  asOf: string | null;
  total: number;
}

export interface TrendLine {
  site: string;
  /** The figures in day order, placed in the chart's units: x by day, y up from the bottom by the total. */
  points: { day: string; total: number; x: number; y: number }[];
  /** The polyline's points attribute. */
  polyline: string;
}

export interface Trend {
  lines: TrendLine[];
  firstDay: string | null;
  lastDay: string | null;
  largest: number;
}

const dayNumber = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * A line per site for the population trend chart: every site on one time axis (the first to the last day any site
 * was counted) and one scale (zero to the largest count), so the lines compare. A site counted once is a point.
 */
export function trendLines(rows: readonly TrendRow[], width: number, height: number): Trend {
  const counted = rows.filter((row): row is TrendRow & { siteCode: string; asOf: string } => !!row.siteCode && !!row.asOf);
  if (counted.length === 0) {
    return { lines: [], firstDay: null, lastDay: null, largest: 0 };
  }
  const days = counted.map((row) => dayNumber(row.asOf));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const largest = Math.max(...counted.map((row) => row.total));
  const x = (day: string) => (last === first ? width / 2 : ((dayNumber(day) - first) / (last - first)) * width);
  const y = (total: number) => (largest === 0 ? height : height - (total / largest) * height);
  const bySite = new Map<string, TrendRow[]>();
  for (const row of counted) {
    bySite.set(row.siteCode, [...(bySite.get(row.siteCode) ?? []), row]);
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  const lines = [...bySite.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([site, siteRows]) => {
    const points = [...siteRows].sort((a, b) => (a.asOf as string).localeCompare(b.asOf as string))
      .map((row) => ({ day: (row.asOf as string).slice(0, 10), total: row.total, x: round(x(row.asOf as string)), y: round(y(row.total)) }));
    return { site, points, polyline: points.map((p) => `${p.x},${p.y}`).join(' ') };
  });
  const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  return { lines, firstDay: isoDay(first), lastDay: isoDay(last), largest };
}
