import { LitElement, html, nothing } from 'lit';
import { ImportMode, type ImportReport } from '@unmiss/personnel-client';
import { translate, type Language } from '../i18n/translate';
import type { WorkContext } from './context';
import { FORM_STYLES } from './form';
import { problemOf, type ProblemView } from './problems';

const LINE_FIELD = /^line (\d+):\s*(.*)$/;

/** The service names a row's problem "line N: column" (the header is line 1): the reasons of each line. */
export function reasonsByLine(errors: readonly { field?: string | null; reason?: string | null }[]): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  for (const error of errors) {
    const match = LINE_FIELD.exec(error.field ?? '');
    if (match) {
      const line = Number(match[1]);
      byLine.set(line, [...(byLine.get(line) ?? []), `${match[2]}: ${error.reason ?? ''}`]);
    }
  }
  return byLine;
}

/**
 * Importing a rotation CSV (PERSONNEL_WRITE): each line of the file shown with the service's reasons beside it, for
 * a refused file (all or nothing) and for the rows left out (valid rows only).
 */
export class RotationImport extends LitElement {
  static properties = {
    work: { attribute: false }, language: {},
    csv: { state: true }, mode: { state: true }, report: { state: true }, problem: { state: true }, busy: { state: true },
  };

  static styles = FORM_STYLES;

  work!: WorkContext;
  language: Language = 'en';
  csv = '';
  mode: ImportMode = ImportMode.AllOrNothing;
  report?: ImportReport;
  problem?: ProblemView;
  busy = false;

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  private async chooseFile(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) {
      this.csv = await file.text();
    }
  }

  private async send(e: Event) {
    e.preventDefault();
    this.busy = true;
    this.report = undefined;
    this.problem = undefined;
    try {
      this.report = await this.work.api.personnelImports.personnelImportsImportCsv({
        body: this.csv, mode: this.mode, idempotencyKey: crypto.randomUUID(),
      });
    } catch (error) {
      this.problem = await problemOf(error);
    } finally {
      this.busy = false;
    }
  }

  private lines() {
    const errors = this.report?.errors ?? Object.entries(this.problem?.fields ?? {}).map(([field, reason]) => ({ field, reason }));
    const byLine = reasonsByLine(errors);
    const registered = new Map((this.report?.people ?? []).map((p) => [p.line, p.indexNumber]));
    if (!byLine.size && !registered.size) {
      return nothing;
    }
    return html`<table data-import-lines>
      <thead><tr><th>${this.t('import.line')}</th><th>${this.t('import.content')}</th><th>${this.t('import.outcome')}</th></tr></thead>
      <tbody>${this.csv.split(/\r?\n/).map((content, i) => {
        const line = i + 1;
        const reasons = byLine.get(line);
        return line === 1 || reasons || registered.has(line) ? html`<tr data-line=${line} class=${reasons ? 'rejected' : ''}>
          <td>${line}</td><td><code>${content}</code></td>
          <td>${reasons ? html`<ul class="error" data-line-errors>${reasons.map((r) => html`<li>${r}</li>`)}</ul>`
            : registered.has(line) ? html`<span data-index-number>${registered.get(line)}</span>` : this.t('import.header')}</td></tr>` : nothing;
      })}</tbody></table>`;
  }

  render() {
    const report = this.report;
    return html`
      <h3>${this.t('import.title')}</h3>
      ${this.problem ? html`<div class="problem" role="alert" data-problem><strong>${this.problem.title}</strong>${this.problem.detail ? html` — ${this.problem.detail}` : nothing}</div>` : nothing}
      ${report ? html`<p class="notice" data-import-report>${this.t('import.report', { read: report.rowsRead, imported: report.imported, rejected: report.rejectedRows })}</p>` : nothing}
      <form data-form="rotation-import" @submit=${this.send}>
        <div class="field"><label for="file">${this.t('import.file')}</label><input id="file" type="file" accept=".csv,text/csv" @change=${this.chooseFile}></div>
        <div class="field"><label for="csv">${this.t('import.csv')}</label>
          <textarea id="csv" name="csv" rows="8" .value=${this.csv} @input=${(e: Event) => { this.csv = (e.target as HTMLTextAreaElement).value; }}></textarea></div>
        <div class="field"><label for="mode">${this.t('import.mode')}</label>
          <select id="mode" name="mode" @change=${(e: Event) => { this.mode = (e.target as HTMLSelectElement).value as ImportMode; }}>
            ${Object.values(ImportMode).map((m) => html`<option value=${m} ?selected=${m === this.mode}>${this.t(`importMode.${m}`)}</option>`)}
          </select></div>
        <button type="submit" data-submit ?disabled=${this.busy || !this.csv.trim()}>${this.t('import.send')}</button>
      </form>
      ${this.lines()}
    `;
  }
}

customElements.define('rotation-import', RotationImport);
