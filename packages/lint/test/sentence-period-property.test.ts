import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

/** Chinese text with half-width periods everywhere a clerk's keyboard leaves them. */
const PIECES = [
  "全年",
  "完成",
  "任务",
  "。",
  ".",
  "..",
  "，",
  ",",
  "、",
  "；",
  "？",
  "！",
  "：",
  " ",
  "52.36",
  "1.",
  "etc",
  "“",
  "”",
];
const sentence = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 })
  .map((parts) => `全县${parts.join("")}`);

const MARKS = "。，、；：？！";
/** A Chinese mark, or a `.` where a Chinese sentence ends (after Chinese, before no figure or letter). */
const isMark = (text: string, i: number): boolean =>
  MARKS.includes(text[i] as string) ||
  (text[i] === "." &&
    /[\p{Script=Han}。，、；：？！”]/u.test(text[i - 1] ?? "") &&
    !/[0-9A-Za-z.]/.test(text[i + 1] ?? ""));
/** Every pair of neighbouring marks in a text: `.。`, `。。`, `，。` … (`？！` is allowed). */
function doubledMarks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (isMark(text, i) && isMark(text, i + 1) && pair !== "？！" && pair !== "！？") out.push(pair);
  }
  return out;
}

const yamlOf = (text: string) =>
  [
    "meta:",
    "  org: 青溪县卫生健康局",
    "  year: 2023",
    "  date: 2024-01-09",
    "body:",
    "  summary:",
    `    content: [${JSON.stringify(text)}]`,
    "  plan:",
    "    content: [推进改革。]",
    "",
  ].join("\n");

/** The text as the other fixers leave it (`,` → `，`, no stray spaces), its sentence periods taken out. */
const withoutPeriods = (text: string) =>
  text
    .replace(/,/g, "，")
    .replace(/ /g, "")
    .replace(/(?<=[\p{Script=Han}。，、；：？！”])\.(?![0-9A-Za-z.])/gu, "");

describe("sentence-period with --fix", () => {
  it("never produces a doubled mark (.。, 。。, ，。 …), whatever periods the text starts with", () => {
    // Texts whose only doubled marks are made by half-width periods (`任务.。`, `完成。.`, `全县.`).
    const periodsOnly = sentence.filter((text) => doubledMarks(withoutPeriods(text)).length === 0);
    fc.assert(
      fc.property(periodsOnly, (text) => {
        const fixed = fixText(yamlOf(text), { format: "yaml" }).report.body.summary?.content[0] as string;
        expect(doubledMarks(fixed), `${text} → ${fixed}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("fixes the periods a clerk leaves", () => {
    const fixed = (text: string) => fixText(yamlOf(text), { format: "yaml" }).report.body.summary?.content[0];
    expect(fixed("全年完成任务.")).toBe("全年完成任务。");
    expect(fixed("全年完成任务.。")).toBe("全年完成任务。");
    expect(fixed("全年完成任务。.")).toBe("全年完成任务。");
    expect(fixed("面积52.36万亩.")).toBe("面积52.36万亩。");
  });
});
