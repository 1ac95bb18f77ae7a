import { LitElement, css, html } from 'lit';
import { saveAnswer, type DownloadFormat, type RawAnswer } from '../api/downloads';
import { translate, type Language } from '../i18n/translate';
import { unavailable } from './parts';

/** One format a report is offered in: the generated client's call asking for it, and the file's name. */
export interface DownloadOffer {
  format: DownloadFormat;
  fileName: string;
  answer: () => Promise<RawAnswer>;
}

/** A report's download buttons (CSV, HXL, GeoJSON, as its service offers them); a refusal is shown beside them. */
export class DownloadButtons extends LitElement {
  static properties = {
    offers: { attribute: false },
    language: {},
    failure: { state: true },
  };

  offers: DownloadOffer[] = [];
  language: Language = 'en';
  failure?: string;

  static styles = css`
    :host { display: inline-flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    button { font: inherit; font-size: 0.85rem; padding: 0.2rem 0.6rem; }
    [role=alert] { color: #9b1c1c; }
  `;

  private async save(offer: DownloadOffer): Promise<void> {
    this.failure = undefined;
    try {
      await saveAnswer(offer.answer(), offer.fileName, offer.format);
    } catch (error) {
      const part = await unavailable(error);
      this.failure = part.state === 'unavailable' ? part.reason : String(error);
    }
  }

  render() {
    return html`
      ${this.offers.map((offer) => html`<button type="button" data-download=${offer.format} data-file=${offer.fileName}
          @click=${() => void this.save(offer)}>${translate(`download.${offer.format}`, this.language)}</button>`)}
      ${this.failure ? html`<span role="alert">${translate('download.failed', this.language, { reason: this.failure })}</span>` : ''}
    `;
  }
}

customElements.define('download-buttons', DownloadButtons);
