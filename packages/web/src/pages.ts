import { h } from "./dom.js";
import { PAGE, pageNumberText } from "./page-geometry.js";

/** Blocks that must not be cut by a page edge: moved to the next page whole. */
const KEEP_WHOLE = new Set(["gw-letterhead", "gw-signature", "gw-date", "gw-caption"]);

/**
 * Lays a flow of HTML out on A4 pages (see PAGE): the flow is set once in a hidden column as wide
 * as the type area, tables and other blocks that are not a whole number of lines are padded to the
 * grid and pushed past a page edge they would cross, and each page shows its 225 mm slice of the
 * flow. Every line of text is one grid pitch high, so page edges fall between lines, as in Word.
 * Redrawing keeps the scroll position of `scroller`.
 */
export class PagesView {
  readonly element: HTMLElement;
  readonly #measure: HTMLElement;
  readonly #scroller: HTMLElement;

  constructor(scroller: HTMLElement) {
    this.#scroller = scroller;
    this.#measure = h("div", { class: "gw-flow gw-measure", "aria-hidden": "true" });
    this.element = h("div", { class: "gw-pages", role: "document", "aria-label": "排版预览" });
  }

  /** Draws the flow on pages; returns the number of pages. */
  render(flowHtml: string, fontVariables: string): number {
    const { scrollTop, scrollLeft } = this.#scroller;
    const measure = this.#measure;
    measure.setAttribute("style", fontVariables);
    measure.innerHTML = flowHtml;
    if (!measure.isConnected) this.element.before(measure);
    const probe = measure.appendChild(h("div", { style: "height:var(--pitch)" }));
    const pitch = probe.getBoundingClientRect().height;
    probe.remove();
    const pageHeight = pitch * PAGE.lines;

    const origin = measure.getBoundingClientRect().top;
    /** How far `el` must move down so that it does not cross a page edge (0 when it fits, or is taller than a page). */
    const overhang = (el: Element): number => {
      const box = el.getBoundingClientRect();
      const start = box.top - origin;
      const edge = (Math.floor(start / pageHeight + 1e-6) + 1) * pageHeight;
      return start + box.height > edge + 0.5 && box.height < pageHeight ? edge - start : 0;
    };
    for (const el of Array.from(measure.children) as HTMLElement[]) {
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
      } else if ([...el.classList].some((c) => KEEP_WHOLE.has(c))) {
        const push = overhang(el);
        if (push > 0) el.style.marginTop = `${push}px`;
      }
      if (el.tagName === "TABLE" || el.classList.contains("gw-letterhead")) {
        // Pad to whole grid lines, so the text after it stays on the grid and page edges fall between lines.
        const height = el.getBoundingClientRect().height;
        el.style.marginBottom = `${Math.ceil(height / pitch - 0.01) * pitch - height}px`;
      }
    }
    const total = measure.scrollHeight;
    const count = Math.max(1, Math.ceil(total / pageHeight - 0.01));
    const pages: HTMLElement[] = [];
    for (let i = 0; i < count; i++) {
      const flow = measure.cloneNode(true) as HTMLElement;
      flow.className = "gw-flow";
      flow.removeAttribute("aria-hidden");
      flow.style.transform = `translateY(${-i * pageHeight}px)`;
      const n = i + 1;
      pages.push(
        h(
          "section",
          { class: `gw-page ${n % 2 === 1 ? "gw-odd" : "gw-even"}`, "aria-label": `第 ${n} 页`, style: fontVariables },
          h("div", { class: "gw-type-area" }, flow),
          h("div", { class: "gw-page-number" }, pageNumberText(n)),
        ),
      );
    }
    this.element.replaceChildren(...pages);
    this.#scroller.scrollTop = scrollTop;
    this.#scroller.scrollLeft = scrollLeft;
    return count;
  }
}
