import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORGAN_TITLES } from "../test/helpers/organ-titles.js";
import type { TitleShape } from "./profile/types.js";
import { textWidth } from "./text-width.js";
import { breakTitle, shapePenalty, titleSegments } from "./title-lines.js";

/**
 * The lines breakTitle gave before it looked for breaks without the word segmenter first (the
 * code as it was): every title searched over the segmenter's pieces (titleSegments).
 */
function referenceLines(title: string, maxEms: number, shape: TitleShape, org?: string): string[] {
  const total = textWidth(title);
  if (total <= maxEms) return [title];
  const segments = titleSegments(title).flatMap((s) =>
    textWidth(s) <= maxEms
      ? [s]
      : titleSegments(s, false, false).flatMap((w) => (textWidth(w) > maxEms ? Array.from(w) : [w])),
  );
  const lineCount = Math.max(2, Math.ceil(total / maxEms));
  const widths = segments.map(textWidth);
  const ends: number[] = [];
  let sum = 0;
  for (const w of widths) {
    sum += w;
    ends.push(sum);
  }
  const orgEnd = org && title.startsWith(org) ? textWidth(org) : -1;
  let best: { cost: number; breaks: number[] } | undefined;
  const search = (from: number, breaks: number[]) => {
    if (breaks.length === lineCount - 1) {
      const bounds = [0, ...breaks.map((b) => ends[b] as number), total];
      const lines = bounds.slice(1).map((end, i) => end - (bounds[i] as number));
      if (lines.some((w) => w > maxEms || w <= 0)) return;
      const mean = total / lineCount;
      let cost = lines.reduce((acc, w) => acc + (w - mean) ** 2, 0) + shapePenalty(lines, shape);
      if (breaks.some((b) => Math.abs((ends[b] as number) - orgEnd) < 1e-9)) cost -= mean * mean * 0.5;
      if (!best || cost < best.cost) best = { cost, breaks: [...breaks] };
      return;
    }
    for (let i = from; i < segments.length - 1; i++) search(i + 1, [...breaks, i]);
  };
  if (segments.length <= 60 && (lineCount <= 3 || segments.length <= 30)) search(0, []);
  if (!best) {
    // Filled one line after another: titles too long to search, or without valid breaks.
    const lines: string[] = [];
    let line = "";
    for (const segment of segments) {
      if (line && textWidth(line + segment) > maxEms) {
        lines.push(line);
        line = segment;
      } else line += segment;
    }
    if (line) lines.push(line);
    return lines;
  }
  const lines: string[] = [];
  let start = 0;
  for (const b of [...best.breaks, segments.length - 1]) {
    lines.push(segments.slice(start, b + 1).join(""));
    start = b + 1;
  }
  return lines;
}

const ORGS = [
  "青溪县卫生健康局",
  "云岭市统计局",
  "青溪县发展和改革局",
  "清溪镇人民政府",
  "枫岭县农业农村局",
  "中共青溪县委办公室",
  ...ORGAN_TITLES.map(([, org]) => org),
];
const PIECES = [
  "2023年",
  "2024年",
  "工作总结",
  "工作思路",
  "工作计划",
  "工作要点",
  "和",
  "关于",
  "的报告",
  "情况",
  "重点",
  "《青溪县全民健身实施计划（2021—2025年）》",
  "“十四五”",
  "5G",
  "A级",
  "（草案）",
  "落实",
  "推进高质量发展",
  "专项行动",
];

describe("breakTitle looks without the segmenter first", () => {
  it("and breaks every title where the segmenter's search breaks it", () => {
    const title = fc
      .tuple(
        fc.constantFrom(...ORGS),
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
      )
      .map(([org, pieces, withOrg]) => ({ org, title: (withOrg ? org : "") + pieces.join("") }));
    fc.assert(
      fc.property(
        title,
        fc.constantFrom(14, 16, 18, 22),
        fc.constantFrom<TitleShape>("trapezoid", "inverted-trapezoid"),
        ({ org, title }, maxEms, shape) => {
          expect(breakTitle(title, maxEms, shape, org)).toEqual(referenceLines(title, maxEms, shape, org));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("breaks the real organs' titles where the segmenter's search does", () => {
    for (const [title, org] of ORGAN_TITLES) {
      for (const maxEms of [14, 18, 22])
        expect(breakTitle(title, maxEms, "trapezoid", org)).toEqual(referenceLines(title, maxEms, "trapezoid", org));
    }
  });
});
