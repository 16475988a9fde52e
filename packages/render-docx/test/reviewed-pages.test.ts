/**
 * The pages reviewers look at hardest, through LibreOffice: the last page — the signature never
 * stands alone (GB/T 9704-2012 §7.3.5) — and the title's lines (§7.3.1). Generated reports end
 * their text on every line of a page (see helpers/endings.ts), with and without a seal and
 * 附件说明, and carry long titles of organs; all are converted in one LibreOffice run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { breakTitle, gbt9704, renderDocxSync } from "../src/index.js";
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

let pages = new Map<string, Page[]>();

beforeAll(() => {
  pages = layOut(
    fixtures.map(({ name, ending, profile }) => ({ name, bytes: renderDocxSync(endingReport(ending), { profile }) })),
  );
}, 240_000);

const compact = (line: Line) => line.text.replace(/\s/g, "");
const inTypeArea = (page: Page) => page.lines.filter((l) => l.middle < AREA_BOTTOM);
/** Lines of the text itself: not the title's page furniture, signature, date, 附件说明, 附注. */
const isText = (line: Line) => {
  const text = compact(line);
  return text !== SIGNATURE && text !== DATE && !text.startsWith("附件") && !/^（.*）$/.test(text);
};

describe.each(fixtures.filter((f) => !titled.includes(f)).map((f) => f.name))("%s", (name) => {
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
    expect(doc.at(-1)).toBe(datePage);
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
