import { parseReport } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { SAMPLE, SAMPLE_INPUT } from "./sample.js";

describe("renderMarkdown, portal flavour", () => {
  it("leaves out the front matter and the thematic break, keeping the body as the dialect writes it", () => {
    const portal = renderMarkdown(SAMPLE, { flavor: "portal" });
    expect(portal.startsWith("# 青溪县卫生健康局2023年工作总结和2024年工作思路\n")).toBe(true);
    expect(portal).not.toMatch(/^---$/m);
    expect(portal).not.toContain("org:");
    const dialect = renderMarkdown(SAMPLE);
    const body = dialect.slice(dialect.indexOf("# "), dialect.lastIndexOf("\n---\n"));
    expect(portal.startsWith(body)).toBe(true);
  });

  it("writes 主送机关 under the title and ends with 附件说明, 署名, 成文日期 and 附注", () => {
    const report = parseReport({
      ...SAMPLE_INPUT,
      meta: {
        ...SAMPLE_INPUT.meta,
        recipients: "县人民政府",
        attachments: ["《名单》。", "明细表"],
        note: "此件公开发布",
      },
    });
    const portal = renderMarkdown(report, { flavor: "portal" });
    expect(portal).toContain("# 青溪县卫生健康局2023年工作总结和2024年工作思路\n\n县人民政府：\n\n2023年");
    expect(
      portal.endsWith(
        "此外，持续抓好安全生产工作。\n\n附件：1.名单\n\n2.明细表\n\n青溪县卫生健康局\n\n2024年1月9日\n\n（此件公开发布）\n",
      ),
    ).toBe(true);
  });
});
