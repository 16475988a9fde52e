import { describe, expect, it } from "vitest";
import { lintReport } from "../../src/index.js";
import { sampleReport } from "../helpers.js";

const only = (rule: string, report = sampleReport()) => lintReport(report).filter((d) => d.rule === rule);

describe("empty-section", () => {
  it("reports a section with neither content nor subsections, at its title", () => {
    const report = sampleReport((r) => {
      r.body.summary.sections.push({ title: "基础设施建设提速增效" });
    });
    const found = only("empty-section", report);
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(["body", "summary", "sections", 1, "title"]);
    expect(found[0]?.message).toContain("基础设施建设提速增效");
  });

  it("reports a part without sections or content", () => {
    const report = sampleReport((r) => {
      r.body.plan = {};
    });
    const found = only("empty-section", report);
    expect(found.map((d) => d.path)).toEqual([["body", "plan", "title"]]);
    expect(found[0]?.message).toContain("部分");
  });

  it("leaves sections with content, or with subsections only, alone", () => {
    const report = sampleReport((r) => {
      r.body.summary.sections.push({ title: "其他工作", sections: [{ title: "安全生产", content: ["全年无事故。"] }] });
    });
    expect(only("empty-section", report)).toEqual([]);
  });
});

describe("year-consistency", () => {
  it("reports a title year that differs from meta.year, pointing at the year", () => {
    const report = sampleReport((r) => {
      r.meta.title = "青溪县卫生健康局2022年工作总结和2024年工作思路";
    });
    const found = only("year-consistency", report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: ["meta", "title"], excerpt: "2022" });
  });

  it("reports a plan year in the title that differs from planYear", () => {
    const report = sampleReport((r) => {
      r.meta.title = "青溪县卫生健康局2023年工作总结和2025年工作思路";
    });
    expect(only("year-consistency", report).map((d) => d.excerpt)).toEqual(["2025"]);
  });

  it("reports part titles with the wrong year", () => {
    const report = sampleReport((r) => {
      r.body.summary.title = "2022年工作总结";
      r.body.plan.title = "2023年工作计划";
    });
    expect(only("year-consistency", report).map((d) => d.path)).toEqual([
      ["body", "summary", "title"],
      ["body", "plan", "title"],
    ]);
  });

  it("reports a date before the report's year", () => {
    const report = sampleReport((r) => {
      r.meta.date = "2022-12-30";
    });
    expect(only("year-consistency", report).map((d) => d.path)).toEqual([["meta", "date"]]);
  });

  it("leaves a consistent report alone, and titles of a plan alone compared with its plan year", () => {
    expect(only("year-consistency")).toEqual([]);
    const plan = sampleReport((r) => {
      r.meta = {
        org: "青溪县白沙镇人民政府",
        year: 2024,
        kind: "plan",
        date: "2024-01-20",
        title: "白沙镇2024年工作要点",
      };
      r.body = { sections: [{ title: "抓好项目建设", content: ["推进项目12个。"] }] };
    });
    expect(only("year-consistency", plan)).toEqual([]);
  });
});

describe("plan-year", () => {
  it("warns when a summary-and-plan report plans for another year than the next", () => {
    const report = sampleReport((r) => {
      r.meta.planYear = 2023;
    });
    const found = only("plan-year", report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", path: ["meta", "planYear"] });
  });

  it("leaves the default plan year and plan-only reports alone", () => {
    expect(only("plan-year")).toEqual([]);
    const summary = sampleReport((r) => {
      r.meta.kind = "summary";
      r.body = { sections: [{ title: "抓好项目建设", content: ["推进项目12个。"] }] };
    });
    expect(only("plan-year", summary)).toEqual([]);
  });
});

describe("date-in-year", () => {
  it("warns of a plan dated after its year, and leaves a plan dated early in its year", () => {
    const plan = (date: string) =>
      sampleReport((r) => {
        r.meta.kind = "plan";
        r.meta.date = date;
        r.body.sections = r.body.summary.sections;
        delete r.body.summary;
        delete r.body.plan;
      });
    const late = only("date-in-year", plan("2025-03-01"));
    expect(late.map((d) => [d.severity, d.path])).toEqual([["warning", ["meta", "date"]]]);
    expect(late[0]?.message).toContain("晚于计划年度 2023 年");
    expect(only("date-in-year", plan("2023-02-20"))).toEqual([]);
  });
});

describe("doc-number-printed", () => {
  it("warns of a 发文字号 without a 版头, saying how to print it", () => {
    const found = only(
      "doc-number-printed",
      sampleReport((r) => {
        r.meta.docNumber = "青卫〔2024〕3号";
      }),
    );
    expect(found.map((d) => d.severity)).toEqual(["warning"]);
    expect(found[0]?.message).toContain("letterhead: true");
  });
});
