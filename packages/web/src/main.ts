import "./app.css";
import "./pages.css";
import type { ImportWarning } from "@gongwen/import";
import { fixText } from "@gongwen/lint";
import { formatPath } from "@gongwen/schema";
import type { Analysis, EditorProblem } from "./analyse.js";
import { h, mount } from "./dom.js";
import { downloadDocx, downloadMarkdown, downloadPortalHtml, downloadYaml } from "./downloads.js";
import { applyOneFix } from "./fix-one.js";
import { type FormActions, fieldKey } from "./form-fields.js";
import { type ImportOutcome, importFile, importPasted } from "./import-file.js";
import { outlineForm } from "./outline-form.js";
import { PagesView } from "./pages.js";
import { pageFlow } from "./preview.js";
import { renderProblems } from "./problems-panel.js";
import { PROFILE_CHOICES } from "./profiles.js";
import { SourceEditor } from "./source-editor.js";
import { loadSettings, loadText, type Settings, saveSettings, saveText } from "./storage.js";
import { type ChangeOrigin, DocumentStore } from "./store.js";
import { TEMPLATES } from "./templates.js";
import { changeYaml, type DataPath, yamlData } from "./yaml-edit.js";

const app = document.getElementById("app") as HTMLElement;
const settings: Settings = loadSettings();
const store = new DocumentStore(loadText() ?? TEMPLATES[0]?.text ?? "meta:\n  org: \nbody:\n");
let importWarnings: { fileName: string; list: ImportWarning[] } | undefined;

// ---- layout ------------------------------------------------------------------------------------
const status = h("span", { class: "status", role: "status", "aria-live": "polite" });
const fileInput = h("input", {
  type: "file",
  accept: ".docx,.md,.markdown,.txt,.yaml,.yml",
  hidden: true,
  onChange: async () => {
    const file = fileInput.files?.[0];
    if (file) await takeImport(await importFile(file));
    fileInput.value = "";
  },
});
const templateSelect = h(
  "select",
  {
    "aria-label": "从模板新建",
    onChange: () => {
      const t = TEMPLATES.find((x) => x.id === templateSelect.value);
      templateSelect.value = "";
      if (t && confirm(`用“${t.label}”模板新建？当前内容会被替换（可先下载 YAML 保存）。`)) {
        importWarnings = undefined;
        store.setText(t.text, "template");
      }
    },
  },
  h("option", { value: "" }, "新建（选模板）…"),
  TEMPLATES.map((t) => h("option", { value: t.id }, t.label)),
);
const profileSelect = h(
  "select",
  {
    "aria-label": "排版格式",
    onChange: () => {
      settings.profile = profileSelect.value as Settings["profile"];
      saveSettings(settings);
      schedulePages(0);
    },
  },
  PROFILE_CHOICES.map((p) => h("option", { value: p.id, selected: p.id === settings.profile }, p.label)),
);
const letterheadBox = h("input", {
  type: "checkbox",
  onChange: () =>
    formActions.apply([{ op: "set", path: ["meta", "letterhead"], value: letterheadBox.checked || undefined }]),
});
const pasteDialog = h("dialog", { class: "paste-dialog", "aria-label": "粘贴导入" });
const pasteBox = h("textarea", {
  rows: 16,
  placeholder: "把门户网站或 Word 里的全文粘贴到这里",
  "aria-label": "粘贴的全文",
});
mount(
  pasteDialog,
  h("h2", null, "粘贴全文导入"),
  pasteBox,
  h(
    "div",
    { class: "dialog-buttons" },
    h("button", { type: "button", onClick: () => pasteDialog.close() }, "取消"),
    h(
      "button",
      {
        type: "button",
        class: "primary",
        onClick: async () => {
          pasteDialog.close();
          if (pasteBox.value.trim()) await takeImport(await importPasted(pasteBox.value));
        },
      },
      "导入",
    ),
  ),
);

const toolbar = h(
  "header",
  { class: "toolbar" },
  h("h1", null, "公文编辑器"),
  h(
    "div",
    { class: "group", role: "group", "aria-label": "文件" },
    templateSelect,
    h(
      "button",
      {
        type: "button",
        onClick: () => fileInput.click(),
        title: "导入 DOCX、Markdown、文本或 YAML 文件（也可以把文件拖到页面上）",
      },
      "导入文件…",
    ),
    h("button", { type: "button", onClick: () => pasteDialog.showModal() }, "粘贴导入…"),
    fileInput,
  ),
  h(
    "div",
    { class: "group", role: "group", "aria-label": "排版" },
    profileSelect,
    h("label", { class: "check" }, letterheadBox, "版头（红头）"),
  ),
  h(
    "div",
    { class: "group", role: "group", "aria-label": "下载" },
    h("span", { class: "group-label" }, "下载："),
    h("button", { type: "button", class: "primary", onClick: () => download("docx") }, "DOCX"),
    h("button", { type: "button", onClick: () => download("md") }, "Markdown"),
    h("button", { type: "button", onClick: () => download("html"), title: "门户网站发布用的 HTML 片段" }, "网页 HTML"),
    h("button", { type: "button", onClick: () => download("yaml") }, "YAML"),
  ),
);

const tabs = [
  { id: "outline", label: "大纲" },
  { id: "source", label: "YAML 源码" },
] as const;
type TabId = (typeof tabs)[number]["id"];
const tabButtons = tabs.map((t, i) =>
  h(
    "button",
    {
      type: "button",
      role: "tab",
      id: `tab-${t.id}`,
      "aria-controls": `panel-${t.id}`,
      onClick: () => selectTab(t.id),
      onKeydown: (e: KeyboardEvent) => {
        if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
        const next = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length] as (typeof tabs)[number];
        selectTab(next.id);
        document.getElementById(`tab-${next.id}`)?.focus();
      },
    },
    t.label,
  ),
);
const outlinePanel = h("div", {
  class: "tab-panel",
  role: "tabpanel",
  id: "panel-outline",
  "aria-labelledby": "tab-outline",
});
const sourcePanel = h("div", {
  class: "tab-panel source",
  role: "tabpanel",
  id: "panel-source",
  "aria-labelledby": "tab-source",
});
const problemsPanel = h("section", { class: "problems", "aria-label": "审核意见" });
const pagesBanner = h("div", { class: "pages-banner", role: "status" });
const pagesScroller = h("div", { class: "pages-scroller", tabIndex: 0, "aria-label": "排版预览（A4 页面）" });
const pagesView = new PagesView(pagesScroller);
pagesScroller.append(pagesView.element);
const dropHint = h(
  "div",
  { class: "drop-hint", hidden: true },
  "松开鼠标，导入这个文件（DOCX、Markdown、文本或 YAML）",
);

mount(
  app,
  toolbar,
  h(
    "main",
    { class: "workspace" },
    h(
      "div",
      { class: "editor-pane" },
      h("div", { class: "tabs", role: "tablist", "aria-label": "编辑方式" }, tabButtons),
      outlinePanel,
      sourcePanel,
      problemsPanel,
    ),
    h("div", { class: "pages-pane" }, pagesBanner, pagesScroller, status),
  ),
  pasteDialog,
  dropHint,
);

// ---- the YAML source -----------------------------------------------------------------------------
const fromSource = (text: string) => store.setText(text, "source");
const source = new SourceEditor(sourcePanel, store.text, fromSource);

// ---- the outline form ----------------------------------------------------------------------------
// What the clerk types in the form is written to the YAML after a short pause (or before anything
// else happens), so that a keystroke costs no re-analysis of a long report.
const typed = new Map<string, { path: DataPath; value: unknown }>();
let typedTimer: ReturnType<typeof setTimeout> | undefined;
function flushTyped(): void {
  clearTimeout(typedTimer);
  typedTimer = undefined;
  if (typed.size === 0) return;
  const changes = [...typed.values()].map(({ path, value }) => ({ op: "set" as const, path, value }));
  typed.clear();
  const next = changeYaml(store.text, ...changes);
  if (next !== undefined) store.setText(next, "form-input");
}
/** Everything typed anywhere is in the store: call before reading or changing the text. */
function flushAll(): void {
  source.flush(fromSource);
  flushTyped();
}
const formActions: FormActions = {
  set(path, value) {
    source.flush(fromSource);
    typed.set(fieldKey(path), { path, value });
    clearTimeout(typedTimer);
    typedTimer = setTimeout(flushTyped, 150);
  },
  apply(changes, focus) {
    flushAll();
    const next = changeYaml(store.text, ...changes);
    if (next === undefined) return;
    pendingFocus = focus;
    store.setText(next, "form");
    if (focus && pendingFocus) restoreFocus();
  },
};
let pendingFocus: DataPath | undefined;

function restoreFocus(): void {
  const path = pendingFocus;
  pendingFocus = undefined;
  if (!path) return;
  for (let p = [...path]; p.length > 0; p.pop()) {
    const target = outlinePanel.querySelector<HTMLElement>(`[data-field^="${CSS.escape(fieldKey(p))}"]`);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "nearest" });
      return;
    }
  }
}

function renderForm(): void {
  const data = yamlData(store.text);
  const active = document.activeElement as HTMLInputElement | null;
  const activeKey = outlinePanel.contains(active) ? active?.getAttribute("data-field") : null;
  const selection =
    activeKey && "selectionStart" in (active ?? {}) ? [active?.selectionStart, active?.selectionEnd] : null;
  const scroll = outlinePanel.scrollTop;
  if (!data) {
    mount(
      outlinePanel,
      h(
        "p",
        { class: "form-blocked" },
        "YAML 源码有格式错误，改正后才能用大纲编辑。请看下方的审核意见，或切换到“YAML 源码”。",
      ),
    );
    return;
  }
  mount(outlinePanel, outlineForm(formActions, data));
  const meta = data.meta as Record<string, unknown> | undefined;
  letterheadBox.checked = meta?.letterhead === true;
  outlinePanel.scrollTop = scroll;
  markFormProblems(store.analysis);
  if (pendingFocus) restoreFocus();
  else if (activeKey) {
    const again = outlinePanel.querySelector<HTMLInputElement>(`[data-field="${CSS.escape(activeKey)}"]`);
    again?.focus({ preventScroll: true });
    if (again && selection && typeof selection[0] === "number")
      again.setSelectionRange(selection[0], selection[1] ?? selection[0]);
  }
}

function markFormProblems(analysis: Analysis): void {
  for (const el of outlinePanel.querySelectorAll(".has-problem")) {
    el.classList.remove("has-problem", "error", "warning");
    el.removeAttribute("title");
  }
  for (const p of analysis.problems) {
    const field = outlinePanel.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldKey(p.path))}"]`);
    if (!field) continue;
    field.classList.add("has-problem", p.severity);
    field.title = [field.title, p.message].filter(Boolean).join("\n");
  }
}

// ---- pages ---------------------------------------------------------------------------------------
// The pages follow the form: a field that gets the focus shows its paragraph (or nearest section) on the page.
outlinePanel.addEventListener("focusin", (e) => {
  const key = (e.target as Element).getAttribute?.("data-field");
  if (!key) return;
  const path = key.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const candidates: string[] = [];
  for (let p = path; p.length > 1; p = p.slice(0, -1)) candidates.push(formatPath(p));
  pagesView.reveal(candidates);
});

let pagesTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePages(delay = 250): void {
  clearTimeout(pagesTimer);
  pagesTimer = setTimeout(renderPages, delay);
}
function renderPages(): void {
  const report = store.lastReport;
  const invalid = store.analysis.report === undefined;
  pagesBanner.textContent = invalid
    ? report
      ? "YAML 有错误：页面显示的是上次正确的内容。"
      : "YAML 有错误，还不能排版。"
    : "";
  pagesBanner.hidden = !invalid;
  if (!report) return;
  const count = pagesView.render(pageFlow(report, settings));
  pagesScroller.dataset.pages = String(count);
}

// ---- problems ------------------------------------------------------------------------------------
function renderProblemList(): void {
  renderProblems(problemsPanel, store.analysis, importWarnings, {
    fix(problem) {
      flushAll();
      const { parsed, text } = store.analysis;
      const next = problem.diagnostic && parsed ? applyOneFix(text, parsed, problem.diagnostic) : undefined;
      if (next === undefined) say("这一处不能自动修正，请手工修改。");
      else store.setText(next, "fix");
    },
    fixAll() {
      flushAll();
      try {
        const result = fixText(store.text, { format: "yaml", locale: "zh" });
        store.setText(result.text, "fix");
        say(`已修正 ${result.applied.length} 处。`);
      } catch {
        say("YAML 有错误，改正后才能自动修正。");
      }
    },
    reveal(problem) {
      flushAll();
      const field = outlinePanel.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldKey(problem.path))}"]`);
      if (currentTab === "outline" && field) {
        field.focus();
        field.scrollIntoView({ block: "center" });
      } else if (problem.line !== undefined) {
        selectTab("source");
        source.reveal(problem.line, problem.column ?? 1);
      }
    },
    dismissWarnings() {
      importWarnings = undefined;
      renderProblemList();
    },
  });
}

// ---- tabs, import, download, status --------------------------------------------------------------
let currentTab: TabId = "outline";
let formStale = false;
function selectTab(id: TabId): void {
  currentTab = id;
  for (const [i, t] of tabs.entries()) {
    const selected = t.id === id;
    tabButtons[i]?.setAttribute("aria-selected", String(selected));
    (tabButtons[i] as HTMLButtonElement).tabIndex = selected ? 0 : -1;
    document.getElementById(`panel-${t.id}`)!.hidden = !selected;
  }
  if (id === "source") source.view.requestMeasure();
  if (id === "outline" && formStale) {
    formStale = false;
    renderForm();
  }
}

function say(message: string): void {
  status.textContent = message;
}

async function takeImport(outcome: ImportOutcome): Promise<void> {
  if (!outcome.ok) {
    say(`导入失败：${outcome.fileName}`);
    alert(`无法导入 ${outcome.fileName}：\n${outcome.messages.slice(0, 10).join("\n")}`);
    return;
  }
  importWarnings = { fileName: outcome.fileName, list: outcome.warnings };
  store.setText(outcome.yaml, "import");
  renderProblemList();
  say(`已导入 ${outcome.fileName}${outcome.warnings.length ? `，有 ${outcome.warnings.length} 条提示请核对` : ""}。`);
}

async function download(kind: "docx" | "md" | "html" | "yaml"): Promise<void> {
  flushAll();
  const report = store.analysis.report;
  if (kind === "yaml") return downloadYaml(store.text, report);
  if (!report) {
    say("YAML 有错误，改正后才能下载。");
    return;
  }
  if (kind === "docx") await downloadDocx(report, settings);
  else if (kind === "html") downloadPortalHtml(report);
  else downloadMarkdown(report);
}

// Files dropped anywhere on the page are imported; the outline's own drags (items) are left alone.
const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") === true;
window.addEventListener("dragover", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dropHint.hidden = false;
});
window.addEventListener("dragleave", (e) => {
  if (e.relatedTarget === null) dropHint.hidden = true;
});
window.addEventListener("drop", async (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dropHint.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file) await takeImport(await importFile(file));
});

// ---- one change, every view ----------------------------------------------------------------------
function refresh(analysis: Analysis, origin: ChangeOrigin): void {
  if (origin !== "source") source.setText(analysis.text);
  source.showProblems(analysis.problems);
  // The form is drawn when it is seen: typing in the YAML does not rebuild a hidden form.
  if (origin === "form-input") markFormProblems(analysis);
  else if (currentTab === "outline") renderForm();
  else formStale = true;
  renderProblemList();
  schedulePages(origin === "source" || origin === "form-input" ? 250 : 0);
  say(saveText(analysis.text) ? "已存在本机（不上传）" : "注意：浏览器不允许保存，请下载 YAML 留存");
}
store.subscribe(refresh);
selectTab("outline");
refresh(store.analysis, "restore");

/** Exposed for the browser tests and the latency benchmark: the store and the editor's views. */
(globalThis as unknown as { gongwen: unknown }).gongwen = {
  store,
  source,
  problems: (): EditorProblem[] => store.analysis.problems,
};
