import { fontStack, latinFontFace } from "./font-stacks.js";
import { pageMetrics } from "./page-metrics.js";
import { gbt9704Html, type HtmlProfile } from "./profile.js";

const pt = (value: number) => `${Number(value.toFixed(3))}pt`;
const mm = (value: number) => `${Number(value.toFixed(3))}mm`;

/** The CSS `content` of a page number: `— 7 —` (GB/T 9704-2012 §7.5: 4 号 半角阿拉伯数字, 一字线 either side). */
const PAGE_NUMBER = `"— " counter(page) " —"`;

/**
 * The style sheet of the page flavour, for a profile (default gbt9704Html): everything under the
 * `.gongwen` element renderHtml writes, laid out as the DOCX is —
 *
 * - `@page`: the paper (A4) and the margins that frame the type area (37/26/35/28 mm top, right,
 *   bottom, left; §5.2.1); page numbers `— N —` in `@bottom-right` on odd (right) pages and
 *   `@bottom-left` on even (left) pages, one character in from the type area's edge, their middle
 *   7 mm below it (§7.5), in CSS page-margin boxes (Chromium ≥ 131 prints them); the 版记 page
 *   (`@page colophon`) has none.
 * - the grid: 三号 (16 pt) body on a line pitch of 28.95 pt with −0.25 pt letter spacing, which puts
 *   22 lines of 28 characters in the type area (§5.2.2), with the same roundings as the DOCX;
 *   paragraphs two characters in; no widow or orphan control (the DOCX has none).
 * - fonts per role with fallbacks (fontStack), Latin letters and digits in Times New Roman, a
 *   little space between Chinese and Latin text as Word and WPS put it (`text-autospace`), none in
 *   the signature and date, whose places are computed.
 * - `--gw-char` (one laid-out body character) and `--gw-line` (the pitch) for inline lengths.
 *
 * Exported on its own so an editor can paginate a live preview with the same rules.
 */
export function pageCss(profile: HtmlProfile = gbt9704Html): string {
  const m = pageMetrics(profile);
  const { page, sizes, bold, letterhead, pageNumber, title } = profile;
  const line = pt(m.linePitch);
  const indent = "calc(2 * var(--gw-char))";
  const numberBox = (side: "left" | "right") => `@bottom-${side} {
    content: ${PAGE_NUMBER};
    font-family: ${fontStack(profile, "pageNumber")};
    font-size: ${pt(sizes.pageNumber)};
    line-height: ${pt(sizes.pageNumber)};
    letter-spacing: 0;
    vertical-align: top;
    text-align: ${side};
    padding-top: calc(${mm(pageNumber.belowTypeArea)} - ${pt(sizes.pageNumber / 2)});
    padding-${side}: ${pt(pageNumber.indentChars * sizes.pageNumber)};
  }`;
  return `${latinFontFace(profile)}
@page {
  size: ${mm(page.width)} ${mm(page.height)};
  margin: ${mm(page.top)} ${mm(page.right)} ${mm(page.bottom)} ${mm(page.left)};
}
@page :right { ${numberBox("right")} }
@page :left { ${numberBox("left")} }
@page colophon { @bottom-right { content: none; } @bottom-left { content: none; } }
.gongwen {
  --gw-char: ${pt(m.char)};
  --gw-line: ${line};
  font-family: ${fontStack(profile, "body")};
  font-size: ${pt(sizes.body)};
  line-height: ${line};
  letter-spacing: ${pt(m.letterSpacing)};
  font-kerning: none;
  text-autospace: normal;
  text-align: justify;
  color: #000;
  orphans: 1;
  widows: 1;
}
.gongwen p { margin: 0; text-indent: ${indent}; }
.gongwen h1, .gongwen h2, .gongwen h3, .gongwen h4, .gongwen h5 {
  margin: 0; font-size: ${pt(sizes.body)}; line-height: ${line}; font-weight: normal; text-indent: ${indent}; break-after: avoid;
}
.gongwen h1.title {
  font-family: ${fontStack(profile, "title")};
  font-size: ${pt(sizes.title)};
  letter-spacing: 0;
  text-indent: 0;
  text-align: center;
  text-wrap: balance;
  max-width: ${pt(title.maxLineChars * sizes.title)};
  margin: 0 auto ${line};
}
.gongwen h2 { font-family: ${fontStack(profile, "heading1")}; }
.gongwen h3 { font-family: ${fontStack(profile, "heading2")}; }
.gongwen h4 { font-family: ${fontStack(profile, "heading3")}; font-weight: ${bold.heading3 ? "bold" : "normal"}; }
.gongwen h5 { font-family: ${fontStack(profile, "heading4")}; font-weight: ${bold.heading4 ? "bold" : "normal"}; }
.gongwen .run-in { text-indent: ${indent}; text-align: justify; }
.gongwen .run-in > h4, .gongwen .run-in > h5, .gongwen .run-in > p { display: inline; }
.gongwen strong.lead { font-weight: ${bold.leads ? "bold" : "normal"}; }
.gongwen .recipients { text-indent: 0; }
.gongwen .signature p { break-after: avoid; text-autospace: no-autospace; }
.gongwen table { border-collapse: collapse; width: 100%; font-size: ${pt(sizes.table)}; line-height: ${pt(m.linePitch - 1)}; letter-spacing: 0; }
.gongwen table caption { font-size: ${pt(sizes.body)}; line-height: ${line}; font-weight: bold; text-align: center; break-after: avoid; }
.gongwen th, .gongwen td { border: 0.5pt solid #000; padding: 0 0.3em; text-align: center; vertical-align: middle; font-weight: normal; }
.gongwen thead th { font-weight: bold; }
.gongwen tr { break-inside: avoid; }
.gongwen table.disclosure { margin-bottom: ${line}; }
.gongwen table.disclosure th { white-space: nowrap; }
.gongwen .letterhead { padding-top: ${mm(letterhead.top)}; }
.gongwen .letterhead-name { font-family: ${fontStack(profile, "letterhead")}; color: #${letterhead.color}; text-align: center; text-indent: 0; letter-spacing: 0; }
.gongwen .doc-number {
  text-align: center; text-indent: 0; line-height: ${pt(sizes.body)};
  margin: calc(2 * ${line}) 0 calc(2 * ${line}); padding-bottom: ${mm(letterhead.ruleGap)};
  border-bottom: ${pt(letterhead.ruleWidth)} solid #${letterhead.color};
}
.gongwen .colophon { page: colophon; break-before: ${profile.colophon.evenPage ? "left" : "page"}; font-size: ${pt(sizes.colophon)}; letter-spacing: 0; }
.gongwen .colophon-rows { border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; }
.gongwen .colophon p { margin: 0; text-indent: 0; line-height: ${pt(m.linePitch - 2)}; padding: 1pt ${pt(sizes.colophon)}; }
.gongwen .colophon p + p { border-top: 0.25mm solid #000; }
.gongwen .colophon .cc { padding-left: ${pt(4 * sizes.colophon)}; text-indent: ${pt(-3 * sizes.colophon)}; }
.gongwen .colophon .issued { display: flex; justify-content: space-between; }
@media print { body.gongwen-page { margin: 0; } }
@media screen {
  body.gongwen-page { background: #e8e8e8; margin: 0; padding: 1em 0; }
  body.gongwen-page > .gongwen {
    box-sizing: content-box; width: ${pt(m.typeWidth)}; min-height: ${pt(m.typeHeight)}; margin: 0 auto; background: #fff;
    padding: ${mm(page.top)} ${mm(page.right)} ${mm(page.bottom)} ${mm(page.left)}; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
  }
}
`;
}
