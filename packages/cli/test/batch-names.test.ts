import { describe, expect, it } from "vitest";
import { BatchNames, LISTED_NAME_NOTICES, patternHasVariable } from "../src/batch-names.js";

const data = (rows: number) => Promise.resolve({ rows: Array.from({ length: rows }), fields: ["县名"] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("BatchNames", () => {
  it("says nothing when every name is kept as it came (spaces gathered count as kept)", () => {
    const names = new BatchNames("{{县名}}", "zh");
    expect(["鹤川县", "桐溪县 ", "枫岭  县"].map((text, i) => names.claim(text, i + 2))).toEqual([
      "鹤川县",
      "桐溪县",
      "枫岭 县",
    ]);
    expect(names.notices()).toEqual([]);
  });
  it("shows control characters by their escapes, and the same change of several rows once", () => {
    const names = new BatchNames(undefined, "zh");
    names.claim("甲\t乙\u0001", 2);
    names.claim("甲\t乙\u0001", 5);
    expect(names.notices()).toEqual([
      "警告 第 2、5 行数据：文件名“甲\\t乙\\u0001”中有文件名不能用的字符 \\t \\u0001，已换成 _，写为“甲_乙_”",
      "警告 第 2、5 行数据：文件名重复（都是“甲_乙_”），已依次编号：第 2 行“甲_乙_”，第 5 行“甲_乙_-2”（文件名取自报告标题；可用 --name 给每行一个名字）",
    ]);
  });
  it(`lists at most ${LISTED_NAME_NOTICES} lines of a kind, then how many more`, () => {
    const names = new BatchNames("{{县名}}", "en");
    for (let row = 2; row < 2 + LISTED_NAME_NOTICES + 3; row++) names.claim(`县/${row}`, row);
    const notices = names.notices();
    expect(notices).toHaveLength(LISTED_NAME_NOTICES + 1);
    expect(notices.at(-1)).toBe("warning 3 more file names were changed alike");
  });
  it("warns ahead only of a pattern without {{…}} over more than one row, and then not again at the end", async () => {
    expect(patternHasVariable("{{县名}}报告")).toBe(true);
    expect(patternHasVariable("报告")).toBe(false);
    const lines: string[] = [];
    new BatchNames("{{县名}}", "zh").warnAhead(data(5), (line) => lines.push(line));
    new BatchNames("报告", "zh").warnAhead(data(1), (line) => lines.push(line));
    new BatchNames("报告", "zh").warnAhead(Promise.reject(new Error("unreadable")), (line) => lines.push(line));
    await settle();
    expect(lines).toEqual([]);
    const names = new BatchNames("报告", "zh");
    names.warnAhead(data(3), (line) => lines.push(line));
    await settle();
    expect(lines).toEqual([
      '警告 --name “报告”中没有 {{…}} 变量，3 份报告的文件名都是“报告”，将依次编号为 报告、报告-2、报告-3。要每行一个名字，请在模式中用数据的列，如 --name "{{县名}}报告"',
    ]);
    for (const row of [2, 3, 4]) names.claim("报告", row);
    expect(names.notices()).toEqual([]);
    new BatchNames("报/告", "en").warnAhead(data(2), (line) => lines.push(line));
    await settle();
    expect(lines[1]).toMatch(
      /^warning --name "报\/告" holds no \{\{…\}\} variable: all 2 reports get the name "报_告", numbered 报_告, 报_告-2\. /,
    );
  });
});
