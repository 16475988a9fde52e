import { h } from "./dom.js";
import { pageCssVariables, pageNumberText } from "./page-geometry.js";
import type { PageFlow } from "./preview.js";

/** What the pagination moves or pads, in document order. */
const BLOCKS = ".letterhead, table, .signature, .attachments, .colophon";

/**
 * Lays the HTML writer's page flow out on A4 pages (page-geometry.ts): the flow is set once in a
 * hidden column as wide as the type area with the writer's page CSS; tables and the 版头 are padded
 * to whole grid lines, table rows and the 落款 that would cross a page edge move to the next page,
 * and the 版记 starts on an even page. Each page then shows its slice of `lines` grid lines of the
 * flow. Every line of text is one pitch high, so page edges fall between lines, as in Word. The
 * 版记's page has no number (GB/T 9704 §7.5). Redrawing keeps the scroll position of `scroller`.
 */
export class PagesView {
  readonly element: HTMLElement;
  readonly #measure: HTMLElement;
  readonly #scroller: HTMLElement;
  readonly #style: HTMLStyleElement;
  #pageHeight = 0;

  constructor(scroller: HTMLElement) {
    this.#scroller = scroller;
    this.#measure = h("div", { class: "gw-flow gw-measure", "aria-hidden": "true", style: pageCssVariables() });
    this.element = h("div", {
      class: "gw-pages",
      role: "document",
      "aria-label": "排版预览",
      style: pageCssVariables(),
    });
    this.#style = h("style", { "data-gongwen": "page-css" });
    document.head.append(this.#style);
  }

  /** Draws the flow on pages; returns the number of pages. */
  render(flow: PageFlow): number {
    const { scrollTop, scrollLeft } = this.#scroller;
    if (this.#style.textContent !== flow.css) this.#style.textContent = flow.css;
    const measure = this.#measure;
    measure.innerHTML = flow.html;
    if (!measure.isConnected) this.element.before(measure);
    const probe = measure.appendChild(h("div", { style: `height:${flow.linePitch}pt` }));
    const pitch = probe.getBoundingClientRect().height;
    probe.remove();
    const pageHeight = pitch * flow.lines;
    this.#pageHeight = pageHeight;
    const origin = measure.getBoundingClientRect().top;
    const startOf = (el: Element) => el.getBoundingClientRect().top - origin;
    /** How far `el` must move down so that it does not cross a page edge (0 when it fits, or is taller than a page). */
    const overhang = (el: Element): number => {
      const start = startOf(el);
      const height = el.getBoundingClientRect().height;
      const edge = (Math.floor(start / pageHeight + 1e-6) + 1) * pageHeight;
      return start + height > edge + 0.5 && height < pageHeight ? edge - start : 0;
    };
    const colophonPages: number[] = [];
    for (const el of Array.from(measure.querySelectorAll<HTMLElement>(BLOCKS))) {
      if (el.tagName === "TABLE") {
        for (const row of Array.from(el.querySelectorAll("tbody tr"))) {
          const push = overhang(row);
          if (push > 0) {
            // A row cannot take a margin: an empty row as tall as the rest of the page goes before it.
            const spacer = h("tr", { class: "gw-spacer", "aria-hidden": "true" });
            spacer.append(h("td", { colSpan: row.children.length, style: `height:${push}px` }));
            row.before(spacer);
          }
        }
      } else if (el.classList.contains("colophon")) {
        // The 版记 stands on an even page of its own (GB/T 9704 §7.5, render-docx's colophon.evenPage).
        let page = Math.ceil(startOf(el) / pageHeight - 1e-6);
        if (page % 2 === 0) page += 1;
        el.style.breakBefore = "auto";
        el.style.marginTop = `${page * pageHeight - startOf(el)}px`;
        colophonPages.push(page);
      } else {
        const push = overhang(el);
        if (push > 0) el.style.marginTop = `${push}px`;
      }
      if (el.tagName === "TABLE" || el.classList.contains("letterhead")) {
        // Padded to whole grid lines, so the text after it stays on the grid and page edges fall between lines.
        const height = el.getBoundingClientRect().height;
        el.style.marginBottom = `${Math.ceil(height / pitch - 0.01) * pitch - height}px`;
      }
    }
    const count = Math.max(1, Math.ceil(measure.scrollHeight / pageHeight - 0.01));
    const pages: HTMLElement[] = [];
    for (let i = 0; i < count; i++) {
      const slice = measure.cloneNode(true) as HTMLElement;
      // Each page holds the whole flow, clipped: a screen reader would read it once per page, so the
      // slices are hidden from it (the outline and the YAML hold the same text).
      slice.className = "gw-flow";
      slice.style.transform = `translateY(${-i * pageHeight}px)`;
      const n = i + 1;
      pages.push(
        h(
          "section",
          { class: `gw-page ${n % 2 === 1 ? "gw-odd" : "gw-even"}`, "aria-label": `第 ${n} 页` },
          h("div", { class: "gw-type-area" }, slice),
          colophonPages.includes(i)
            ? null
            : h("div", { class: "gw-page-number", style: `font-family:${flow.pageNumberFont}` }, pageNumberText(n)),
        ),
      );
    }
    this.element.replaceChildren(...pages);
    this.#scroller.scrollTop = scrollTop;
    this.#scroller.scrollLeft = scrollLeft;
    return count;
  }

  /**
   * Scrolls the pages to the first of `paths` the flow marks (`data-path`, render-html's
   * `sourcePaths`), so the clerk sees on the page what they are editing; false when none is there.
   */
  reveal(paths: readonly string[]): boolean {
    const measure = this.#measure;
    const target = paths
      .map((p) => measure.querySelector(`[data-path="${CSS.escape(p)}"]`))
      .find((el): el is Element => el !== null);
    if (!target || this.#pageHeight === 0) return false;
    const top = target.getBoundingClientRect().top - measure.getBoundingClientRect().top;
    const index = Math.floor(top / this.#pageHeight + 1e-6);
    const page = this.element.children[index] as HTMLElement | undefined;
    const area = page?.querySelector(".gw-type-area");
    if (!page || !area) return false;
    // The pages may be drawn zoomed out (CSS zoom): scale the offset inside the page the same way.
    const zoom = page.getBoundingClientRect().height / page.offsetHeight || 1;
    const y = area.getBoundingClientRect().top + (top - index * this.#pageHeight) * zoom;
    this.#scroller.scrollTop += y - this.#scroller.getBoundingClientRect().top - 48;
    return true;
  }
}
