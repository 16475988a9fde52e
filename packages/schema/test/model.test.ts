import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport, ReportError, type ReportInput, safeParseReport } from "../src/index.js";

const minimal = (
  over: Partial<ReportInput["meta"]> = {},
  body: ReportInput["body"] = { summary: {}, plan: {} },
): ReportInput => ({
  meta: { org: "青溪县卫生健康局", year: 2023, date: "2024-01-09", ...over },
  body,
});

function problemsOf(input: unknown, locale: "zh" | "en" = "zh") {
  const result = safeParseReport(input, { locale });
  if (result.success) throw new Error("expected problems");
  return result.problems;
}

describe("defaults", () => {
  it("derives the title, plan year, signature and part titles", () => {
    const r = parseReport(minimal());
    expect(r.meta.title).toBe("青溪县卫生健康局2023年工作总结和2024年工作思路");
    expect(r.meta.planYear).toBe(2024);
    expect(r.meta.signature).toBe("青溪县卫生健康局");
    expect(r.body.summary?.title).toBe("2023年工作总结");
    expect(r.body.plan?.title).toBe("2024年工作思路");
    expect(r.body.opening).toEqual([]);
  });

  it("derives titles for a summary alone and a plan alone", () => {
    const sections = [{ title: "主题" }];
    expect(parseReport(minimal({ kind: "summary" }, { sections })).meta.title).toBe("青溪县卫生健康局2023年工作总结");
    const plan = parseReport(minimal({ kind: "plan", year: 2024, planName: "工作要点" }, { sections }));
    expect(plan.meta.title).toBe("青溪县卫生健康局2024年工作要点");
    expect(plan.meta.planYear).toBe(2024);
  });

  it("keeps what the author wrote over the defaults", () => {
    const r = parseReport(minimal({ title: "自定标题", signature: "局办公室", planYear: 2025 }));
    expect(r.meta.title).toBe("自定标题");
    expect(r.meta.signature).toBe("局办公室");
    expect(r.body.plan?.title).toBe("2025年工作思路");
  });

  it("keeps the lines of a title the author broke by hand, and reads them back", () => {
    const report = parseReport(minimal({ title: "青溪县卫生健康局\n2023年工作总结和2024年工作思路\n" }));
    expect(report.meta.title).toBe("青溪县卫生健康局2023年工作总结和2024年工作思路");
    expect(report.meta.titleLines).toEqual(["青溪县卫生健康局", "2023年工作总结和2024年工作思路"]);
    expect(parseReport(JSON.parse(JSON.stringify(report)) as ReportInput).meta).toEqual(report.meta);
    expect(parseReport(minimal({ title: "青溪县卫生健康局2023年工作总结" })).meta.titleLines).toBeUndefined();
  });

  it("normalises dates, one-text lists and paragraphs", () => {
    const r = parseReport({
      meta: { org: "局", year: 2023, date: "2024年1月9日", cc: "县委办公室", issueDate: "2024/1/10" },
      body: { opening: "第一段\n接续\n\n第二段", summary: { content: ["  段落\n  续行  "] }, plan: {} },
    });
    expect(r.meta.date).toBe("2024-01-09");
    expect(r.meta.issueDate).toBe("2024-01-10");
    expect(r.meta.cc).toEqual(["县委办公室"]);
    expect(r.body.opening).toEqual(["第一段接续", "第二段"]);
    expect(r.body.summary?.content).toEqual(["段落续行"]);
  });

  it("tells blocks apart: paragraph, initiative, table (numbers in cells become text)", () => {
    const r = parseReport(
      minimal(
        {},
        {
          summary: {
            content: [
              "段落",
              { lead: "主题句。", text: "正文" },
              { table: { header: ["指标", "数"], rows: [["床位", 120]] } },
            ],
          },
          plan: {},
        },
      ),
    );
    expect(r.body.summary?.content).toEqual([
      "段落",
      { lead: "主题句。", text: "正文" },
      { table: { header: ["指标", "数"], rows: [["床位", "120"]] } },
    ]);
  });
});

describe("validation", () => {
  it("reports every problem at once, not only the first", () => {
    const problems = problemsOf({ meta: { org: "", year: "2023", date: "2024-13-01", titel: "x" }, body: {} });
    const codes = problems.map((p) => `${p.path.join(".")}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "meta.org:empty_text",
        "meta.year:invalid_type",
        "meta.date:bad_date",
        "meta.titel:unrecognized_keys",
      ]),
    );
  });

  it("suggests the nearest known key, also for a Chinese field name", () => {
    const [typo] = problemsOf({ ...minimal(), meta: { ...minimal().meta, titel: "x" } });
    expect(typo?.message).toContain("是不是要写“title”");
    const [chinese] = problemsOf({ ...minimal(), meta: { ...minimal().meta, 标题: "x" } });
    expect(chinese?.message).toContain("“title”");
    const [english] = problemsOf({ ...minimal(), meta: { ...minimal().meta, titel: "x" } }, "en");
    expect(english?.message).toContain('did you mean "title"?');
  });

  it("gives a mistyped required key one message, not a second one for the field it left missing", () => {
    const problems = problemsOf(minimal({}, { summary: { sections: [{ titl: "健康县城建设" }] }, plan: {} } as never));
    expect(problems.map((p) => [p.path.join("."), p.code])).toEqual([
      ["body.summary.sections.0.titl", "unrecognized_keys"],
    ]);
    expect(problems[0]?.message).toContain("是不是要写“title”");
    // A required field that no unknown key stands for is still reported missing.
    const unrelated = problemsOf(minimal({}, { summary: { sections: [{ colour: "红" }] }, plan: {} } as never));
    expect(unrelated.map((p) => p.path.join("."))).toEqual([
      "body.summary.sections.0.title",
      "body.summary.sections.0.colour",
    ]);
  });

  it("points into the branch of a content item that fits its shape", () => {
    const content = [{ lead: "a", txt: "b" }, { table: { header: [true] } }] as never;
    const problems = problemsOf(minimal({}, { summary: { content }, plan: {} }));
    expect(problems.map((p) => p.path.join("."))).toEqual([
      "body.summary.content.0.txt",
      "body.summary.content.1.table.header.0",
      "body.summary.content.1.table.rows",
    ]);
  });

  it("says what a mistyped value should be, naming the field in Chinese", () => {
    const [p] = problemsOf(minimal({ year: 2023.5 }));
    expect(p?.message).toBe("meta.year（年度）：应为整数，实际是 2023.5。");
    const [missing] = problemsOf({ meta: minimal().meta });
    expect(missing?.message).toBe("body（正文）：缺少此项，必须填写。");
    const [empty] = problemsOf(minimal({ org: null as unknown as string }));
    expect(empty?.message).toBe("meta.org（机关名称）：应为文本，实际是空值 null。");
  });

  it("says what the English values of kind and style mean when a clerk writes a Chinese name", () => {
    const [kind] = problemsOf(minimal({ kind: "工作总结" as never }));
    expect(kind?.message).toBe(
      "meta.kind（文种）：应为以下之一：summary-and-plan（工作总结和工作思路）、summary（只有工作总结）、plan（只有工作思路）；实际是文本“工作总结”。",
    );
    const [style] = problemsOf(minimal({}, { summary: { style: "一是" as never }, plan: {} }));
    expect(style?.message).toContain("ordinal（“一是、二是”）、decimal（“1. 2.”）、paren（“（1）（2）”）");
    const [english] = problemsOf(minimal({ kind: "report" as never }), "en");
    expect(english?.message).toContain("summary-and-plan (summary and plan), summary (summary only)");
  });

  it("checks the parts against the kind", () => {
    expect(problemsOf(minimal({}, { summary: {} })).map((p) => p.code)).toEqual(["missing_part"]);
    expect(problemsOf(minimal({ kind: "summary" }, { summary: {}, plan: {} })).map((p) => p.code)).toEqual([
      "missing_sections",
      "unexpected_part",
      "unexpected_part",
    ]);
    expect(problemsOf(minimal({}, { summary: {}, plan: {}, sections: [] })).map((p) => p.code)).toEqual([
      "unexpected_part",
    ]);
  });

  it("allows four heading levels and no more", () => {
    const deep = (n: number): { title: string; sections?: unknown[] } =>
      n === 1 ? { title: `第${n}` } : { title: `第${n}`, sections: [deep(n - 1)] };
    expect(safeParseReport(minimal({ kind: "summary" }, { sections: [deep(4)] as never })).success).toBe(true);
    const problems = problemsOf(minimal({ kind: "summary" }, { sections: [deep(5)] as never }));
    expect(problems.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["too_deep", "body.sections.0.sections.0.sections.0.sections.0.sections.0"],
    ]);
    // In a two-part report the parts are level 1, so their sections may nest three deep.
    expect(safeParseReport(minimal({}, { summary: { sections: [deep(3)] as never }, plan: {} })).success).toBe(true);
    expect(safeParseReport(minimal({}, { summary: { sections: [deep(4)] as never }, plan: {} })).success).toBe(false);
  });

  it("rejects rows of the wrong width, mixed blocks, empty initiatives, blank lines in a paragraph", () => {
    const problems = problemsOf(
      minimal(
        {},
        {
          summary: {
            content: [
              { table: { header: ["a", "b"], rows: [["1"]] } },
              { table: { header: ["a"], rows: [] }, lead: "x" },
              {},
              "一段\n\n两段",
            ],
          },
          plan: {},
        },
      ),
    );
    expect(problems.map((p) => p.code)).toEqual(["row_width", "block_shape", "empty_initiative", "blank_line"]);
  });

  it("rejects control characters and lone surrogates, naming the character", () => {
    const [p] = problemsOf(minimal({ org: "青溪\u0007县" }));
    expect(p?.code).toBe("forbidden_character");
    expect(p?.message).toContain("U+0007");
    expect(problemsOf(minimal({ org: "青溪\uD800县" }))[0]?.message).toContain("U+D800");
  });

  it("throws a ReportError listing every problem", () => {
    expect(() => parseReport({})).toThrow(ReportError);
    try {
      parseReport({ meta: {}, body: {} });
    } catch (error) {
      expect((error as ReportError).problems.length).toBeGreaterThanOrEqual(3);
      expect((error as ReportError).message).toMatch(/^报告有 \d+ 处问题/);
    }
  });
});

describe("fuzz", () => {
  it("returns a report or problems for any value, never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = safeParseReport(value);
        return result.success || result.problems.every((p) => typeof p.message === "string" && p.message.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it("survives report-shaped values with wrong leaves", () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    const shaped = fc.record({
      meta: fc.record({ org: leaf, year: leaf, date: leaf, kind: leaf, cc: leaf }, { requiredKeys: [] }),
      body: fc.record(
        {
          summary: fc.record({
            content: fc.array(fc.oneof(leaf, fc.record({ lead: leaf, text: leaf, table: leaf }, { requiredKeys: [] }))),
          }),
          plan: leaf,
          sections: leaf,
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(shaped, (value) => {
        const result = safeParseReport(value);
        return result.success || result.problems.length > 0;
      }),
      { numRuns: 500 },
    );
  });
});
