/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser, hence the DOM types.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSingleFile, type EditorWindow, type OfflineEditor, openOffline } from "./support/single-file.js";

const EXAMPLE = readFileSync(new URL("../../../examples/qingxi-health-2023.yaml", import.meta.url), "utf8");

let editor: OfflineEditor;
let page: Page;

const yamlText = () => page.evaluate(() => (globalThis as EditorWindow).gongwen.store.text as string);
const focusedField = () => page.evaluate(() => document.activeElement?.getAttribute("data-field") ?? null);

beforeAll(async () => {
  editor = await openOffline(await buildSingleFile());
  page = editor.page;
  await page.evaluate((text) => (globalThis as EditorWindow).gongwen.store.setText(text, "import"), EXAMPLE);
}, 120_000);

afterAll(async () => {
  await editor?.browser.close();
});

/** Milliseconds from each character typed (beforeinput) to the next painted frame, measured in the page. */
async function typingLatency(keys: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = globalThis as EditorWindow;
    w.latencies = [];
    w.keyHandler ??= () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - start), 0));
    };
    document.addEventListener("beforeinput", w.keyHandler, { capture: true });
  });
  for (const key of keys) await page.keyboard.type(key, { delay: 30 });
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const w = globalThis as EditorWindow;
    if (w.keyHandler) document.removeEventListener("beforeinput", w.keyHandler, { capture: true });
    return w.latencies;
  });
}

const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms over ${xs.length} keys`;
};

describe("the pages of a 5,000-character report", () => {
  it("has page numbers right on odd pages and left on even pages", async () => {
    const pages = page.locator(".gw-page");
    expect(await pages.count()).toBeGreaterThanOrEqual(8);
    const sides = await pages.evaluateAll((els) =>
      els.slice(0, 4).map((p) => {
        const box = p.getBoundingClientRect();
        const number = (p.querySelector(".gw-page-number") as HTMLElement).getBoundingClientRect();
        return number.left + number.width / 2 > box.left + box.width / 2 ? "right" : "left";
      }),
    );
    expect(sides).toEqual(["right", "left", "right", "left"]);
  });
});

describe("the pages while the clerk works", () => {
  const scrollTop = () => page.locator(".pages-scroller").evaluate((e) => e.scrollTop);
  const firstNumber = () => page.locator(".gw-page-number").first().textContent();

  it("keep their scroll position when the text changes and the pages are drawn again", async () => {
    await page.locator(".pages-scroller").evaluate((e) => {
      e.scrollTop = 2000;
    });
    const before = await scrollTop();
    const drawn = await page
      .locator(".gw-page")
      .first()
      .evaluate((e) => e.isConnected);
    expect(drawn).toBe(true);
    await page.evaluate(() => {
      const { store } = (globalThis as EditorWindow).gongwen;
      store.setText(store.text.replace("现将有关情况报告如下。", "现将全年工作情况报告如下。"), "source");
    });
    // Drawn again: the old page elements are gone, the new text is there, the scroll is where it was.
    await expect.poll(() => page.locator(".gw-pages").textContent()).toContain("现将全年工作情况报告如下。");
    expect(await firstNumber()).toBe("— 1 —");
    expect(await scrollTop()).toBe(before);
    await page.evaluate(() => {
      const { store } = (globalThis as EditorWindow).gongwen;
      store.setText(store.text.replace("现将全年工作情况报告如下。", "现将有关情况报告如下。"), "source");
    });
  });

  it("follow the form: the field that gets the focus is shown on its page", async () => {
    await page.locator(".pages-scroller").evaluate((e) => {
      e.scrollTop = 0;
    });
    const field = page.locator("input[data-field='body.plan.content.2.lead']");
    await field.focus();
    const shown = await page.evaluate(() => {
      const scroller = document.querySelector(".pages-scroller") as HTMLElement;
      const box = scroller.getBoundingClientRect();
      return Array.from(scroller.querySelectorAll('[data-path="body.plan.content[2]"]')).some((h) => {
        const r = h.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      });
    });
    expect(await scrollTop()).toBeGreaterThan(1000);
    expect(shown).toBe(true);
  });
});

describe("the editor by keyboard, with a 5,000-character report", () => {
  it("switches between the outline and the YAML with the arrow keys on the tabs", async () => {
    await page.getByRole("tab", { name: "大纲" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "YAML 源码" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#panel-source").isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator("#panel-outline").isVisible()).toBe(true);
  });

  it("moves an initiative with Alt+↓, keeping the focus on it, and adds one with Enter on its button", async () => {
    const lead = page.locator("input[data-field='body.summary.sections.1.content.0.lead']");
    expect(await lead.inputValue()).toBe("深化城市医院对口帮扶。");
    await lead.focus();
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(focusedField).toBe("body.summary.sections.1.content.1.lead");
    expect(await page.locator("input[data-field='body.summary.sections.1.content.1.lead']").inputValue()).toBe(
      "深化城市医院对口帮扶。",
    );
    const text = await yamlText();
    expect(text.indexOf("推动中医药特色发展。")).toBeLessThan(text.indexOf("深化城市医院对口帮扶。"));
    // Tab from the last field of the section reaches its add buttons; Enter presses one.
    const add = page.locator("section.level-2").nth(1).getByRole("button", { name: "在本节末尾增加一项举措" });
    await add.focus();
    await page.keyboard.press("Enter");
    await expect.poll(focusedField).toMatch(/^body\.summary\.sections\.1\.content\.\d+\.lead$/);
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("新增的举措。");
    await expect.poll(yamlText).toContain("lead: 新增的举措。");
  });

  it("leaves the YAML editor with Escape then Tab (Tab alone indents)", async () => {
    await page.getByRole("tab", { name: "YAML 源码" }).click();
    await page.locator(".cm-content").click();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".cm-editor") === null)).toBe(true);
  });

  it("reports the typing latency in the YAML and in the form (a figure, not a pass mark)", async () => {
    expect([...EXAMPLE.replace(/^#.*$/gm, "").replace(/\s/g, "")].length).toBeGreaterThan(5000);
    await page.locator(".cm-line", { hasText: "现将有关情况报告如下" }).click();
    await page.keyboard.press("End");
    const source = await typingLatency("全年工作总体平稳");
    await page.getByRole("tab", { name: "大纲" }).click();
    await page.locator("input[data-field='body.summary.sections.2.content.0.lead']").focus();
    await page.keyboard.press("End");
    const form = await typingLatency("一二三四五六七八");
    const timing = await page.evaluate(() => {
      const g = (globalThis as EditorWindow).gongwen;
      const start = performance.now();
      g.store.setText(`${g.store.text}\n`, "source");
      return performance.now() - start;
    });
    console.log(`typing latency, 5,000-character report — YAML editor: ${summary(source)}`);
    console.log(`typing latency, 5,000-character report — outline form: ${summary(form)}`);
    console.log(`one full re-analysis and redraw of the form and problems: ${timing.toFixed(1)} ms`);
    expect(source.length).toBe(8);
    expect(form.length).toBe(8);
    expect(await yamlText()).toContain("筑牢疾病预防控制防线。一二三四五六七八");
  });
});
