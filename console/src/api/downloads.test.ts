import { describe, expect, it } from 'vitest';
import { accepting, fileNameFor } from './downloads';

describe('accepting', () => {
  it('keeps the request headers the generated client built (the token) and asks for the format', async () => {
    const init = { method: 'GET', headers: { Authorization: 'Bearer abc' } };
    expect(await accepting('csv')({ init })).toEqual({ headers: { Authorization: 'Bearer abc', Accept: 'text/csv' } });
    expect((await accepting('geojson')({ init })).headers).toMatchObject({ Accept: 'application/geo+json' });
  });
});

describe('fileNameFor', () => {
  it('names the report, its parameters and the format', () => {
    expect(fileNameFor('gender-parity', 'csv', '2025-12-31')).toBe('gender-parity_2025-12-31.csv');
    expect(fileNameFor('population-trend', 'hxl', null, '2025-Q4')).toBe('population-trend_2025-q4.hxl.csv');
    expect(fileNameFor('poc-sites', 'geojson')).toBe('poc-sites.geojson');
  });

  it('keeps nothing of a parameter that could leave the download folder', () => {
    expect(fileNameFor('matrix', 'csv', '../../etc/passwd')).toBe('matrix_etc-passwd.csv');
  });
});
