/**
 * Reports saved as files. The request is still the generated client's (its path, parameters and token); only the
 * Accept header is changed to the media type the service offers (ADR 0045: CSV for `text/csv`, HXL as `hxl=true`
 * on the CSV, GeoJSON as `application/geo+json`), and the body is saved as it came, never re-encoded.
 */
export type DownloadFormat = 'csv' | 'hxl' | 'geojson';

export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv',
  hxl: 'text/csv',
  geojson: 'application/geo+json',
};

const EXTENSIONS: Record<DownloadFormat, string> = { csv: 'csv', hxl: 'hxl.csv', geojson: 'geojson' };

/** What the generated clients' `initOverrides` takes: the request as built, with its Accept header replaced. */
export function accepting(format: DownloadFormat) {
  return async ({ init }: { init: RequestInit }): Promise<RequestInit> => ({
    headers: { ...(init.headers as Record<string, string> | undefined), Accept: MEDIA_TYPES[format] },
  });
}

/** A file name that says what it holds: the report, its parameters (a day, a quarter), the format. */
export function fileNameFor(report: string, format: DownloadFormat, ...qualifiers: (string | null | undefined)[]): string {
  const parts = [report, ...qualifiers.filter((q): q is string => !!q)]
    .map((part) => part.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return `${parts.join('_')}.${EXTENSIONS[format]}`;
}

/** What a generated client's `…Raw` method answers: the HTTP response, its body not read yet. */
export interface RawAnswer {
  raw: Response;
}

/** Saves the answer's body as a file through the browser's download (a blob URL; nothing inline, nothing fetched). */
export async function saveAnswer(answer: Promise<RawAnswer>, fileName: string, format: DownloadFormat): Promise<void> {
  const response = (await answer).raw;
  const blob = new Blob([await response.text()], { type: response.headers.get('Content-Type') ?? MEDIA_TYPES[format] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; it is released once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
