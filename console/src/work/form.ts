import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { OutboxEntry, OutboxKind } from '../offline/outbox';
import { translate, type Language } from '../i18n/translate';
import type { WorkContext } from './context';
import { unplacedReasons, type ProblemView } from './problems';

export interface FieldOptions {
  type?: 'text' | 'number' | 'date' | 'datetime-local' | 'checkbox' | 'textarea';
  /** A select's values; each is labelled by the translation key `${labels}.${value}` when labels is given. */
  options?: readonly string[];
  labels?: string;
  required?: boolean;
  min?: number;
  max?: number;
  step?: string;
}

export const FORM_STYLES = css`
  :host { display: block; }
  form { display: grid; gap: 0.6rem; max-width: 46rem; }
  fieldset { border: 1px solid #c8d3e0; display: grid; gap: 0.6rem; }
  .field { display: grid; gap: 0.2rem; }
  .field label { font-weight: 600; }
  .error { color: #a4161a; }
  [aria-invalid=true] { outline: 2px solid #a4161a; }
  .notice { padding: 0.5rem; background: #e6f0fa; }
  .problem { padding: 0.5rem; background: #fde8e8; }
  .row { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: end; }
  button, input, select, textarea { font: inherit; }
  table { border-collapse: collapse; }
  th, td { border-bottom: 1px solid #c8d3e0; padding: 0.3rem 0.6rem; text-align: start; }
`;

/**
 * A work form: inputs named by the API's field paths (so a problem's field lands beside its input), the values kept
 * as a sealed draft on the device while they are typed (a session that expires loses nothing), and submitting through
 * the outbox (sent at once when there is a connection, queued when there is not).
 */
export abstract class WorkForm extends LitElement {
  static properties = {
    work: { attribute: false },
    language: {},
    values: { state: true },
    problem: { state: true },
    notice: { state: true },
    busy: { state: true },
  };

  static styles = FORM_STYLES;

  work!: WorkContext;
  language: Language = 'en';
  values: Record<string, string> = {};
  problem?: ProblemView;
  notice?: string;
  busy = false;

  /** The draft's name on the device. */
  protected abstract readonly formId: string;

  protected defaults(): Record<string, string> {
    return {};
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.values = this.defaults();
    void this.work.drafts.load(this.formId).then((draft) => {
      if (draft) {
        this.values = { ...this.defaults(), ...draft };
      }
    });
  }

  protected t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  protected value(name: string): string {
    return this.values[name] ?? '';
  }

  protected set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    void this.work.drafts.save(this.formId, this.values);
  }

  /** Every input this form shows now: a problem's field outside them is listed above the form. */
  protected inputNames(): string[] {
    return [...(this.renderRoot?.querySelectorAll?.('[name]') ?? [])].map((e) => e.getAttribute('name') ?? '');
  }

  protected field(name: string, label: string, options: FieldOptions = {}): TemplateResult {
    const error = this.problem?.fields[name];
    const id = `f-${name}`;
    const onInput = (e: Event) => {
      const target = e.target as HTMLInputElement;
      this.set(name, target.type === 'checkbox' ? String(target.checked) : target.value);
    };
    const common = { id, invalid: error ? 'true' : 'false' };
    let input: TemplateResult;
    if (options.options) {
      input = html`<select id=${common.id} name=${name} aria-invalid=${common.invalid} ?required=${options.required} @change=${onInput}>
        <option value="" ?selected=${!this.value(name)}>—</option>
        ${options.options.map((o) => html`<option value=${o} ?selected=${this.value(name) === o}>${options.labels ? this.t(`${options.labels}.${o}`) : o}</option>`)}
      </select>`;
    } else if (options.type === 'textarea') {
      input = html`<textarea id=${common.id} name=${name} aria-invalid=${common.invalid} rows="4" .value=${this.value(name)} @input=${onInput}></textarea>`;
    } else if (options.type === 'checkbox') {
      input = html`<input id=${common.id} type="checkbox" name=${name} aria-invalid=${common.invalid} .checked=${this.value(name) === 'true'} @change=${onInput}>`;
    } else {
      input = html`<input id=${common.id} name=${name} type=${options.type ?? 'text'} aria-invalid=${common.invalid}
        min=${options.min ?? nothing} max=${options.max ?? nothing} step=${options.step ?? nothing}
        ?required=${options.required} .value=${this.value(name)} @input=${onInput}>`;
    }
    return html`<div class="field">
      <label for=${id}>${label}</label>${input}
      ${error ? html`<span class="error" data-error-for=${name} role="alert">${error}</span>` : nothing}
    </div>`;
  }

  /** The refusal's title and detail, and the reasons no input shows, above the form; the notice after a submission. */
  protected messages(): TemplateResult {
    const problem = this.problem;
    return html`
      ${this.notice ? html`<p class="notice" role="status" data-notice>${this.notice}</p>` : nothing}
      ${problem ? html`<div class="problem" role="alert" data-problem>
        <strong>${problem.title}</strong>${problem.detail ? html` — ${problem.detail}` : nothing}
        <ul>${unplacedReasons(problem, this.inputNames()).map((r) => html`<li>${r}</li>`)}</ul>
      </div>` : nothing}`;
  }

  /**
   * Submits the form's body through the outbox. Sent: the draft is dropped and `sent` is told the new record's
   * reference. Refused: the service's reasons go beside the inputs and the form keeps its values. No connection: the
   * form is queued (sealed) and will be sent once it returns.
   */
  protected async submitThroughOutbox(kind: OutboxKind, body: unknown, sent: (reference: string) => Promise<void> | void) {
    this.busy = true;
    this.problem = undefined;
    this.notice = undefined;
    try {
      const entry: OutboxEntry = await this.work.submit(kind, body);
      if (entry.state === 'refused') {
        this.problem = entry.problem;
        await this.work.outbox.dismiss(entry.id); // the form shows it; corrected, it is submitted again
        return;
      }
      await this.work.drafts.clear(this.formId);
      this.values = this.defaults();
      if (entry.state === 'sent') {
        await sent(entry.reference ?? '');
      } else {
        this.notice = this.t('work.queued');
      }
    } finally {
      this.busy = false;
    }
  }
}

/** Values typed into a form, read for the API: blank is absent, numbers are numbers. */
export function text(values: Record<string, string>, name: string): string | undefined {
  const value = values[name]?.trim();
  return value ? value : undefined;
}

export function integer(values: Record<string, string>, name: string): number | undefined {
  const value = text(values, name);
  return value === undefined ? undefined : Number(value);
}

/** A datetime-local value (the device's time zone) as the instant the API takes. */
export function instant(values: Record<string, string>, name: string): string | undefined {
  const value = text(values, name);
  return value === undefined ? undefined : new Date(value).toISOString();
}
