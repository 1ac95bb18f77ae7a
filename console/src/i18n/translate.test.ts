import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import ar from './ar.json';
import { directionOf, formatNumber, languageFrom, translate } from './translate';

describe('translate', () => {
  it('answers in the chosen language and fills in parameters', () => {
    expect(translate('app.signOut', 'fr')).toBe('Se déconnecter');
    expect(translate('hr.title', 'en', { office: 'MALAKAL' })).toBe('Cases of MALAKAL by status');
  });

  it('falls back to English, then to the key, when a label is missing', () => {
    const catalogues = { en: { only: 'English only' }, fr: {}, ar: {} };
    expect(translate('only', 'ar', {}, catalogues)).toBe('English only');
    expect(translate('nowhere', 'fr', {}, catalogues)).toBe('nowhere');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('hr.title', 'en')).toBe('Cases of {office} by status');
  });

  it('has every English label in French and Arabic', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('languages', () => {
  it('writes Arabic right to left, the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('takes the first language the console has, from a stored choice or the browser, else English', () => {
    expect(languageFrom([null, 'fr-CA', 'en'])).toBe('fr');
    expect(languageFrom(['ar'])).toBe('ar');
    expect(languageFrom(['de-DE', 'sw'])).toBe('en');
    expect(languageFrom([])).toBe('en');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber(1446, 'en')).toBe('1,446');
    expect(formatNumber(1446, 'fr')).not.toBe('1,446'); // a (narrow) space groups French digits
  });
});
