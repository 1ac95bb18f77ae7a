import { describe, expect, it } from 'vitest';
import type { ParityLine, ParityResponse } from '@unmiss/gender-client';
import { parityFreshness, parityKey, targetMark } from './gender';

function answer(stale: boolean, staleReason: string | null = null): ParityResponse {
  return {
    asOf: '2025-12-31', fetchedAt: '2026-12-03T10:00:00Z', stale, staleReason, source: 'personnel-service', targetYear: 2025,
    targetNote: null, total: 10, byCategory: [], byCountry: [],
  };
}

function line(over: Partial<ParityLine>): ParityLine {
  return {
    category: null, subCategory: null, country: null, female: 1, male: 3, total: 4, womenSharePercent: 25,
    targetPercent: 20, gapPercentagePoints: 5, meetsTarget: true, ...over,
  };
}

describe('parityFreshness', () => {
  it('marks figures gender-service answered from its snapshot as stale, with when and why', () => {
    expect(parityFreshness({ state: 'ready', value: answer(true, 'personnel-service unreachable') }))
      .toEqual({ mark: 'stale', fetchedAt: '2026-12-03T10:00:00Z', reason: 'personnel-service unreachable' });
  });

  it('marks fresh figures fresh, a 503 unavailable and a load in progress as loading', () => {
    expect(parityFreshness({ state: 'ready', value: answer(false) })).toEqual({ mark: 'fresh', fetchedAt: '2026-12-03T10:00:00Z' });
    expect(parityFreshness({ state: 'unavailable', status: 503, reason: 'no earlier strength figures are kept' }))
      .toEqual({ mark: 'unavailable', reason: 'no earlier strength figures are kept' });
    expect(parityFreshness({ state: 'loading' })).toEqual({ mark: 'loading' });
  });
});

describe('parity lines', () => {
  it('keys a line by category and sub-category, or by country', () => {
    expect(parityKey(line({ category: 'UNPOL', subCategory: 'FPU' }))).toBe('UNPOL/FPU');
    expect(parityKey(line({ category: 'MILITARY' }))).toBe('MILITARY');
    expect(parityKey(line({ country: 'GH' }))).toBe('GH');
  });

  it('tells a line meeting its target from one below it and one without a target', () => {
    expect(targetMark(line({}))).toBe('meets');
    expect(targetMark(line({ meetsTarget: false }))).toBe('below');
    expect(targetMark(line({ targetPercent: null, meetsTarget: null }))).toBe('no-target');
  });
});
