import { h } from "./dom.js";
import { button, type FormActions, fieldKey, textField } from "./form-fields.js";
import type { DataPath } from "./yaml-edit.js";

/** The table of a content block: caption, header and rows as a grid of cells; rows and columns added and removed. */
export function tableGrid(actions: FormActions, path: DataPath, table: Record<string, unknown>): HTMLElement {
  const header = Array.isArray(table.header) ? (table.header as unknown[]) : [];
  const rows = Array.isArray(table.rows) ? (table.rows as unknown[][]) : [];
  const width = Math.max(header.length, ...rows.map((r) => (Array.isArray(r) ? r.length : 0)), 1);
  const cell = (cellPath: DataPath, value: unknown, label: string, head = false) =>
    h(
      head ? "th" : "td",
      null,
      h("input", {
        type: "text",
        value: value === undefined || value === null ? "" : String(value),
        "data-field": fieldKey(cellPath),
        "aria-label": label,
        onInput: (e: Event) => actions.set(cellPath, (e.target as HTMLInputElement).value),
      }),
    );
  const headerPath = [...path, "header"];
  const rowsPath = [...path, "rows"];
  const addColumn = () =>
    actions.apply(
      [
        { op: "insert", path: headerPath, index: width, value: `第${width + 1}列` },
        ...rows.map((_r, i) => ({ op: "insert" as const, path: [...rowsPath, i], index: width, value: "" })),
      ],
      [...headerPath, width],
    );
  const removeColumn = (c: number) =>
    actions.apply([
      { op: "remove", path: [...headerPath, c] },
      ...rows.map((_r, i) => ({ op: "remove" as const, path: [...rowsPath, i, c] })),
    ]);
  const addRow = () =>
    actions.apply(
      [{ op: "insert", path: rowsPath, index: rows.length, value: Array.from({ length: width }, () => "") }],
      [...rowsPath, rows.length, 0],
    );
  return h(
    "div",
    { class: "table-block" },
    textField(actions, [...path, "caption"], "表题", table.caption, {
      wide: true,
      placeholder: "如：2023年主要指标完成情况",
    }),
    h(
      "table",
      { class: "grid-table" },
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          Array.from({ length: width }, (_v, c) => cell([...headerPath, c], header[c], `表头第${c + 1}列`, true)),
          h("th", { class: "tools" }, button("+列", "增加一列", addColumn)),
        ),
      ),
      h(
        "tbody",
        null,
        rows.map((row, r) =>
          h(
            "tr",
            null,
            Array.from({ length: width }, (_v, c) =>
              cell([...rowsPath, r, c], Array.isArray(row) ? row[c] : undefined, `第${r + 1}行第${c + 1}列`),
            ),
            h(
              "td",
              { class: "tools" },
              button("−", `删除第${r + 1}行`, () => actions.apply([{ op: "remove", path: [...rowsPath, r] }])),
            ),
          ),
        ),
        h(
          "tr",
          { class: "tools" },
          Array.from({ length: width }, (_v, c) =>
            h("td", null, width > 1 ? button("−列", `删除第${c + 1}列`, () => removeColumn(c)) : null),
          ),
          h("td", null, button("+行", "增加一行", addRow)),
        ),
      ),
    ),
  );
}
