import { html } from 'lit';
import { translate, type Language } from '../i18n/translate';
import type { Part } from './parts';

/** The line a part shows instead of its content when its service did not answer: which part, and the service's words. */
export function unavailableNote(part: Part<unknown>, id: string, language: Language) {
  if (part.state !== 'unavailable') {
    return '';
  }
  return html`<p class="unavailable" role="status" data-unavailable=${id} data-status=${part.status ?? ''}>
    ${translate('part.unavailable', language, { reason: part.reason })}</p>`;
}

export const PANEL_STYLES = `
  section { margin-block: 1.25rem; }
  table { border-collapse: collapse; }
  th, td { border-bottom: 1px solid #c8d3e0; padding: 0.35rem 0.6rem; text-align: start; }
  td.number { text-align: end; font-variant-numeric: tabular-nums; }
  .unavailable { background: #fdecea; border-inline-start: 4px solid #9b1c1c; padding: 0.5rem 0.75rem; }
  .stale { background: #fff4e0; border-inline-start: 4px solid #b45f06; padding: 0.5rem 0.75rem; font-weight: 600; }
  .heading { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; }
  .heading h3 { margin: 0; }
`;
