import type { ParityLine, ParityResponse } from '@unmiss/gender-client';
import type { Part } from './parts';

/**
 * How fresh the parity panel's figures are. gender-service reads strength from personnel-service; when that is
 * down it answers 200 from its last snapshot with stale=true, fetchedAt and the reason, and 503 when it keeps none.
 * The console never hides either: stale figures are shown with the mark, unavailable ones not at all.
 */
export type ParityFreshness =
  | { mark: 'loading' }
  | { mark: 'fresh'; fetchedAt: string | null }
  | { mark: 'stale'; fetchedAt: string | null; reason: string }
  | { mark: 'unavailable'; reason: string };

export function parityFreshness(part: Part<ParityResponse>): ParityFreshness {
  switch (part.state) {
    case 'loading':
      return { mark: 'loading' };
    case 'unavailable':
      return { mark: 'unavailable', reason: part.reason };
    case 'ready':
      return part.value.stale
        ? { mark: 'stale', fetchedAt: part.value.fetchedAt, reason: part.value.staleReason ?? '' }
        : { mark: 'fresh', fetchedAt: part.value.fetchedAt };
  }
}

/** A line's key in the panel: category and sub-category, or the contributing country. */
export function parityKey(line: ParityLine): string {
  return line.country ?? [line.category, line.subCategory].filter(Boolean).join('/');
}

/** Whether a line meets its target: yes, no, or no target for it (a category without one). */
export function targetMark(line: ParityLine): 'meets' | 'below' | 'no-target' {
  return line.meetsTarget === null || line.targetPercent === null ? 'no-target' : line.meetsTarget ? 'meets' : 'below';
}
