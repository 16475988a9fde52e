import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ImportResult, importText } from "../src/index.js";
import { expectNothingDropped, textLines } from "./helpers/nothing-dropped.js";
import { outline } from "./helpers/outline.js";

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

function importFixture(name: string): ImportResult {
  const text = fixture(name);
  const result = importText(text, { format: "text", fileName: name });
  expectNothingDropped(textLines(text), result);
  return result;
}

const codes = (r: ImportResult) => r.warnings.map((w) => `${w.line} ${w.code}`);
const removed = (r: ImportResult) =>
  r.removed.map((x) => `${x.line} ${x.kind}${x.recoveredAs ? ` ${x.recoveredAs}` : ""}`);

describe("a clean pasted report", () => {
  const r = importFixture("clean.txt");

  it("recovers the title, organ, year, kind and date", () => {
    expect(r.report.meta).toMatchObject({
      org: "青溪县卫生健康局",
      year: 2023,
      kind: "summary-and-plan",
      planYear: 2024,
      planName: "工作思路",
      title: "青溪县卫生健康局2023年工作总结和2024年工作思路",
      date: "2024-01-12",
      signature: "青溪县卫生健康局",
    });
  });

  it("recovers the outline: parts, themes, initiatives with their leads, and the closing", () => {
    expect(outline(r.report)).toEqual([
      "开头 2023年，县卫生健康局围绕“强基层、优服务”主线，统筹推进各项工作，全县居民健康水平稳步提高。现将有关情况报告如下。",
      "一、2023年工作总结",
      "  （一）健康青溪建设扎实推进",
      "    ¶ 全年召开健康青溪建设推进会3次，新建省级健康村21个、健康企业6家，居民健康素养水平达到35.2%，较上年提高2.4个百分点。",
      "  （二）医疗服务能力持续增强",
      "    一是【深化城乡医院结对帮扶。】与市第一人民医院签订合作协议，引进专家团队4个，县人民医院新开展技术项目12项。",
      "    二是【推动中医药特色发展。】新建乡镇中医馆5家，基层中医药服务量占比达到31.5%。",
      "    三是【完善急救网络布局。】新增急救站点3个，平均急救反应时间缩短至12.5分钟。",
      "  （三）基础设施建设提速增效",
      "    1.【加快重点项目建设。】县人民医院医技楼主体结顶，完成投资8600万元。",
      "    2.【改善基层就医条件。】改造村卫生室14家，配备数字化设备46台（套）。",
      "二、2024年工作思路",
      "  一是【推进健康青溪建设常态化。】力争再次获评健康县考核优秀等次，新建省级健康村15个以上。",
      "  二是【推进医疗服务同质化。】县域就诊率稳定在90%以上，新开展技术项目10项以上。",
      "  三是【推进公共卫生服务均等化。】常住人口家庭医生签约率达到45%以上。",
      "结尾 此外，持续抓好卫生应急、监督执法、无偿献血等工作，为全县高质量发展提供健康保障。",
    ]);
  });

  it("guesses nothing, and lists the title, signature and date as recovered", () => {
    expect(r.warnings).toEqual([]);
    expect(removed(r)).toEqual(["1 metadata meta.title", "35 metadata meta.signature", "36 metadata meta.date"]);
  });

  it("keeps the part titles out of the model when they are the defaults", () => {
    expect(r.report.body.summary?.title).toBe("2023年工作总结");
    expect(r.report.body.plan?.sections).toEqual([]);
  });
});

describe("half-width punctuation and numbering variants, four levels", () => {
  const r = importFixture("half-width.txt");

  it("reads (一) 1、 (1) 1． as the levels and styles they stand for, keeping the punctuation as pasted", () => {
    expect(r.report.meta).toMatchObject({ org: "青溪县统计局", year: 2023, kind: "summary", date: "2024-01-16" });
    expect(outline(r.report)).toEqual([
      "开头 2023年,县统计局坚持依法统计,扎实做好各项统计调查工作:全年完成统计报表2.6万份,数据质量稳步提升。",
      "一、夯实统计基础",
      "  （一）健全基层统计网络",
      "    1.推进乡镇统计站规范化建设",
      "      （1）【配齐统计人员。】全县12个乡镇统计站均配备专职统计员,人员到岗率100%。",
      "      （2）【落实工作经费。】县财政安排专项经费36万元,保障基层统计站正常运转。",
      "    2.加强企业统计人员培训",
      "      ¶ 全年举办培训班8期,培训企业统计人员560人次;培训覆盖率达到100%。",
      "  （二）强化数据质量管控",
      "    1.【严把数据审核关口。】建立县、乡两级审核制度,全年审核报表1.9万份,纠正差错数据316条。",
      "    2.【开展数据质量核查。】抽查企业86家,发现并整改问题23个。",
      "二、提升服务水平",
      "  （一）做好统计分析",
      "    ¶ 全年撰写统计分析报告26篇,其中8篇获县领导批示。",
      "  （二）优化数据发布",
      "    ¶ 按月发布主要经济指标,全年发布统计信息128条;建成统计数据开放平台。",
    ]);
    const section = r.report.body.sections?.[0]?.sections[0];
    expect(section?.sections.map((s) => [s.title, s.style])).toEqual([
      ["推进乡镇统计站规范化建设", "paren"],
      ["加强企业统计人员培训", "ordinal"],
    ]);
    expect(r.report.body.sections?.[0]?.sections[1]?.style).toBe("decimal");
    expect(r.warnings).toEqual([]);
  });
});

describe("a heading that carries its text on the same line", () => {
  const r = importFixture("heading-with-text.txt");

  it("splits （一）title。text into the heading and a paragraph, and warns", () => {
    expect(outline(r.report)).toEqual([
      "一、安全生产形势总体平稳",
      "  （一）强化组织领导",
      "    ¶ 全年召开安全生产委员会全体会议4次，专题研究重大事项11项，层层签订安全生产责任书。",
      "  （二）深化隐患排查",
      "    ¶ 组织开展安全生产大检查3轮，检查企业1260家次，整改隐患2418处。",
      "    1.【危险化学品领域。】完成全县危化品企业风险评估，关停落后产能企业2家。",
      "    2.【建筑施工领域。】对在建工地实行每月一检，全年约谈施工单位19家。",
      "二、防灾减灾能力稳步提升",
      "  （一）完善应急预案体系",
      "    ¶ 修订县级专项预案8项，组织综合演练12场次。",
    ]);
    expect(codes(r)).toEqual(["3 heading_text_split", "4 heading_text_split", "8 heading_text_split"]);
    expect(r.warnings[0]?.message).toContain("强化组织领导");
  });
});

describe("a page that lost every line break", () => {
  const r = importFixture("lost-breaks.txt");

  it("cuts the title, the headings, the initiatives, the signature and the date apart", () => {
    expect(r.report.meta).toMatchObject({
      org: "青溪县文化和旅游局",
      year: 2023,
      kind: "summary-and-plan",
      planName: "工作计划",
      date: "2024-01-10",
    });
    expect(r.report.meta.title).toBe("青溪县文化和旅游局2023年工作总结和2024年工作计划");
    expect(outline(r.report)).toEqual([
      "开头 2023年，县文化和旅游局紧扣“文旅融合”目标，全年接待游客412万人次，实现旅游收入38.6亿元。",
      "一、2023年工作总结",
      "  （一）文旅项目建设加快推进",
      "    ¶ 全年实施文旅项目17个，完成投资9.2亿元，云溪古镇二期开门迎客，游客满意度达96%。",
      "  （二）公共文化服务更加丰富",
      "    一是【建成城市书房6家。】全年接待读者18.3万人次，举办阅读推广活动92场。",
      "    二是【繁荣群众文艺创作。】创排小戏小品14个，2个作品获市级奖项。",
      "二、2024年工作计划",
      "  一是【推进全域旅游示范区创建。】力争年内通过省级验收。",
      "  二是【推进文化惠民工程提质。】送戏下乡120场以上。",
    ]);
    expect(codes(r)).toEqual(["1 heading_text_split"]);
    expect(r.report.body.plan?.title).toBe("2024年工作计划");
  });
});

describe("a page pasted from a portal", () => {
  const r = importFixture("portal.txt");

  it("recovers the disclosure metadata block and the date from it", () => {
    expect(r.report.meta).toMatchObject({
      org: "青溪县水利局",
      date: "2024-01-11",
      disclosure: {
        indexNo: "11331127MB0C45218X/2024-00006",
        category: "计划总结",
        openness: "主动公开",
      },
    });
    // 发布机构 is the organ itself (the default), 文号 is 无: neither is kept.
    expect(r.report.meta.disclosure?.publisher).toBeUndefined();
    expect(r.report.meta.docNumber).toBeUndefined();
  });

  it("lists the breadcrumb, the portal line, the print links and what follows them as removed", () => {
    expect(removed(r)).toEqual([
      "1 breadcrumb",
      "2 metadata meta.disclosure.indexNo",
      "2 metadata meta.disclosure.category",
      "3 metadata meta.disclosure.publisher",
      "3 metadata meta.date",
      "4 metadata",
      "4 metadata meta.disclosure.openness",
      "5 metadata meta.title",
      "6 portal-info",
      "17 print-links",
      "18 footer",
      "19 footer",
      "20 footer",
      "21 footer",
    ]);
    expect(r.removed.find((x) => x.line === 19)?.text).toBe("青溪县水利局2022年工作总结和2023年工作思路");
  });

  it("keeps the body whole", () => {
    expect(outline(r.report)).toEqual([
      "开头 2023年，县水利局着力补齐水利基础设施短板，全年完成水利投资5.3亿元，投资完成率达108.6%。",
      "一、2023年工作总结",
      "  （一）防汛防台成效明显",
      "    ¶ 成功应对强降雨过程9次，转移群众1.2万人次，实现“不死人、少伤人、少损失”目标。",
      "  （二）水利工程加快建设",
      "    一是【推进水库除险加固。】完成3座小型水库除险加固，新增蓄水能力86万立方米。",
      "    二是【实施农村饮用水提升。】新建改造供水管网126公里，农村自来水普及率达到98.7%。",
      "二、2024年工作思路",
      "  一是【推进水网建设提速。】计划完成水利投资5.5亿元。",
      "  二是【推进河湖管护长效。】开展河湖“清四乱”专项行动。",
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe("a portal page with its footer, with and without its line breaks", () => {
  const text = fixture("portal-footer.txt");
  const flat = text.replace(/\n+/g, " ");
  const r = importFixture("portal-footer.txt");
  const lost = importText(flat, { format: "text" });

  it("keeps the opening after the share links, and signs and dates the body above the print links", () => {
    expect(r.report.meta).toMatchObject({ org: "青溪县林业局", date: "2024-01-16", signature: "青溪县林业局" });
    expect(outline(r.report)).toEqual([
      "开头 2023年，县林业局以“护绿、增绿、用绿”为主线,全年完成造林1.2万亩,森林覆盖率稳定在78.3%。",
      "一、2023年工作总结",
      "  （一）森林资源保护有力",
      "    ¶ 全年未发生较大以上森林火灾,查处涉林案件27起。",
      "  （二）林业产业稳步发展",
      "    一是【壮大油茶产业。】新增油茶基地3200亩,产值增长6.5%。",
      "    二是【发展林下经济。】发展林下种植1.5万亩,带动农户1200户增收。",
      "二、2024年工作思路",
      "  一是【抓好森林防火。】落实网格化管护,确保不发生较大以上火灾。",
      "  二是【推进国土绿化。】计划完成造林1.3万亩。",
      "结尾 此外,继续做好林业执法、野生动物保护等工作。",
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("names each piece of clutter for what it is", () => {
    expect(removed(r).filter((x) => !x.includes("metadata"))).toEqual([
      "1 breadcrumb",
      "3 portal-info",
      "3 portal-info",
      "4 print-links",
      "18 print-links",
      "19 footer",
      "20 footer",
      "21 footer",
    ]);
  });

  it("gives the same report when the page lost every line break, and drops no body text", () => {
    expect(lost.report).toEqual(r.report);
    expect(lost.removed.map((x) => x.kind)).not.toContain("before-title");
    expect(lost.removed.filter((x) => x.kind === "print-links").map((x) => x.text)).toEqual([
      "分享到：微信 微博",
      "【打印此页】 【关闭本页】",
    ]);
    expectNothingDropped(textLines(flat), lost);
  });
});

describe("the traps", () => {
  const r = importFixture("traps.txt");
  const lines = outline(r.report);

  it("does not take 一、二、三 in a quoted phrase, nor 一、二、三产业 at a line start, for headings", () => {
    expect(lines.slice(0, 2)).toEqual([
      "开头 2023年，县发展和改革局围绕“一、二、三产业融合”和“1+5+8”产业体系，统筹稳增长、调结构、惠民生各项工作。",
      "开头 一、二、三产业结构调整为8.6∶41.2∶50.2，XX市下达的目标任务全面完成。",
    ]);
  });

  it("keeps (2024年,…), Ⅰ标段 and 1+5+8 as paragraphs, and XX市 as text", () => {
    expect(lines.slice(2, 6)).toEqual([
      "一、项目建设提质增效",
      "  ¶ (2024年,全县计划实施重点项目86个,总投资342亿元。)此前一年，全县重点项目完成投资126.5亿元，完成年度计划的112.3%。",
      "  ¶ Ⅰ标段道路工程于9月建成通车，Ⅱ标段完成路基施工。",
      "  ¶ 1+5+8产业体系初步成形，新增规模以上工业企业31家。",
    ]);
  });

  it("joins 3、4季度 to the unfinished sentence above it, and takes 3、 in sequence as an item (with warnings)", () => {
    expect(lines.slice(6)).toEqual([
      "二、要素保障持续加强",
      "  （一）用地保障",
      "    ¶ 全年共争取新增建设用地指标3、4季度集中报批的项目全部获批，保障了重点项目落地。",
      "  （二）资金保障",
      "    1.【争取上级资金。】全年争取中央和省预算内资金4.6亿元。",
      "    2.【发行专项债券。】发行地方政府专项债券12.8亿元，支持项目29个",
      "    3.【撬动社会资本。】推介民间投资项目18个，签约金额56亿元。",
    ]);
    expect(codes(r)).toEqual(["11 line_joined", "15 item_after_unfinished_sentence"]);
  });
});

describe("a plan that is a flat list of initiatives", () => {
  const r = importFixture("plan-only.txt");

  it("reads kind, plan name and year from the title and adds the one section the model needs", () => {
    expect(r.report.meta).toMatchObject({ kind: "plan", year: 2024, planYear: 2024, planName: "工作要点" });
    expect(outline(r.report)).toEqual([
      "开头 2024年，县农业农村局将以乡村振兴为总抓手，重点做好以下工作。",
      "一、2024年工作要点",
      "  一是【稳定粮食生产。】全年粮食播种面积稳定在12.6万亩以上，总产量达到5.1万吨。",
      "  二是【发展特色产业。】新建茶叶标准化基地3000亩，培育农业龙头企业5家。",
      "  三是【建设和美乡村。】打造精品示范村8个，完成农村公厕改造60座。",
    ]);
    expect(codes(r)).toEqual(["3 section_added"]);
  });
});
