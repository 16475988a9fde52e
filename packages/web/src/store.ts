import { type Analysis, analyse } from "./analyse.js";

/** Who changed the text: the views use it not to redraw what the clerk is typing into. */
export type ChangeOrigin = "source" | "form" | "form-input" | "import" | "template" | "fix" | "restore";

/** Told about every new text, with its analysis and who made the change. */
export type Listener = (analysis: Analysis, origin: ChangeOrigin) => void;

/**
 * The editor's one state: the YAML text (the source of truth; the form edits it through the
 * `yaml` Document API), its analysis, and the last valid report, which the pages keep showing
 * while the YAML has errors.
 */
export class DocumentStore {
  #analysis: Analysis;
  #lastReport: Analysis["report"];
  readonly #listeners = new Set<Listener>();

  constructor(text: string) {
    this.#analysis = analyse(text);
    this.#lastReport = this.#analysis.report;
  }

  get text(): string {
    return this.#analysis.text;
  }

  get analysis(): Analysis {
    return this.#analysis;
  }

  /** The report of the last text that was a valid report (the current one when it is). */
  get lastReport(): Analysis["report"] {
    return this.#lastReport;
  }

  /** Replaces the text and tells every listener; an unchanged text tells no one. */
  setText(text: string, origin: ChangeOrigin): void {
    if (text === this.#analysis.text) return;
    this.#analysis = analyse(text);
    if (this.#analysis.report) this.#lastReport = this.#analysis.report;
    for (const listener of this.#listeners) listener(this.#analysis, origin);
  }

  /** Calls the listener on every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
