import type { ImportWarning } from "@gongwen/import";
import type { Analysis, EditorProblem } from "./analyse.js";
import { h, mount } from "./dom.js";

/** What the problems panel asks of the editor. */
export interface ProblemActions {
  /** Make one lint fix. */
  fix(problem: EditorProblem): void;
  /** Make every safe fix at once. */
  fixAll(): void;
  /** Show where a problem is (in the YAML, or the form's field). */
  reveal(problem: EditorProblem): void;
  /** Forget the import's warnings. */
  dismissWarnings(): void;
}

function where(p: { line?: number; column?: number }): string {
  return p.line === undefined ? "" : `第 ${p.line} 行${p.column === undefined ? "" : `第 ${p.column} 列`}`;
}

/**
 * The reviewer's marks as a list: the validator's errors (the YAML is not a report yet), the lint
 * rules' errors and warnings, each with its place and, when it can be fixed safely, a 修正 button;
 * 全部安全修正 makes them all. The importer's warnings follow, with the input line they concern.
 */
export function renderProblems(
  container: HTMLElement,
  analysis: Analysis,
  warnings: { fileName: string; list: ImportWarning[] } | undefined,
  actions: ProblemActions,
): void {
  const { problems } = analysis;
  const fixable = problems.filter((p) => p.diagnostic?.fix).length;
  const errors = problems.filter((p) => p.severity === "error").length;
  const summary =
    problems.length === 0
      ? "没有发现问题。"
      : `${errors} 个错误，${problems.length - errors} 个警告${fixable ? `，其中 ${fixable} 个可以安全修正` : ""}。`;
  mount(
    container,
    h(
      "div",
      { class: "problems-head" },
      h("h2", { id: "problems-title" }, "审核意见"),
      h("span", { class: "count", role: "status" }, summary),
      fixable > 0
        ? h(
            "button",
            { type: "button", class: "fix-all", onClick: () => actions.fixAll() },
            `全部安全修正（${fixable}）`,
          )
        : null,
    ),
    h(
      "ul",
      { class: "problem-list", "aria-labelledby": "problems-title" },
      problems.map((p) =>
        h(
          "li",
          { class: `problem ${p.severity}`, "data-rule": p.code },
          h(
            "span",
            { class: "badge" },
            p.source === "validate" ? "格式错误" : p.severity === "error" ? "错误" : "警告",
          ),
          h(
            "button",
            { type: "button", class: "link", title: "转到这里", onClick: () => actions.reveal(p) },
            where(p) || "定位",
          ),
          h("span", { class: "message" }, p.message),
          p.diagnostic?.fix
            ? h(
                "button",
                {
                  type: "button",
                  class: "small fix",
                  title: `修正：${p.diagnostic.excerpt ?? ""} → ${p.diagnostic.fix.text}`,
                  onClick: () => actions.fix(p),
                },
                `修正为“${p.diagnostic.fix.text || "（删除）"}”`,
              )
            : null,
        ),
      ),
    ),
    warnings && warnings.list.length > 0
      ? h(
          "div",
          { class: "import-warnings" },
          h(
            "div",
            { class: "problems-head" },
            h("h2", null, `导入提示：${warnings.fileName}`),
            h("button", { type: "button", class: "small", onClick: () => actions.dismissWarnings() }, "知道了"),
          ),
          h(
            "ul",
            { class: "problem-list" },
            warnings.list.map((w) =>
              h(
                "li",
                { class: "problem warning", "data-code": w.code },
                h("span", { class: "badge" }, "请核对"),
                h("span", { class: "where" }, `原文第 ${w.line} 段`),
                h("span", { class: "message" }, w.message),
              ),
            ),
          ),
        )
      : null,
  );
}
