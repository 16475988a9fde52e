import { h } from "./dom.js";
import type { DataPath, YamlChange } from "./yaml-edit.js";

/** What the form's views can do: set a value as the clerk types, or make structural changes. */
export interface FormActions {
  /** A value typed into a field (the form is not redrawn). */
  set(path: DataPath, value: unknown): void;
  /** Structural changes (add, remove, move); the form is redrawn and the field `focus` focused. */
  apply(changes: YamlChange[], focus?: DataPath): void;
}

/** The key a field is found by after the form is redrawn, and problems are attached by. */
export const fieldKey = (path: DataPath): string => path.join(".");

/** A labelled one-line text field for the value at `path`. */
export function textField(
  actions: FormActions,
  path: DataPath,
  label: string,
  value: unknown,
  options: { placeholder?: string; number?: boolean; wide?: boolean } = {},
): HTMLElement {
  const input = h("input", {
    type: options.number ? "number" : "text",
    value: value === undefined || value === null ? "" : String(value),
    placeholder: options.placeholder ?? "",
    "data-field": fieldKey(path),
    "aria-label": label,
    onInput: (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      actions.set(path, options.number && raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw);
    },
  });
  return h("label", { class: options.wide ? "field wide" : "field" }, h("span", null, label), input);
}

/** A text box for a paragraph (or several, separated by blank lines when `paragraphs`). */
export function textBox(
  actions: FormActions,
  path: DataPath,
  label: string,
  value: unknown,
  options: { paragraphs?: boolean; rows?: number; placeholder?: string } = {},
): HTMLTextAreaElement {
  const asList = Array.isArray(value);
  const text = asList ? (value as unknown[]).map(String).join("\n\n") : value === undefined ? "" : String(value);
  const box = h("textarea", {
    value: text,
    rows: options.rows ?? Math.min(12, Math.max(2, Math.ceil(text.length / 40))),
    placeholder: options.placeholder ?? "",
    "data-field": fieldKey(path),
    "aria-label": label,
    onInput: (e: Event) => {
      const typed = (e.target as HTMLTextAreaElement).value;
      // A list of paragraphs stays a list; a text stays a text (blank lines separate its paragraphs).
      const next =
        options.paragraphs && asList
          ? typed
              .split(/\n\s*\n/)
              .map((p) => p.trim())
              .filter(Boolean)
          : typed;
      actions.set(path, next);
    },
  });
  return box;
}

/** A labelled choice among values, with their Chinese names. */
export function selectField(
  actions: FormActions,
  path: DataPath,
  label: string,
  value: unknown,
  choices: readonly { value: string; label: string }[],
  fallback: string,
): HTMLElement {
  const current = value === undefined ? fallback : String(value);
  const select = h(
    "select",
    {
      "data-field": fieldKey(path),
      "aria-label": label,
      onChange: (e: Event) => {
        const chosen = (e.target as HTMLSelectElement).value;
        // A choice can change the outline (the kind decides the parts): the form is redrawn.
        actions.apply(
          [{ op: "set", path, value: chosen === fallback && value === undefined ? undefined : chosen }],
          path,
        );
      },
    },
    choices.map((c) => h("option", { value: c.value, selected: c.value === current }, c.label)),
  );
  return h("label", { class: "field" }, h("span", null, label), select);
}

/** A small button with a Chinese label and a spoken name. */
export function button(label: string, title: string, onClick: () => void, className = "small"): HTMLButtonElement {
  return h("button", { type: "button", class: className, title, "aria-label": title, onClick }, label);
}
