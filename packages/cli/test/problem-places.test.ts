import type { Problem } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { LISTED_PLACES, mergePlaces, problemsByField } from "../src/problem-places.js";
import { RowProblems } from "../src/row-problems.js";

const empty = (line: number, column: number, expression = "{{县名}}", row = 3): Problem =>
  ({
    code: "empty_value",
    path: [],
    file: "t.yaml",
    line,
    column,
    row,
    expression,
    dataPath: "县名",
    message: `${expression}：“县名”的值是空的`,
  }) as Problem;

describe("problemsByField", () => {
  it("merges one field's fault at several places, whatever expression met it, counting places on one line", () => {
    const [placed, ...rest] = problemsByField([
      empty(31, 9),
      empty(36, 12, "{{wan 县名}}"),
      empty(36, 20),
      empty(43, 1),
    ]);
    expect(rest).toEqual([]);
    expect(placed).toMatchObject({ problem: { line: 31, column: 9 }, lines: [31, 36, 43], count: 4 });
  });
  it("keeps apart other fields, other rows, other codes, and problems with no data path", () => {
    const plain = { code: "template_syntax", path: [], file: "t.yaml", line: 2, message: "x" } as Problem;
    const other = { ...empty(40, 1), dataPath: "年度" } as Problem;
    const placed = problemsByField([empty(31, 9), other, empty(32, 1, "{{县名}}", 4), plain, plain]);
    expect(placed.map((p) => p.count)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("mergePlaces and RowProblems", () => {
  it("names the places in the message, in both languages, and cuts a long list", () => {
    expect(mergePlaces([empty(31, 9), empty(36, 12)], "zh")[0]?.message).toBe(
      "{{县名}}：“县名”的值是空的（模板中共 2 处用到它：第 31、36 行）",
    );
    expect(mergePlaces([empty(31, 9), empty(31, 20)], "en")[0]?.message).toMatch(
      / \(2 places of the template use it: line 31\)$/,
    );
    const many = Array.from({ length: LISTED_PLACES + 2 }, (_, i) => empty(10 + i, 1));
    expect(mergePlaces(many, "zh")[0]?.message).toMatch(/（模板中共 12 处用到它：第 10、11、.*、19 等 行）$/);
    expect(mergePlaces([empty(31, 9)], "zh")[0]?.message).toBe("{{县名}}：“县名”的值是空的");
  });
  it("prints one line per field of a row, and rows with the same fault at the same places once", () => {
    const problems = new RowProblems();
    problems.add(3, [empty(31, 9), empty(36, 12)]);
    problems.add(5, [empty(31, 9, "{{县名}}", 5), empty(36, 12, "{{县名}}", 5)]);
    problems.add(7, [empty(31, 9, "{{县名}}", 7)]);
    expect(problems.take("zh").map((p) => p.message)).toEqual([
      "第 3、5 行数据：{{县名}}：“县名”的值是空的（模板中共 2 处用到它：第 31、36 行）",
      "第 7 行数据：{{县名}}：“县名”的值是空的",
    ]);
  });
});
