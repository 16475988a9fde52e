/**
 * The pages reviewers look at hardest, through LibreOffice: the last page — the signature never
 * stands alone (GB/T 9704-2012 §7.3.5) — and the title's lines (§7.3.1). Generated reports end
 * their text on every line of a page (see helpers/endings.ts), with and without a seal and
 * 附件说明, and carry long titles of organs; all are converted in one LibreOffice run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PLACEMENT_MARGIN } from "../src/colophon-placement.js";
import { breakTitle, gbt9704, geometryOf, renderDocxSync, resolveProfile } from "../src/index.js";
import { estimateTextEnd } from "../src/page-estimate.js";
import type { ProfileOverride } from "../src/profile/types.js";
import { layOut } from "./helpers/batch.js";
import { type EndingOptions, endingReport, FILLER } from "./helpers/endings.js";
import { ORGAN_TITLES } from "./helpers/organ-titles.js";
import type { Line, Page } from "./helpers/pdf-words.js";

/** The bottom edge of the type area, in millimetres from the top of the paper. */
const AREA_BOTTOM = 262;
const SIGNATURE = "青溪县水利局";
const DATE = "2024年1月9日";
const ALL_ROWS = Array.from({ length: 22 }, (_, i) => i);

interface Fixture {
  name: string;
  ending: EndingOptions;
  profile?: ProfileOverride;
}

const sealed: ProfileOverride = { signature: { seal: true } };
const fixtures: Fixture[] = [
  ...ALL_ROWS.map((n) => ({ name: `plain-${n}`, ending: { fillers: 20 + n, lastLines: 3 } })),
  ...ALL_ROWS.map((n) => ({ name: `sealed-${n}`, ending: { fillers: 20 + n, lastLines: 5 }, profile: sealed })),
  ...ALL_ROWS.map((n) => ({
    name: `attached-${n}`,
    ending: { fillers: 20 + n, lastLines: 1, attachments: ["青溪县2023年水利工程项目表"], note: "此件公开发布" },
    profile: n % 2 ? sealed : undefined,
  })),
];

const titled: Fixture[] = [
  ...ORGAN_TITLES.map(([title, org], i) => ({ name: `title-${i}`, ending: { fillers: 0, lastLines: 1, title, org } })),
  {
    name: "title-by-hand",
    ending: { fillers: 0, lastLines: 1, title: "青溪县水利局\n2023年\n工作总结" },
  },
];
fixtures.push(...titled);

/** Texts with a 版记 that end at every third line over two pages (odd and even), with and without a seal. */
const withColophon: Fixture[] = Array.from({ length: 16 }, (_, i) => ({
  name: `colophon-${i}`,
  ending: { fillers: 20 + 3 * i, lastLines: 2, cc: ["县委办公室", "县政府办公室"], issuer: "青溪县水利局办公室" },
  profile: i % 4 === 3 ? sealed : undefined,
}));
fixtures.push(...withColophon);

let pages = new Map<string, Page[]>();

beforeAll(() => {
  pages = layOut(
    fixtures.map(({ name, ending, profile }) => ({ name, bytes: renderDocxSync(endingReport(ending), { profile }) })),
  );
}, 240_000);

const compact = (line: Line) => line.text.replace(/\s/g, "");
/** The line pitch in millimetres (579 twips). */
const PITCH = (579 / 20) * (25.4 / 72);
/** Where the middle of a line's em box lies (poppler's boxes are 1.3 × the size, 0.95 of it above the baseline). */
const emMiddle = (line: Line) =>
  line.words.reduce((s, w) => s + w.y0, 0) / line.words.length + line.height * (0.57 / 1.3);

/** The page the text ends on (the date, or the 附注 after it) and the grid lines it uses there. */
function textEnd(doc: readonly Page[], note: boolean): { page: number; rows: number } {
  for (const page of doc) {
    const lines = inTypeArea(page);
    const at = lines.findIndex((l) => compact(l) === DATE);
    if (at === -1) continue;
    const last = (note ? lines[at + 1] : lines[at]) as Line;
    return { page: page.number, rows: Math.floor((emMiddle(last) - 37) / PITCH) + 1 };
  }
  throw new Error("no date");
}
const inTypeArea = (page: Page) => page.lines.filter((l) => l.middle < AREA_BOTTOM);
/** Lines of the text itself: not the title's page furniture, signature, date, 附件说明, 附注. */
const isText = (line: Line) => {
  const text = compact(line);
  return text !== SIGNATURE && text !== DATE && !text.startsWith("附件") && !/^（.*）$/.test(text);
};

describe.each(fixtures.filter((f) => !titled.includes(f)).map((f) => f.name))("%s", (name) => {
  it("ends the text where the writer's estimate says (the 版记's placement relies on it)", () => {
    const fixture = fixtures.find((f) => f.name === name) as Fixture;
    const report = endingReport(fixture.ending);
    const profile = resolveProfile(fixture.profile);
    const context = { report, profile, geometry: geometryOf(profile), styles: new Set<never>() };
    const estimate = estimateTextEnd(context, { letterhead: false, disclosureTable: false });
    const end = textEnd(pages.get(name) as Page[], report.meta.note !== undefined);
    expect(end.page).toBe(estimate.page);
    expect(end.rows).toBeGreaterThanOrEqual(estimate.rows);
    expect(end.rows).toBeLessThanOrEqual(estimate.rows + estimate.slack);
  });

  it("sets the signature and date on a page that holds text", () => {
    const doc = pages.get(name) as Page[];
    const fixture = fixtures.find((f) => f.name === name) as Fixture;
    const fillerLines = doc.flatMap((p) => p.lines).filter((l) => compact(l).includes(FILLER));
    expect(fillerLines).toHaveLength(fixture.ending.fillers);
    const datePage = doc.find((p) => p.lines.some((l) => compact(l) === DATE)) as Page;
    expect(datePage, "no date").toBeDefined();
    expect(inTypeArea(datePage).some((l) => compact(l) === SIGNATURE)).toBe(true);
    // Widow control brings at least two lines of a longer paragraph along.
    const least = Math.min(2, fixture.ending.lastLines);
    expect(inTypeArea(datePage).filter(isText).length).toBeGreaterThanOrEqual(least);
    // Nothing follows but a blank page and the 版记.
    const after = doc.slice(doc.indexOf(datePage) + 1).flatMap(inTypeArea);
    expect(after.every((l) => compact(l).startsWith("抄送：") || compact(l).endsWith("印发"))).toBe(true);
    expect(doc.some((p) => p.lines.some((l) => compact(l).includes("此页无正文")))).toBe(false);
  });
});

describe("the fixtures of the last page", () => {
  it("end the text on every line of a page", () => {
    // Where the last text line would land without any keeping: one row further per filler.
    const rows = new Set(fixtures.filter((f) => f.name.startsWith("plain-")).map((f) => f.ending.fillers % 22));
    expect(rows.size).toBe(22);
  });
});

describe.each(titled.map((f) => f.name))("%s", (name) => {
  it("sets the title in the lines chosen for it, none wrapped again", () => {
    const fixture = titled.find((f) => f.name === name) as Fixture;
    const report = endingReport(fixture.ending);
    const expected =
      report.meta.titleLines ??
      breakTitle(report.meta.title, gbt9704.title.maxLineChars, gbt9704.title.shape, report.meta.org);
    const first = (pages.get(name) as Page[])[0] as Page;
    // 二号 lines: poppler's boxes are 1.3 × 22 pt high.
    const titleLines = first.lines.filter((l) => l.height > 9);
    expect(titleLines.map(compact)).toEqual(expected);
  });
});

describe.each(withColophon.map((f) => f.name))("%s", (name) => {
  it("puts the 版记 at the foot of the last page, an even one, a blank page before it only when it cannot fit", () => {
    const doc = pages.get(name) as Page[];
    const end = textEnd(doc, false);
    const last = doc.at(-1) as Page;
    const colophon = inTypeArea(last).filter((l) => compact(l).startsWith("抄送：") || compact(l).endsWith("印发"));
    expect(colophon).toHaveLength(2);
    expect(last.number % 2).toBe(0);
    // Its last line sits in the last grid line: the last rule on the type area's bottom edge.
    expect(AREA_BOTTOM - emMiddle(colophon[1] as Line)).toBeCloseTo(PITCH / 2, 0);
    const numbered = (page: Page) => page.lines.some((l) => l.middle >= AREA_BOTTOM);
    const room = 22 - end.rows - colophon.length;
    if (end.page % 2 === 1) {
      // The text ends on an odd page: the 版记 on the back of it, without a number.
      expect(doc).toHaveLength(end.page + 1);
      expect(numbered(last)).toBe(false);
    } else if (room >= PLACEMENT_MARGIN && end.rows > PLACEMENT_MARGIN) {
      // An even page with room: the 版记 at its foot, the page keeping its number.
      expect(doc).toHaveLength(end.page);
      expect(numbered(last)).toBe(true);
    } else if (room < 0) {
      // No room: a blank page, then the 版记's page; neither numbered.
      expect(doc).toHaveLength(end.page + 2);
      expect((doc[end.page] as Page).lines).toEqual([]);
      expect(numbered(last)).toBe(false);
    } else {
      // Within the estimate's margin: either, both laid out right.
      expect([end.page, end.page + 2]).toContain(doc.length);
    }
  });
});

describe("the fixtures of the 版记", () => {
  it("cover a text ending on odd and on even pages, with and without room", () => {
    const ends = withColophon.map((f) => {
      const doc = pages.get(f.name) as Page[];
      return { end: textEnd(doc, false), pages: doc.length };
    });
    expect(ends.some((e) => e.end.page % 2 === 1)).toBe(true);
    expect(ends.some((e) => e.end.page % 2 === 0 && e.pages === e.end.page)).toBe(true);
    expect(ends.some((e) => e.end.page % 2 === 0 && e.pages === e.end.page + 2)).toBe(true);
  });
});
