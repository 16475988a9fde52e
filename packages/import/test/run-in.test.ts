import { renderDocx } from "@gongwen/render-docx";
import { parseMarkdown, renderMarkdown } from "@gongwen/render-md";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { importReport, reportToYaml } from "../src/index.js";
import { splitLead } from "../src/lead.js";
import { splitRunIn } from "../src/run-in.js";
import { importFixture } from "./helpers/fixture.js";
import { outline } from "./helpers/outline.js";

const r = importFixture("run-in.txt");

describe("initiatives that share a paragraph", () => {
  it("splits them, after a heading on the same line too, never inside quotes or book titles", () => {
    expect(outline(r.report)).toEqual([
      "开头 2023年，县司法局围绕法治青溪建设，统筹推进各项工作。",
      "一、法治宣传",
      "  （一）普法阵地建设",
      "    一是【】建成法治文化公园3个；",
      "    二是【】在“村村响”广播开设《法治时间》栏目，每周播出2次；",
      "    三是【】发放宣传资料1.5万份，其中“二是”字样的宣传册2000册。",
      "  （二）普法活动",
      "    一是【开展“法律进乡村”活动。】全年走进村社86个。",
      "    二是【开展青少年普法。】覆盖中小学生2.3万人。",
      "二、公共法律服务",
      "  1.【法律援助：】全年办理法律援助案件320件，挽回损失460万元；",
      "  2.【人民调解：】调解矛盾纠纷1860件，成功率98.6%；",
      "  3.【公证服务：】办理公证事项2100件。",
      "三、社区矫正",
      "  （1）【就业帮扶：】为刑满释放人员提供岗位42个。",
      "  （2）【心理矫治：】开展团体辅导16场。",
    ]);
  });

  it("keeps a run-in paragraph run in (runIn), and separate initiatives separate", () => {
    const [publicity, services, correction] = r.report.body.sections ?? [];
    expect(publicity?.sections.map((s) => s.runIn)).toEqual([true, true]);
    expect(services?.runIn).toBe(true);
    expect(services?.style).toBe("decimal");
    expect(correction?.runIn).toBeUndefined();
    expect(correction?.style).toBe("paren");
  });

  it("does not warn about the split it is sure of; warns where a lead was not found", () => {
    expect(r.warnings.map((w) => `${w.line} ${w.code}`)).toEqual([
      "4 lead_not_found",
      "4 lead_not_found",
      "4 lead_not_found",
    ]);
  });

  it("round-trips through YAML, Markdown and DOCX unchanged", async () => {
    expect(loadReportYaml(reportToYaml(r.report))).toEqual(r.report);
    const markdown = renderMarkdown(r.report);
    expect(markdown).toContain(
      "**一是开展“法律进乡村”活动。**全年走进村社86个。**二是开展青少年普法。**覆盖中小学生2.3万人。",
    );
    expect(markdown).toContain("**1.法律援助：**全年办理法律援助案件320件");
    expect(parseMarkdown(markdown)).toEqual(r.report);
    const back = await importReport(await renderDocx(r.report), { format: "docx" });
    expect(back.report.body).toEqual(r.report.body);
  });

  it("a run-in section whose runs are single keeps runIn in Markdown through a comment", () => {
    const report = loadReportYaml(
      "meta: {org: 青溪县司法局, year: 2023, kind: summary, date: 2024-01-16}\nbody:\n  sections:\n    - title: 普法\n      runIn: true\n      content:\n        - lead: 深化普法。\n          text: 全年开展活动212场。\n",
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("<!-- run-in -->");
    expect(parseMarkdown(markdown)).toEqual(report);
  });
});

describe("where a run-in paragraph is cut", () => {
  const cut = (text: string) => splitRunIn([{ text, line: 1 }]).map((l) => l.text);

  it.each([
    ["1.完善制度；2.5万户群众受益；2.强化培训。", ["1.完善制度；2.5万户群众受益；", "2.强化培训。"]],
    ["一是完善制度；“二是”宣传册；二是强化培训。", ["一是完善制度；“二是”宣传册；", "二是强化培训。"]],
    ["一是完善制度，三是强化培训；二是严格考核。", ["一是完善制度，三是强化培训；", "二是严格考核。"]],
    ["（1）完善预案。（2）加强演练；（3）复盘。", ["（1）完善预案。", "（2）加强演练；", "（3）复盘。"]],
    ["（一）强化保障。一是完善制度。", ["（一）强化保障。", "一是完善制度。"]],
    ["一是完善制度。", ["一是完善制度。"]],
    ["全年抓了两件事：一是完善制度；二是强化培训。", ["全年抓了两件事：一是完善制度；二是强化培训。"]],
    [
      "（一）全年坚持党建引领夯实基层基础推进社会治理现代化建设各项工作再上新台阶。一是完善制度。",
      ["（一）全年坚持党建引领夯实基层基础推进社会治理现代化建设各项工作再上新台阶。一是完善制度。"],
    ],
  ])("%s", (text, pieces) => {
    expect(cut(text)).toEqual(pieces);
  });
});

describe("the lead rule", () => {
  it.each([
    ["法律援助：全年办理案件320件。", { lead: "法律援助：", text: "全年办理案件320件。" }, "colon"],
    ["深化改革。全年办理案件320件。", { lead: "深化改革。", text: "全年办理案件320件。" }, "sentence"],
    ["全年办理案件320件：其中刑事案件86件。", { text: "全年办理案件320件：其中刑事案件86件。" }, "none"],
    ["按照“三个一”要求：建成站点3个。", { lead: "按照“三个一”要求：", text: "建成站点3个。" }, "colon"],
    ["加强组织领导，成立专班：统筹推进。", { text: "加强组织领导，成立专班：统筹推进。" }, "none"],
  ])("%s", (body, initiative, finding) => {
    expect(splitLead(body)).toEqual({ initiative, finding });
  });
});
