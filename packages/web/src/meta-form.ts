import { PLAN_NAMES, REPORT_KINDS } from "@gongwen/schema";
import { h } from "./dom.js";
import { type FormActions, fieldKey, selectField, textField } from "./form-fields.js";

const KIND_NAMES: Record<(typeof REPORT_KINDS)[number], string> = {
  "summary-and-plan": "工作总结和工作思路",
  summary: "只有工作总结",
  plan: "只有工作思路（计划、要点）",
};

/** The meta fields of the report (文件信息) as a form; rarely used fields are folded away. */
export function metaForm(actions: FormActions, meta: Record<string, unknown>): HTMLElement {
  const path = (key: string) => ["meta", key];
  const field = (key: string, label: string, placeholder = "", number = false) =>
    textField(actions, path(key), label, meta[key], { placeholder, number });
  const list = (key: string) => (Array.isArray(meta[key]) ? (meta[key] as unknown[]).join("；") : meta[key]);
  const listField = (key: string, label: string) =>
    h(
      "label",
      { class: "field wide" },
      h("span", null, label),
      h("input", {
        type: "text",
        value: String(list(key) ?? ""),
        placeholder: "多项用“；”隔开",
        "data-field": fieldKey(path(key)),
        "aria-label": label,
        onInput: (e: Event) => {
          const items = (e.target as HTMLInputElement).value
            .split(/[；;]/)
            .map((s) => s.trim())
            .filter(Boolean);
          actions.set(path(key), items.length === 0 ? undefined : items);
        },
      }),
    );
  return h(
    "fieldset",
    { class: "meta-form" },
    h("legend", null, "文件信息"),
    h(
      "div",
      { class: "grid" },
      field("org", "机关名称", "如：青溪县卫生健康局"),
      field("year", "年度", "2023", true),
      selectField(
        actions,
        path("kind"),
        "文种",
        meta.kind,
        REPORT_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k] })),
        "summary-and-plan",
      ),
      selectField(
        actions,
        path("planName"),
        "计划的称谓",
        meta.planName,
        PLAN_NAMES.map((n) => ({ value: n, label: n })),
        "工作思路",
      ),
      field("date", "成文日期", "2024-01-09"),
      field("docNumber", "发文字号", "青卫〔2024〕3号"),
      textField(actions, path("title"), "标题（不填则自动生成）", meta.title, { wide: true }),
      field("recipients", "主送机关"),
      field("signature", "署名（不填同机关名称）"),
    ),
    h(
      "details",
      { class: "more" },
      h("summary", null, "更多：抄送、印发、附注、附件"),
      h(
        "div",
        { class: "grid" },
        field("planYear", "计划年度（不是年度加一时才填）", "", true),
        field("letterheadName", "发文机关标志"),
        listField("cc", "抄送机关"),
        field("issuer", "印发机关"),
        field("issueDate", "印发日期", "2024-01-10"),
        field("note", "附注"),
        listField("attachments", "附件"),
      ),
    ),
  );
}
