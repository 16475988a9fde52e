/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser, hence the DOM types.
import { readFileSync, statSync } from "node:fs";
import { importReport } from "@gongwen/import";
import { renderDocx } from "@gongwen/render-docx";
import { loadReportYaml, type Report } from "@gongwen/schema";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIZE_BUDGET } from "../scripts/size-budget.mjs";
import { buildSingleFile, type EditorWindow, type OfflineEditor, openOffline } from "./support/single-file.js";

/** An invented report for the DOCX fixture: a county water bureau that exists nowhere. */
const FIXTURE_YAML = `meta:
  org: 松岚县水利局
  year: 2025
  kind: summary-and-plan
  date: 2026-01-12
body:
  opening: 2025年，县水利局围绕防汛保安和农村供水两件大事，各项工作稳步推进。现将有关情况报告如下。
  summary:
    sections:
      - title: 防汛防台扎实有效
        content:
          - lead: 健全责任体系。
            text: 落实水库、山塘防汛责任人412名，完成培训3轮。
          - lead: 加固病险工程。
            text: 完成小型水库除险加固9座，新建堤防4.6公里。
      - title: 农村供水提质增效
        content:
          - 新建改造供水管网86公里，农村自来水普及率达97.2%。
  plan:
    content:
      - lead: 推进水网建设。
        text: 开工建设桐溪引水工程，年内完成投资1.5亿元。
      - lead: 强化河湖管护。
        text: 落实河湖长巡河制度，全年巡河不少于2000人次。
`;

let editor: OfflineEditor;
let page: Page;
let singleFile: string;

/** The YAML the page holds (the source of truth of every view). */
const yamlText = () => page.evaluate(() => (globalThis as EditorWindow).gongwen.store.text as string);
/** The report the page holds, through JSON (as the model serialises). */
const pageReport = () =>
  page.evaluate(
    () => JSON.parse(JSON.stringify((globalThis as EditorWindow).gongwen.store.analysis.report ?? null)) as Report,
  );
const pagesText = () => page.locator(".gw-pages").textContent();

/** Puts the YAML editor's cursor right after `needle`, scrolled into view and focused. */
async function cursorAfter(needle: string): Promise<void> {
  await page.evaluate((needle) => {
    const view = (globalThis as EditorWindow).gongwen.source.view;
    const at = view.state.doc.toString().indexOf(needle);
    if (at < 0) throw new Error(`not in the YAML: ${needle}`);
    view.dispatch({ selection: { anchor: at + needle.length }, scrollIntoView: true });
    view.focus();
  }, needle);
}

/** Drops a file on the page as a clerk drags it from the desktop. */
async function dropFile(name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name);
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(file);
      window.dispatchEvent(new DragEvent("dragover", { dataTransfer, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer, bubbles: true, cancelable: true }));
    },
    { name, data: Buffer.from(bytes).toString("base64") },
  );
}

beforeAll(async () => {
  singleFile = await buildSingleFile();
  editor = await openOffline(singleFile);
  page = editor.page;
}, 120_000);

afterAll(async () => {
  await editor?.browser.close();
});

describe("the single-file editor, opened from disk with the network off", () => {
  it("is one file within its size budget, with no script or style loaded from elsewhere", () => {
    const html = readFileSync(singleFile, "utf8");
    expect(statSync(singleFile).size).toBeLessThanOrEqual(SIZE_BUDGET.singleFile);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    expect(html).toContain("connect-src 'none'");
  });

  it("starts from the bundled template, draws A4 pages with page numbers, and asks for nothing on the network", async () => {
    expect(await page.locator(".gw-page").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".gw-page-number").first().textContent()).toBe("— 1 —");
    expect(await yamlText()).toContain("meta:");
    expect(editor.blocked).toEqual([]);
    expect(editor.errors).toEqual([]);
  });

  it("imports a dropped DOCX and shows its outline, without a warning", async () => {
    const fixture = loadReportYaml(FIXTURE_YAML, "fixture.yaml");
    await dropFile("松岚县水利局2025年工作总结.docx", await renderDocx(fixture));
    await expect.poll(() => yamlText()).toContain("松岚县水利局");
    const titles = await page
      .locator(".node-head input[aria-label='标题']")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(titles).toEqual(expect.arrayContaining(["防汛防台扎实有效", "农村供水提质增效"]));
    const leads = await page
      .locator(".initiative input[aria-label^='主题句']")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(leads).toEqual(["健全责任体系。", "加固病险工程。", "推进水网建设。", "强化河湖管护。"]);
    expect(await page.locator(".import-warnings").count()).toBe(0);
    expect(await pageReport()).toEqual(JSON.parse(JSON.stringify(fixture)));
    await expect.poll(pagesText).toContain("防汛防台扎实有效");
  });

  it("adds an initiative in the form, and it shows in the YAML and on the pages", async () => {
    const first = page.locator("section.level-2").first();
    await first.getByRole("button", { name: "在本节末尾增加一项举措" }).click();
    const lead = page.locator("input[data-field='body.summary.sections.0.content.2.lead']");
    await expect.poll(() => lead.evaluate((e) => e === document.activeElement)).toBe(true);
    await lead.fill("开展汛后检查。");
    await page
      .locator("textarea[data-field='body.summary.sections.0.content.2.text']")
      .fill("检查水利工程163处，整改隐患21处。");
    await expect.poll(yamlText).toMatch(/- lead: 开展汛后检查。\n\s+text: 检查水利工程163处，整改隐患21处。/);
    await page.getByRole("tab", { name: "YAML 源码" }).click();
    await expect.poll(() => page.locator(".cm-content").textContent()).toContain("开展汛后检查。");
    await expect.poll(pagesText).toContain("三是开展汛后检查。检查水利工程163处");
  });

  it("marks a half-width comma typed in the YAML and fixes it with one click", async () => {
    const line = page.locator(".cm-line", { hasText: "检查水利工程163处" });
    await line.click();
    await page.keyboard.press("End");
    await page.keyboard.type("另有3处正在整改,年底前完成。");
    const problem = page.locator(".problem[data-rule='punctuation-width']");
    await expect.poll(() => problem.count()).toBe(1);
    await expect.poll(() => page.locator(".cm-lintRange-error, .cm-lintRange-warning").count()).toBeGreaterThan(0);
    await problem.getByRole("button", { name: /修正/ }).click();
    await expect.poll(yamlText).toContain("另有3处正在整改，年底前完成。");
    await expect.poll(() => problem.count()).toBe(0);
  });

  it("downloads a DOCX that imports back to the same report", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "DOCX", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("松岚县水利局2025年工作总结和2026年工作思路.docx");
    const bytes = readFileSync((await download.path()) as string);
    const { report, warnings } = await importReport(new Uint8Array(bytes), { format: "docx" });
    expect(warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(await pageReport());
  });

  it("reorders sections by dragging the handle", async () => {
    await page.getByRole("tab", { name: "大纲" }).click();
    // The drag events a mouse drag fires, with one DataTransfer (headless Chromium starts no native drag).
    await page.evaluate(() => {
      const handle = document.querySelectorAll("section.level-2 > .node-head .handle")[1] as HTMLElement;
      const target = document.querySelector("section.level-2 .node-head") as HTMLElement;
      const dataTransfer = new DataTransfer();
      const fire = (el: Element, type: string) =>
        el.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
      fire(handle, "dragstart");
      fire(target, "dragover");
      fire(target, "drop");
    });
    await expect.poll(yamlText).toMatch(/title: 农村供水提质增效[\s\S]*title: 防汛防台扎实有效/);
    await expect.poll(pagesText).toMatch(/（一）农村供水提质增效[\s\S]*（二）防汛防台扎实有效/);
  });

  it("completes keys and allowed values from the JSON Schema, and explains a key on hover", async () => {
    await page.getByRole("tab", { name: "YAML 源码" }).click();
    await cursorAfter("org: 松岚县水利局");
    await page.keyboard.press("Enter");
    await page.keyboard.type("planN");
    const option = page.locator(".cm-tooltip-autocomplete li[aria-selected]", { hasText: "planName" });
    await expect.poll(() => option.count()).toBe(1);
    // CodeMirror takes no Enter for 75 ms after the list opens (interactionDelay), as a person would not.
    await page.waitForTimeout(150);
    await page.keyboard.press("Enter");
    await page.keyboard.type("工作");
    await page.keyboard.press("Control+Space");
    await expect.poll(() => page.locator(".cm-tooltip-autocomplete li", { hasText: "工作要点" }).count()).toBe(1);
    await page.locator(".cm-tooltip-autocomplete li", { hasText: "工作要点" }).click();
    await expect.poll(yamlText).toContain("  planName: 工作要点\n");
    await cursorAfter("date: 2026-01-12");
    await page.locator(".cm-line", { hasText: "date: 2026-01-12" }).getByText("date").hover();
    await expect.poll(() => page.locator(".cm-schema-help").textContent()).toContain("成文日期");
    // Back to the plan's usual name for the checks below.
    await page.evaluate(() => {
      const { store } = (globalThis as EditorWindow).gongwen;
      store.setText(store.text.replace("  planName: 工作要点\n", ""), "import");
    });
  });

  it("draws the 版头 when it is switched on and the report has a 发文字号, and downloads Markdown", async () => {
    await page.getByRole("tab", { name: "大纲" }).click();
    await page.locator("input[data-field='meta.docNumber']").fill("松水〔2026〕2号");
    await page.getByRole("checkbox", { name: "版头（红头）" }).check();
    await expect.poll(yamlText).toMatch(/letterhead: true/);
    await expect
      .poll(() => page.locator(".gw-page .letterhead").first().textContent())
      .toMatch(/松岚县水利局文件\s*松水〔2026〕2号/);
    await page.getByRole("checkbox", { name: "版头（红头）" }).uncheck();
    await expect.poll(() => page.locator(".gw-page .letterhead").count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Markdown" }).click(),
    ]);
    const markdown = readFileSync((await download.path()) as string, "utf8");
    expect(markdown).toContain("# 松岚县水利局2025年工作总结和2026年工作思路");
    expect(markdown).toContain("docNumber: 松水〔2026〕2号");
    const [html] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "网页 HTML" }).click(),
    ]);
    const fragment = readFileSync((await html.path()) as string, "utf8");
    expect(fragment).toMatch(/^<article class="gongwen"/);
    expect(fragment).toContain('<strong class="lead">一是健全责任体系。</strong>');
  });

  it("with the profile without _GB2312 fonts, the DOCX and the pages name 仿宋 and 楷体", async () => {
    await page.getByRole("combobox", { name: "排版格式" }).selectOption("noGb2312");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "DOCX", exact: true }).click(),
    ]);
    const styles = strFromU8(
      unzipSync(new Uint8Array(readFileSync((await download.path()) as string)))["word/styles.xml"]!,
    );
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="楷体"');
    expect(styles).not.toContain("_GB2312");
    await expect
      .poll(() =>
        page
          .locator(".gw-page .gongwen")
          .first()
          .evaluate((e) => getComputedStyle(e).fontFamily),
      )
      .toMatch(/^[^,]+, 仿宋, /);
  });

  it("marks a field of the outline that has a problem, at the field", async () => {
    await page.getByRole("tab", { name: "大纲" }).click();
    const lead = page.locator("input[data-field='body.plan.content.0.lead']");
    await lead.fill("推进水网建设,提速增效。");
    await expect.poll(() => lead.getAttribute("class")).toMatch(/has-problem/);
    expect(await lead.getAttribute("title")).toContain("半角逗号");
    await lead.fill("推进水网建设。");
    await expect.poll(() => lead.getAttribute("class")).not.toMatch(/has-problem/);
  });

  it("imports text pasted into the paste dialog, with the importer's warnings listed", async () => {
    await page.getByRole("button", { name: "粘贴导入…" }).click();
    await page
      .getByRole("textbox", { name: "粘贴的全文" })
      .fill(
        "桐川镇2025年工作总结\n一、经济运行稳中有进\n全镇完成地区生产总值12.3亿元。\n三、社会事业全面进步\n新建幼儿园2所。\n桐川镇人民政府\n2026年1月8日",
      );
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await expect.poll(yamlText).toContain("org: 桐川镇人民政府");
    await expect
      .poll(() => page.locator(".node-head input[aria-label='标题']").first().inputValue())
      .toBe("经济运行稳中有进");
    // The skipped number (一、 then 三、) is the importer's guess to check, listed with its line.
    await expect.poll(() => page.locator(".import-warnings h2").textContent()).toContain("粘贴的文字.txt");
    expect(await page.locator(".import-warnings .problem").first().textContent()).toMatch(/原文第 4 段/);
  });

  it("keeps the work across a reload", async () => {
    const before = await yamlText();
    await page.reload();
    await page.waitForSelector(".gw-page");
    expect(await yamlText()).toBe(before);
    // The settings too.
    expect(await page.getByRole("combobox", { name: "排版格式" }).inputValue()).toBe("noGb2312");
  });
});
