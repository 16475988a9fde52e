import { headingLabel, INITIATIVE_STYLES, initiativeLabel, MAX_LEVEL } from "@gongwen/schema";
import { h } from "./dom.js";
import { button, type FormActions, selectField, textBox, textField } from "./form-fields.js";
import { metaForm } from "./meta-form.js";
import { tableGrid } from "./table-grid.js";
import type { DataPath } from "./yaml-edit.js";

type Data = Record<string, unknown>;

/** New items the add buttons insert: placeholders the clerk overwrites (lint reports them if left). */
const NEW_SECTION = { title: "在此填写标题", content: ["在此填写内容。"] };
const NEW_INITIATIVE = { lead: "在此填写主题句。", text: "在此填写具体做法和成效。" };
const NEW_PARAGRAPH = "在此填写段落。";
const NEW_TABLE = { table: { caption: "在此填写表题", header: ["指标", "目标", "完成"], rows: [["", "", ""]] } };

const asData = (value: unknown): Data =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A list item the clerk can move: where its list is, and where it stands. */
interface Place {
  list: DataPath;
  index: number;
  length: number;
}

/**
 * Move, remove and drag for an item of a list: buttons, Alt+↑/Alt+↓ on the keyboard, and HTML
 * drag and drop by the handle onto another item of the same list.
 */
function movable(actions: FormActions, element: HTMLElement, place: Place, what: string): HTMLElement[] {
  const { list, index, length } = place;
  const at = [...list, index];
  const move = (to: number) => {
    if (to < 0 || to >= length) return;
    const focused = document.activeElement?.getAttribute("data-field");
    const prefix = at.join(".");
    // The field that had the focus moves with its item.
    const focus = focused?.startsWith(prefix)
      ? [
          ...list,
          to,
          ...focused
            .slice(prefix.length + 1)
            .split(".")
            .filter(Boolean)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        ]
      : [...list, to];
    actions.apply([{ op: "move", path: list, from: index, to }], focus);
  };
  element.dataset.list = list.join(".");
  element.dataset.index = String(index);
  element.addEventListener("keydown", (e) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    e.stopPropagation();
    move(index + (e.key === "ArrowUp" ? -1 : 1));
  });
  element.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes(`text/x-gongwen-${list.join(".")}`)) {
      e.preventDefault();
      e.stopPropagation();
      element.classList.add("drop-target");
    }
  });
  element.addEventListener("dragleave", () => element.classList.remove("drop-target"));
  element.addEventListener("drop", (e) => {
    const from = e.dataTransfer?.getData(`text/x-gongwen-${list.join(".")}`);
    element.classList.remove("drop-target");
    if (from === undefined || from === "") return;
    e.preventDefault();
    e.stopPropagation();
    actions.apply([{ op: "move", path: list, from: Number(from), to: index }], at);
  });
  const handle = h(
    "span",
    {
      class: "handle",
      draggable: true,
      title: `拖动以调整${what}的顺序（键盘：Alt+↑ / Alt+↓）`,
      onDragstart: (e: DragEvent) => {
        e.stopPropagation();
        e.dataTransfer?.setData(`text/x-gongwen-${list.join(".")}`, String(index));
        if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
      },
    },
    "⠿",
  );
  return [
    handle,
    button("↑", `上移这个${what}（Alt+↑）`, () => move(index - 1)),
    button("↓", `下移这个${what}（Alt+↓）`, () => move(index + 1)),
    button(
      "删除",
      `删除这个${what}`,
      () => {
        if (confirm(`删除这个${what}？`))
          actions.apply([{ op: "remove", path: at }], index > 0 ? [...list, index - 1] : list);
      },
      "small danger",
    ),
  ];
}

function blockView(actions: FormActions, place: Place, block: unknown, style: string, n: number): HTMLElement {
  const path = [...place.list, place.index];
  const element = h("div", { class: "block" });
  if (typeof block === "object" && block !== null && "table" in block) {
    element.classList.add("table");
    element.append(
      h(
        "div",
        { class: "block-head" },
        h("span", { class: "kind" }, "表格"),
        ...movable(actions, element, place, "表格"),
      ),
      tableGrid(actions, [...path, "table"], asData((block as Data).table)),
    );
    return element;
  }
  if (typeof block === "object" && block !== null) {
    const data = block as Data;
    element.classList.add("initiative");
    element.append(
      h(
        "div",
        { class: "block-head" },
        h("span", { class: "kind label" }, initiativeLabel(style as "ordinal", n)),
        h("span", { class: "kind" }, "举措"),
        ...movable(actions, element, place, "举措"),
      ),
      textField(actions, [...path, "lead"], "主题句（加粗）", data.lead, {
        wide: true,
        placeholder: "以句号结尾的一句话，如：深化医共体建设。",
      }),
      textBox(actions, [...path, "text"], "具体内容", data.text, { placeholder: "具体做法和成效，多用数字说话" }),
    );
    return element;
  }
  element.classList.add("paragraph");
  element.append(
    h(
      "div",
      { class: "block-head" },
      h("span", { class: "kind" }, "段落"),
      ...movable(actions, element, place, "段落"),
    ),
    textBox(actions, path, "段落", block),
  );
  return element;
}

function sectionView(
  actions: FormActions,
  path: DataPath,
  data: Data,
  level: number,
  index: number,
  options: { place?: Place; fixedTitle?: string },
): HTMLElement {
  const style = typeof data.style === "string" ? data.style : "ordinal";
  const content = asList(data.content);
  const sections = asList(data.sections);
  const element = h("section", {
    class: `node level-${level}`,
    "aria-label": `${headingLabel(level, index)}${String(data.title ?? options.fixedTitle ?? "")}`,
  });
  const head = h(
    "div",
    { class: "node-head" },
    h("span", { class: "label" }, headingLabel(level, index)),
    textField(actions, [...path, "title"], "标题", data.title, {
      wide: true,
      placeholder: options.fixedTitle ?? "标题，不写编号",
    }),
    selectField(
      actions,
      [...path, "style"],
      "举措编号",
      data.style,
      Object.entries(INITIATIVE_STYLES).map(([value, label]) => ({ value, label })),
      "ordinal",
    ),
    options.place ? movable(actions, element, options.place, "小节") : null,
  );
  let n = 0;
  const contentPath = [...path, "content"];
  const blocks = content.map((block, i) => {
    if (typeof block === "object" && block !== null && !("table" in block)) n += 1;
    return blockView(actions, { list: contentPath, index: i, length: content.length }, block, style, n);
  });
  const sectionsPath = [...path, "sections"];
  const subsections = sections.map((s, i) =>
    sectionView(actions, [...sectionsPath, i], asData(s), level + 1, i + 1, {
      place: { list: sectionsPath, index: i, length: sections.length },
    }),
  );
  const add = (value: unknown, focus: string) => () =>
    actions.apply(
      [{ op: "insert", path: contentPath, index: content.length, value }],
      [...contentPath, content.length, ...(focus ? [focus] : [])],
    );
  const adders = h(
    "div",
    { class: "adders" },
    button("+ 举措", "在本节末尾增加一项举措", add(NEW_INITIATIVE, "lead")),
    button("+ 段落", "在本节末尾增加一段文字", add(NEW_PARAGRAPH, "")),
    button("+ 表格", "在本节末尾增加一张表格", add(NEW_TABLE, "")),
    level < MAX_LEVEL
      ? button("+ 下级标题", `增加一个${headingLabel(level + 1, sections.length + 1)}小节`, () =>
          actions.apply(
            [{ op: "insert", path: sectionsPath, index: sections.length, value: NEW_SECTION }],
            [...sectionsPath, sections.length, "title"],
          ),
        )
      : null,
  );
  element.append(
    head,
    h("div", { class: "blocks" }, blocks),
    adders,
    subsections.length ? h("div", { class: "children" }, subsections) : "",
  );
  return element;
}

/**
 * The outline form: meta fields, the opening, the parts and sections as a tree (add, remove,
 * reorder by dragging or Alt+↑/↓), initiatives with their lead and text, tables as grids, and the
 * closing. It is drawn from the YAML's data and edits the YAML (see yaml-edit.ts).
 */
export function outlineForm(actions: FormActions, data: Data): HTMLElement {
  const meta = asData(data.meta);
  const body = asData(data.body);
  const kind = typeof meta.kind === "string" ? meta.kind : "summary-and-plan";
  const year = Number(meta.year) || 0;
  const planYear = Number(meta.planYear) || (kind === "plan" ? year : year + 1);
  const planName = typeof meta.planName === "string" ? meta.planName : "工作思路";
  let parts: HTMLElement[];
  if (kind === "summary-and-plan") {
    parts = [
      sectionView(actions, ["body", "summary"], asData(body.summary), 1, 1, { fixedTitle: `${year}年工作总结` }),
      sectionView(actions, ["body", "plan"], asData(body.plan), 1, 2, { fixedTitle: `${planYear}年${planName}` }),
    ];
  } else {
    const sections = asList(body.sections);
    const list = ["body", "sections"];
    parts = [
      ...sections.map((s, i) =>
        sectionView(actions, [...list, i], asData(s), 1, i + 1, { place: { list, index: i, length: sections.length } }),
      ),
      h(
        "div",
        { class: "adders" },
        button("+ 一级标题", `增加“${headingLabel(1, sections.length + 1)}”`, () =>
          actions.apply(
            [{ op: "insert", path: list, index: sections.length, value: NEW_SECTION }],
            [...list, sections.length, "title"],
          ),
        ),
      ),
    ];
  }
  return h(
    "div",
    { class: "outline" },
    metaForm(actions, meta),
    h(
      "fieldset",
      { class: "body-form" },
      h("legend", null, "正文"),
      h(
        "div",
        { class: "block opening" },
        h("div", { class: "block-head" }, h("span", { class: "kind" }, "开头段（空一行分段）")),
        textBox(actions, ["body", "opening"], "开头段", body.opening, { paragraphs: true }),
      ),
      h("div", { class: "parts" }, parts),
      h(
        "div",
        { class: "block closing" },
        h("div", { class: "block-head" }, h("span", { class: "kind" }, "结尾段（可不写；空一行分段）")),
        textBox(actions, ["body", "closing"], "结尾段", body.closing, { paragraphs: true, rows: 2 }),
      ),
    ),
  );
}
