import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { type Diagnostic as CmDiagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { Annotation, EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { EditorProblem } from "./analyse.js";
import { h } from "./dom.js";
import { keyHelp, keysAt } from "./schema-help.js";
import { yamlPlaceAt } from "./yaml-path.js";

/** Marks a change that came from outside the editor (the form, an import, a fix): not sent back. */
const External = Annotation.define<boolean>();

/** Completion from the JSON Schema: the keys a mapping may have here, or the allowed values after `key: `. */
function schemaCompletion(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const place = yamlPlaceAt(text, context.pos);
  const word = context.matchBefore(/[A-Za-z\u4e00-\u9fff-]*/);
  if (!word) return null;
  if (place.inValue && place.key !== undefined) {
    const help = keyHelp([...place.parent, place.key]);
    if (!help?.values) return null;
    return {
      from: word.from,
      options: help.values.map((v) => ({ label: String(v), type: "enum", detail: help.title ?? "" })),
    };
  }
  const line = context.state.doc.lineAt(context.pos);
  const before = text.slice(line.from, context.pos);
  if (!/^\s*(-\s+)?[A-Za-z]*$/.test(before)) return null;
  if (word.from === word.to && !context.explicit) return null;
  return {
    from: word.from,
    options: keysAt(place.parent).map((k) => ({
      label: k.key,
      apply: `${k.key}: `,
      type: "property",
      detail: k.title ?? "",
      info: k.description ?? "",
    })),
    validFor: /^[A-Za-z]*$/,
  };
}

/** Hover help over a key: its Chinese title and description from the JSON Schema. */
const schemaHover = hoverTooltip((view, pos) => {
  const place = yamlPlaceAt(view.state.doc.toString(), pos);
  if (place.key === undefined || place.keyFrom === undefined || place.keyTo === undefined) return null;
  if (pos < place.keyFrom || pos > place.keyTo) return null;
  const help = keyHelp([...place.parent, place.key]);
  if (!help) return null;
  return {
    pos: place.keyFrom,
    end: place.keyTo,
    above: true,
    create: () => ({
      dom: h(
        "div",
        { class: "cm-schema-help" },
        h("strong", null, `${help.key}：${help.title ?? ""}`),
        help.description ? h("p", null, help.description) : null,
        help.values ? h("p", null, `可选：${help.values.join("、")}`) : null,
      ),
    }),
  };
});

/** A problem's place in the editor's text: from its line and column to the end of the word there. */
function toCmDiagnostic(state: EditorState, p: EditorProblem): CmDiagnostic {
  const lineNo = Math.min(Math.max(p.line ?? 1, 1), state.doc.lines);
  const line = state.doc.line(lineNo);
  const from = Math.min(line.from + Math.max((p.column ?? 1) - 1, 0), line.to);
  const span = p.diagnostic?.excerpt ? [...p.diagnostic.excerpt].length : 1;
  const to = Math.min(from + Math.max(span, 1), line.to);
  return {
    from,
    to: to > from ? to : Math.min(from + 1, state.doc.length),
    severity: p.severity,
    source: p.source === "lint" ? `审核 ${p.code}` : "格式",
    message: p.message,
  };
}

/**
 * The YAML source in CodeMirror 6: highlighting, folding, line numbers, completion and hover from
 * the JSON Schema, and the validator's and linter's problems as marks at their positions.
 * `onChange` is called (debounced) with the new text as the clerk types.
 */
export class SourceEditor {
  readonly view: EditorView;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement, text: string, onChange: (text: string) => void, delay = 200) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          lintGutter(),
          autocompletion({ override: [schemaCompletion] }),
          schemaHover,
          EditorView.lineWrapping,
          EditorState.tabSize.of(2),
          // Tab indents (YAML needs spaces; CodeMirror inserts them); Escape then Tab leaves the editor.
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ "aria-label": "YAML 源码", lang: "zh-CN" }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || update.transactions.every((t) => t.annotation(External))) return;
            clearTimeout(this.#timer);
            this.#timer = setTimeout(() => onChange(update.state.doc.toString()), delay);
          }),
        ],
      }),
    });
  }

  /** Sends a pending change now (before a download, or a form edit that must start from the latest text). */
  flush(onChange: (text: string) => void): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    onChange(this.view.state.doc.toString());
  }

  /** Shows a text changed elsewhere, as the smallest edit, so the cursor and scroll stay where they were. */
  setText(text: string): void {
    const old = this.view.state.doc.toString();
    if (old === text) return;
    let start = 0;
    while (start < old.length && start < text.length && old[start] === text[start]) start++;
    let end = 0;
    while (
      end < old.length - start &&
      end < text.length - start &&
      old[old.length - 1 - end] === text[text.length - 1 - end]
    )
      end++;
    this.view.dispatch({
      changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) },
      annotations: External.of(true),
    });
  }

  /** Shows the problems as marks. */
  showProblems(problems: readonly EditorProblem[]): void {
    const state = this.view.state;
    this.view.dispatch(
      setDiagnostics(
        state,
        problems.map((p) => toCmDiagnostic(state, p)),
      ),
    );
  }

  /** Moves the cursor to a line and column and focuses the editor. */
  reveal(line: number, column: number): void {
    const doc = this.view.state.doc;
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    const pos = Math.min(l.from + Math.max(column - 1, 0), l.to);
    this.view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
    this.view.focus();
  }
}
