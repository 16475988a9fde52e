import { describe, expect, it } from "vitest";
import type { ImportResult } from "../src/index.js";
import { importFixture } from "./helpers/fixture.js";
import { outline } from "./helpers/outline.js";

const notes = (r: ImportResult) => r.notes.map((n) => `${n.line} ${n.code}`);

describe("text copied from a PDF or a narrow page", () => {
  it("rejoins lines broken mid-sentence, mid-number and before a comma; keeps headings, initiatives, signature", () => {
    const r = importFixture("pdf-copy.txt");
    expect(outline(r.report)).toEqual([
      "开头 2023年，县农业农村局坚持稳粮保供与乡村振兴两手抓，全年粮食播种面积稳定在12.6万亩，总产量达到5.1万吨，同比增长2.3%，各项工作取得新成效。",
      "一、粮食生产",
      "  ¶ 全面落实耕地保护责任，完成高标准农田建设1.8万亩，新建农田水利设施46处，粮食生产实现“二十连丰”。",
      "二、乡村产业",
      "  一是【壮大特色产业。】新增油茶基地3200亩，培育市级以上龙头企业4家。",
      "  二是【发展农村电商。】建成村级电商服务站28个，农产品网络零售额突破2.4亿元。",
    ]);
    expect(r.report.meta).toMatchObject({ org: "青溪县农业农村局", date: "2024-01-10" });
    expect(notes(r)).toEqual(["3 lines_joined"]);
    expect(r.notes[0]?.message).toContain("已把 7 个断行接回所在段落");
    expect(r.warnings).toEqual([]);
  });

  it("in a text that indents first lines, an indent starts a paragraph and a line without one continues it", () => {
    const r = importFixture("pdf-indented.txt");
    expect(outline(r.report)).toEqual([
      "开头 2023年，县档案馆围绕档案资源建设和利用服务，扎实推进各项工作，全年接收进馆档案1.2万卷，完成年度档案接收任务的120%。馆藏档案数字化率达到86%，居全市前列。",
      "一、档案安全",
      "  ¶ 完成库房消防改造，新增恒温恒湿设备12台，全年未发生档案安全事故。",
      "  ¶ 开展档案安全检查4次，整改隐患9处。",
    ]);
    expect(r.notes[0]?.message).toContain("已把 4 个断行接回所在段落");
  });

  it("leaves a text with one paragraph per line alone", () => {
    for (const name of ["clean.txt", "portal-footer.txt", "seed-like.txt", "run-in.txt"]) {
      expect(notes(importFixture(name)), name).toEqual([]);
    }
  });
});
