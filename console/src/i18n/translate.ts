import en from './en.json';
import fr from './fr.json';
import ar from './ar.json';

export type Messages = Record<string, string>;
export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Messages> = { en, fr, ar };
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar']);

/**
 * The label for a key in a language: English when that language has no such entry yet (a new label is written in
 * English first), and the key itself when no catalogue has it, so a missing label shows up rather than a blank.
 */
export function translate(key: string, language: Language, params: Record<string, string | number> = {},
                          catalogues: Record<Language, Messages> = CATALOGUES): string {
  const template = catalogues[language]?.[key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** A stored or browser-preferred language if the console has it, else English. */
export function languageFrom(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split('-')[0];
    if (primary && (LANGUAGES as readonly string[]).includes(primary)) {
      return primary as Language;
    }
  }
  return 'en';
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}
