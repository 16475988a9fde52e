import { describe, expect, it } from "vitest";
import { removeClutter } from "../src/clutter.js";
import { readDate } from "../src/dates.js";
import { readHead, readTail } from "../src/frame.js";
import { readLabel } from "../src/labels.js";
import { readsAsLead, splitLead } from "../src/lead.js";
import { splitLostBreaks } from "../src/lost-breaks.js";
import { recoverMetadata } from "../src/metadata-block.js";
import { normaliseText } from "../src/normalise.js";
import { looksLikeTitle, parseTitle } from "../src/title.js";
import type { SourceLine } from "../src/types.js";

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe("readLabel", () => {
  it.each([
    ["一、2023年工作总结", "l1", 1, "2023年工作总结"],
    ["十二、其他工作", "l1", 12, "其他工作"],
    ["（三）强化监管", "l2", 3, "强化监管"],
    ["(三)强化监管", "l2", 3, "强化监管"],
    ["（一）、强化监管", "l2", 1, "强化监管"],
    ["二是加快建设。", "ordinal", 2, "加快建设。"],
    ["1.完善体系", "decimal", 1, "完善体系"],
    ["2．完善体系", "decimal", 2, "完善体系"],
    ["3、完善体系", "decimal", 3, "完善体系"],
    ["4. 完善体系", "decimal", 4, "完善体系"],
    ["（5）配齐人员。", "paren", 5, "配齐人员。"],
    ["(6)配齐人员。", "paren", 6, "配齐人员。"],
    ["三、三年行动计划", "l1", 3, "三年行动计划"],
  ])("reads %s", (text, type, number, rest) => {
    expect(readLabel(text)).toMatchObject({ type, number, rest });
  });

  it.each([
    "一、二、三产业协调发展",
    "一、二季度完成投资",
    "1.5倍",
    "1、2月份",
    "1+5+8产业体系",
    "Ⅰ标段道路工程",
    "(2024年,全县计划实施重点项目86个)",
    "2023年，全县",
    "(一季度)完成",
    "一、",
    "（一）",
    "一是",
    "1.",
    "12345.完成",
  ])("does not take %s for a label", (text) => {
    expect(readLabel(text)).toBeUndefined();
  });
});

describe("leads", () => {
  it.each([
    ["深化医共体建设。", true],
    ["完善体系建设，强化应急指挥能力。", true],
    ["实施“1+5+8”产业体系培育行动。", true],
    ["建成城市书房6家。", true],
    ["全年新建省级健康村21个、健康企业6家，居民健康素养水平达到35.2%。", false],
    ["全县完成投资1.46亿元，同比增长12.3%，居全市前列。", false],
    ["主要做法：建立台账。", false],
    ["一", false],
  ])("%s reads as a lead: %s", (sentence, expected) => {
    expect(readsAsLead(sentence)).toBe(expected);
  });

  it("splits at the first full stop outside quotes", () => {
    expect(splitLead("落实“三个一。”要求。全年开展活动12场。")).toEqual({
      initiative: { lead: "落实“三个一。”要求。", text: "全年开展活动12场。" },
      finding: "sentence",
    });
  });

  it("takes a bold run as the lead, whatever its length", () => {
    const body = "全年新建省级健康村21个、健康企业6家，水平达到35.2%。正文。";
    expect(splitLead(body, "全年新建省级健康村21个、健康企业6家，水平达到35.2%。").initiative).toEqual({
      lead: "全年新建省级健康村21个、健康企业6家，水平达到35.2%。",
      text: "正文。",
    });
  });

  it("keeps a body without a lead-like first sentence whole, and a lone phrase as a lead", () => {
    expect(splitLead("全县完成投资1.46亿元，同比增长12.3%，居全市前列。其余。")).toEqual({
      initiative: { text: "全县完成投资1.46亿元，同比增长12.3%，居全市前列。其余。" },
      finding: "none",
    });
    expect(splitLead("推进数字化改革")).toEqual({ initiative: { lead: "推进数字化改革" }, finding: "no-full-stop" });
  });
});

describe("normaliseText", () => {
  it("normalises line ends and odd spaces, drops the BOM and zero-width characters, lists control characters", () => {
    const { text, removed } = normaliseText("\uFEFF第一行\r\n第\u00a0二\u3000行\r第三\u200b行\u0007\u2028第四行");
    expect(text).toBe("第一行\n第 二 行\n第三行\n第四行");
    expect(removed).toEqual([{ kind: "invalid-character", text: "\u0007", line: 3 }]);
  });

  it("takes lone surrogates out", () => {
    expect(normaliseText("甲\ud800乙").text).toBe("甲乙");
  });
});

describe("removeClutter", () => {
  it("removes breadcrumbs, portal lines, share links and what follows the print links, and keeps the publish date", () => {
    const result = removeClutter(
      lines(
        "您当前的位置：首页 > 政务公开",
        "首页 > 政务公开 > 部门信息 > 计划总结",
        "标题",
        "发布时间：2024年1月12日 来源：县水利局 作者：办公室 点击数：88",
        "分享到：",
        "正文。",
        "【打印】【关闭】",
        "正文之后的页脚",
      ),
    );
    expect(result.lines.map((l) => l.text)).toEqual(["标题", "正文。"]);
    expect(result.removed.map((r) => r.kind)).toEqual([
      "breadcrumb",
      "breadcrumb",
      "portal-info",
      "print-links",
      "print-links",
      "footer",
    ]);
    expect(result.publishDate).toBe("2024年1月12日");
  });

  it("removes a list of related documents until a sentence comes", () => {
    const result = removeClutter(
      lines("正文。", "相关文件：", "青溪县2022年工作总结", "关于做好防汛工作的通知", "这一段是正文，句子以句号结尾。"),
    );
    expect(result.lines.map((l) => l.text)).toEqual(["正文。", "这一段是正文，句子以句号结尾。"]);
    expect(result.removed.map((r) => r.kind)).toEqual(["related-documents", "related-documents", "related-documents"]);
  });

  it("ends a list of related documents at the print links, which open the footer", () => {
    const result = removeClutter(
      lines("正文。", "相关文件：", "青溪县2022年工作总结", "【打印本页】 【关闭窗口】", "主办：县政府办"),
    );
    expect(result.removed.map((r) => r.kind)).toEqual([
      "related-documents",
      "related-documents",
      "print-links",
      "footer",
    ]);
  });

  it("keeps a line that opens with share links but goes on with sentences", () => {
    const text = "分享到： 2023年，县林业局全年完成造林1.2万亩。";
    expect(removeClutter(lines(text)).lines.map((l) => l.text)).toEqual([text]);
  });

  it("keeps a sentence that merely mentions 发布日期", () => {
    const text = "按规定在发布日期后十个工作日内完成公开，全年公开信息326条。";
    expect(removeClutter(lines(text)).lines.map((l) => l.text)).toEqual([text]);
  });
});

describe("recoverMetadata", () => {
  it("reads keys with their value on the next line (a bulleted list)", () => {
    const result = recoverMetadata(lines("• 索引号:", "• 0010/2024-1", "• 公开方式:", "• 主动公开", "标题"));
    expect(result.fields).toEqual({ indexNo: "0010/2024-1", openness: "主动公开" });
    expect(result.lines.map((l) => l.text)).toEqual(["标题"]);
    expect(result.removed.map((r) => r.recoveredAs)).toEqual([
      "meta.disclosure.indexNo",
      "meta.disclosure.indexNo",
      "meta.disclosure.openness",
      "meta.disclosure.openness",
    ]);
  });

  it("reads a block laid out as a table", () => {
    const table: SourceLine = {
      text: "",
      line: 1,
      table: {
        header: ["索引号", "0010/2024-2", "组配分类", "计划总结"],
        rows: [["成文日期", "2024年1月9日", "文号", ""]],
      },
    };
    expect(recoverMetadata([table]).fields).toEqual({
      indexNo: "0010/2024-2",
      category: "计划总结",
      date: "2024年1月9日",
    });
  });

  it("leaves a lone body line that opens with a key", () => {
    const result = recoverMetadata(lines("正文。", "分类：按行业分为三类", "正文。"));
    expect(result.fields).toEqual({});
    expect(result.lines).toHaveLength(3);
  });
});

describe("dates and titles", () => {
  it.each([
    ["2024年1月9日", "2024-01-09"],
    ["2024- 01- 09", "2024-01-09"],
    ["2024/1/9", "2024-01-09"],
    ["二〇二四年一月九日", "2024-01-09"],
    ["二〇二三年十二月三十一日", "2023-12-31"],
    ["2024年2月30日", undefined],
    ["明年一月", undefined],
  ])("reads %s as %s", (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  it("reads the three kinds of title", () => {
    expect(parseTitle("青溪县卫生健康局2023年工作总结和2024年工作思路")).toEqual({
      org: "青溪县卫生健康局",
      year: 2023,
      kind: "summary-and-plan",
      planYear: 2024,
      planName: "工作思路",
    });
    expect(parseTitle("青溪县统计局2023年度工作总结")).toMatchObject({
      org: "青溪县统计局",
      year: 2023,
      kind: "summary",
    });
    expect(parseTitle("白沙镇2024年工作要点")).toMatchObject({
      org: "白沙镇",
      year: 2024,
      kind: "plan",
      planName: "工作要点",
    });
    expect(parseTitle("青溪县水利局关于2023年工作总结及2024年工作计划")).toMatchObject({
      org: "青溪县水利局",
      planName: "工作计划",
    });
    expect(parseTitle("青溪县水利局2023年工作总结和2024年重点工作")).toMatchObject({ unknownPlanName: "重点工作" });
    expect(parseTitle("关于加强防汛工作的通知")).toBeUndefined();
  });

  it("does not take a part heading for the title", () => {
    expect(looksLikeTitle("一、2023年工作总结")).toBe(false);
    expect(looksLikeTitle("青溪县统计局2023年工作总结")).toBe(true);
  });
});

describe("the frame around the body", () => {
  it("reads the letterhead, the document number and the recipients", () => {
    const head = readHead(
      lines("青溪县卫生健康局文件", "青卫〔2024〕3号", "多余的一行"),
      lines("县人民政府：", "正文。"),
    );
    expect(head.fields).toEqual({
      letterheadName: "青溪县卫生健康局文件",
      docNumber: "青卫〔2024〕3号",
      recipients: "县人民政府",
    });
    expect(head.lines.map((l) => l.text)).toEqual(["正文。"]);
    expect(head.removed.map((r) => r.kind)).toEqual(["metadata", "metadata", "before-title", "metadata"]);
  });

  it("reads attachments, signature, date, note and 版记 from the end", () => {
    const tail = readTail(
      lines(
        "正文。",
        "附件：1.统计表",
        "2.项目清单",
        "青溪县统计局",
        "2024年1月15日",
        "（此件公开发布）",
        "抄送：县委办公室，县政府办公室。",
        "青溪县统计局办公室 2024年1月16日印发",
      ),
    );
    expect(tail.fields).toEqual({
      attachments: ["统计表", "项目清单"],
      signature: "青溪县统计局",
      date: "2024-01-15",
      note: "此件公开发布",
      cc: ["县委办公室", "县政府办公室"],
      issuer: "青溪县统计局办公室",
      issueDate: "2024-01-16",
    });
    expect(tail.lines.map((l) => l.text)).toEqual(["正文。"]);
  });

  it("takes nothing when no date closes the body", () => {
    const tail = readTail(lines("正文。", "青溪县统计局"));
    expect(tail.fields).toEqual({});
    expect(tail.lines).toHaveLength(2);
  });

  it("reads a signature and a date that run together", () => {
    expect(readTail(lines("正文。", "青溪县统计局2024年1月15日")).fields).toEqual({
      signature: "青溪县统计局",
      date: "2024-01-15",
    });
    expect(readTail(lines("项目已于2023年12月31日", "全部完工于2024年1月15日")).fields).toEqual({});
  });
});

describe("splitLostBreaks", () => {
  it("cuts before labels and markers after spaces, remembering the spaces", () => {
    const out = splitLostBreaks(lines("正文。 二是加快建设。 【打印本页】 【关闭窗口】"));
    expect(out.map((l) => [l.text, l.joiner])).toEqual([
      ["正文。", undefined],
      ["二是加快建设。", " "],
      ["【打印本页】 【关闭窗口】", " "],
    ]);
  });

  it("cuts the page's text from the portal fields before it, and keeps a whole info line whole", () => {
    const info = "发布时间：2024-01-18 10:02  点击数：203  字体：[大 中 小]";
    expect(splitLostBreaks(lines(`${info} 2023年，县林业局全年完成造林1.2万亩。`)).map((l) => l.text)).toEqual([
      info,
      "2023年，县林业局全年完成造林1.2万亩。",
    ]);
    expect(splitLostBreaks(lines(info)).map((l) => l.text)).toEqual([info]);
    expect(
      splitLostBreaks(lines("发布时间：2024-01-18 浏览次数: 2023年，全县完成造林1.2万亩。")).map((l) => l.text),
    ).toEqual(["发布时间：2024-01-18 浏览次数:", "2023年，全县完成造林1.2万亩。"]);
    // Without a portal marker first, words that look like a field stay with their sentence.
    const sentence = "全年门户网站 浏览量 达到1.2万次。";
    expect(splitLostBreaks(lines(sentence)).map((l) => l.text)).toEqual([sentence]);
  });

  it("cuts a signature and a date off the end of the body, also when the page's footer follows them", () => {
    const body = "此外，继续做好林业执法工作。 青溪县林业局 2024年1月16日";
    expect(
      splitLostBreaks(lines(`${body} 【打印此页】 【关闭本页】 上一篇：关于开展宣传月活动的通知`)).map((l) => l.text),
    ).toEqual([
      "此外，继续做好林业执法工作。",
      "青溪县林业局",
      "2024年1月16日",
      "【打印此页】 【关闭本页】",
      "上一篇：关于开展宣传月活动的通知",
    ]);
  });

  it("keeps a bullet with its key, and a spaced phrase in a sentence", () => {
    expect(splitLostBreaks(lines("• 索引号:")).map((l) => l.text)).toEqual(["• 索引号:"]);
    const phrase = "举办“清洁家园 健康生活”等活动 1.5万人次参加。";
    expect(splitLostBreaks(lines(phrase)).map((l) => l.text)).toEqual([phrase]);
  });
});
