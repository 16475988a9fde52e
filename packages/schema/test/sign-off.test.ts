import { describe, expect, it } from "vitest";
import { attachmentLines, attachmentName, disclosureRows, noteText, parseReport } from "../src/index.js";

describe("the texts of the 附件说明, 附注 and disclosure table", () => {
  it("strips closing punctuation and 《》 from attachment names and numbers several", () => {
    expect(attachmentName(" 《名单》。")).toBe("名单");
    expect(attachmentLines(["名单"])).toEqual([{ lead: "附件：", label: "", name: "名单" }]);
    expect(attachmentLines(["甲表；", "乙表"])).toEqual([
      { lead: "附件：", label: "1.", name: "甲表" },
      { lead: "", label: "2.", name: "乙表" },
    ]);
  });

  it("puts the 附注 in parentheses once", () => {
    expect(noteText("此件公开发布")).toBe("（此件公开发布）");
    expect(noteText("(此件公开发布)")).toBe("（此件公开发布）");
  });

  it("lists the disclosure attributes in two pairs a row, the publisher defaulting to the org", () => {
    const report = parseReport({
      meta: { org: "青溪县统计局", year: 2023, kind: "summary", date: "2024-01-09", disclosure: { indexNo: "001" } },
      body: { sections: [{ title: "甲" }] },
    });
    expect(disclosureRows(report.meta)).toEqual([
      ["索引号", "001", "组配分类", ""],
      ["发布机构", "青溪县统计局", "成文日期", "2024年1月9日"],
      ["文号", "", "公开方式", ""],
    ]);
  });
});
