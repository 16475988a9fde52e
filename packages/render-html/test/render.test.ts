import { parseReport, type ReportInput } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { SAMPLE_INPUT } from "../../render-md/test/sample.js";
import { placeSignature } from "../src/blocks/signature.js";
import { gbt9704Html, pageCss, pageMetrics, renderHtml } from "../src/index.js";

const sample = parseReport(SAMPLE_INPUT);

function withMeta(extra: Partial<ReportInput["meta"]>) {
  return parseReport({ ...SAMPLE_INPUT, meta: { ...SAMPLE_INPUT.meta, ...extra } });
}

describe("renderHtml: the portal fragment", () => {
  const html = renderHtml(sample);

  it("is one <article> without document, style sheet or page furniture", () => {
    expect(html.startsWith('<article class="gongwen" lang="zh-CN">')).toBe(true);
    expect(html.trimEnd().endsWith("</article>")).toBe(true);
    expect(html).not.toMatch(/<html|<head|<style|<body|letterhead|colophon/);
  });

  it("numbers the headings officially: h1 title, h2 一、, h3 （一）, h4 1., h5 （1）", () => {
    expect(html).toContain('<h1 class="title">青溪县卫生健康局2023年工作总结和2024年工作思路</h1>');
    expect(html).toContain("<h2>一、2023年工作总结</h2>");
    expect(html).toContain("<h2>二、2024年工作思路</h2>");
    expect(html).toContain("<h3>（一）健康县城建设成果丰硕</h3>");
    expect(html).toContain("<h4>1.应急指挥</h4>");
    expect(html).toContain("<h5>（1）演练</h5>");
  });

  it("puts each initiative's label and lead in <strong>, numbering initiatives only, in each section's style", () => {
    expect(html).toContain('<p class="initiative"><strong class="lead">一是深化改革。</strong>正文第一项。</p>');
    expect(html).toContain('<strong class="lead">二是完善体系建设。</strong>新增床位120张。');
    // No lead: the label runs into the text, not bold.
    expect(html).toContain('<p class="initiative">三是只有正文的举措。</p>');
    expect(html).toContain('<strong class="lead">1.完善体系建设，强化应急指挥能力。</strong>');
    expect(html).toContain('<strong class="lead">（1）开展演练。</strong></p>');
  });

  it("writes tables with <caption>, <thead> of column headers and <tbody>", () => {
    expect(html).toContain(
      '<table class="data"><caption>2023年主要指标完成情况</caption><thead><tr><th scope="col">指标</th><th scope="col">目标</th><th scope="col">完成</th></tr></thead><tbody><tr><td>签约率</td><td>45%</td><td>45.77%</td></tr></tbody></table>',
    );
  });

  it("nests sections and ends with the 落款: 署名 and 成文日期 as <time>", () => {
    expect(html.match(/<section class="level-1">/g)).toHaveLength(2);
    expect(html).toContain('<p class="closing">此外，持续抓好安全生产工作。</p>');
    expect(html).toMatch(/<p class="issuer" style="text-align: right;[^"]*">青溪县卫生健康局<\/p>/);
    expect(html).toContain('<time datetime="2024-01-09">2024年1月9日</time>');
  });

  it("adds 主送机关, 附件说明 and 附注 when the report has them", () => {
    const full = renderHtml(
      withMeta({ recipients: "县人民政府", attachments: ["《名单》。", "明细表"], note: "此件公开发布" }),
    );
    expect(full).toContain('<p class="recipients">县人民政府：</p>');
    expect(full).toMatch(/<div class="attachments"[^>]*><p [^>]*>附件：1\.名单<\/p><p [^>]*>2\.明细表<\/p><\/div>/);
    expect(full).toContain('<p class="note">（此件公开发布）</p>');
    expect(full.indexOf("附件：")).toBeLessThan(full.indexOf('class="issuer"'));
    expect(full.indexOf('class="date"')).toBeLessThan(full.indexOf('class="note"'));
    const one = renderHtml(withMeta({ attachments: "名单" }));
    expect(one).toMatch(/>附件：名单<\/p>/);
  });

  it("writes the disclosure attributes as a table only when asked", () => {
    const report = withMeta({ disclosure: { indexNo: "001/2024-1", category: "计划总结", openness: "主动公开" } });
    expect(renderHtml(report)).not.toContain("disclosure");
    const html = renderHtml(report, { disclosureTable: true });
    expect(html).toContain(
      '<th scope="row">索引号</th><td>001/2024-1</td><th scope="row">组配分类</th><td>计划总结</td>',
    );
    expect(html).toContain('<th scope="row">文号</th><td>青卫〔2024〕3号</td>');
    expect(html.indexOf("disclosure")).toBeLessThan(html.indexOf("<h1"));
  });

  it("marks sections and blocks with their model paths when asked", () => {
    const html = renderHtml(sample, { sourcePaths: true });
    expect(html).toContain('<section class="level-1" data-path="body.summary">');
    expect(html).toContain('data-path="body.summary.sections[0].content[1]"><strong class="lead">一是');
    expect(renderHtml(sample)).not.toContain("data-path");
  });
});

describe("renderHtml: the page document", () => {
  const report = withMeta({ letterhead: true, cc: ["县委办公室", "县政府办公室"], issuer: "青溪县卫生健康局办公室" });
  const html = renderHtml(report, { flavor: "page" });

  it("is a whole document with the page style sheet and the title", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<title>青溪县卫生健康局2023年工作总结和2024年工作思路</title>");
    expect(html).toContain(pageCss(gbt9704Html));
    expect(html).toContain('<body class="gongwen-page">');
  });

  it("draws the 版头 before the title and the 版记 after the 落款", () => {
    expect(html).toMatch(
      /<header class="letterhead"><p class="letterhead-name"[^>]*>青溪县卫生健康局文件<\/p><p class="doc-number">青卫〔2024〕3号<\/p><\/header><h1/,
    );
    expect(html).toMatch(
      /<p class="cc">抄送：县委办公室，县政府办公室。<\/p><p class="issued"><span>青溪县卫生健康局办公室<\/span><span>2024年1月9日印发<\/span><\/p>/,
    );
    expect(html.indexOf('class="date"')).toBeLessThan(html.indexOf('class="colophon"'));
    // The portal leaves both out.
    expect(renderHtml(report)).not.toMatch(/letterhead|colophon|抄送/);
  });

  it("runs level 3 and 4 headings into their first paragraph, adding a full stop", () => {
    const runIn = parseReport({
      ...SAMPLE_INPUT,
      body: {
        ...SAMPLE_INPUT.body,
        plan: {
          sections: [
            { title: "稳", sections: [{ title: "扩大投入", content: ["全年投入1亿元。", { lead: "甲。" }] }] },
          ],
        },
      },
    });
    const page = renderHtml(runIn, { flavor: "page" });
    expect(page).toContain(
      '<div class="run-in"><h4>1.扩大投入。</h4><p>全年投入1亿元。</p></div><p class="initiative"><strong class="lead">一是甲。</strong></p>',
    );
    // A portal keeps the heading on its own.
    expect(renderHtml(runIn)).toContain("<h4>1.扩大投入</h4><p>全年投入1亿元。</p>");
    // A profile without run-in keeps it on its own in the page too.
    const plain = renderHtml(runIn, {
      flavor: "page",
      profile: { ...gbt9704Html, runIn: { heading3: false, heading4: false } },
    });
    expect(plain).toContain("<h4>1.扩大投入</h4><p>全年投入1亿元。</p>");
  });
});

describe("pageCss", () => {
  const css = pageCss();

  it("lays out A4 with the standard's margins and page numbers on odd right, even left pages", () => {
    expect(css).toContain("size: 210mm 297mm;");
    expect(css).toContain("margin: 37mm 26mm 35mm 28mm;");
    expect(css).toMatch(/@page :right \{ @bottom-right \{\s*content: "— " counter\(page\) " —";/);
    expect(css).toMatch(/@page :left \{ @bottom-left \{\s*content: "— " counter\(page\) " —";/);
    expect(css).toContain("@page colophon { @bottom-right { content: none; } @bottom-left { content: none; } }");
  });

  it("sets 三号 on the 22-line grid with font stacks that fall back to installed CJK fonts", () => {
    expect(css).toContain("font-size: 16pt;");
    expect(css).toContain("line-height: 28.95pt;");
    expect(css).toContain("letter-spacing: -0.25pt;");
    expect(css).toContain(
      'font-family: "gongwen-latin", "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC"',
    );
    expect(css).toMatch(/\.gongwen h2 \{ font-family: "gongwen-latin", "黑体", "SimHei"[^}]*sans-serif; \}/);
    expect(css).toMatch(/\.gongwen h3 \{ font-family: "gongwen-latin", "楷体_GB2312", "楷体", "KaiTi"/);
    expect(css).toMatch(/h1\.title \{\s*font-family: "gongwen-latin", "方正小标宋简体"[^;]*;\s*font-size: 22pt;/);
  });

  it("follows the profile: a bold lead can be turned off", () => {
    expect(css).toContain(".gongwen strong.lead { font-weight: bold; }");
    expect(pageCss({ ...gbt9704Html, bold: { ...gbt9704Html.bold, leads: false } })).toContain(
      ".gongwen strong.lead { font-weight: normal; }",
    );
  });
});

describe("pageMetrics", () => {
  it("derives 22 lines of 28 characters on 156 × 225 mm as the DOCX does", () => {
    const m = pageMetrics(gbt9704Html);
    expect(m.linePitch).toBe(28.95);
    expect(m.letterSpacing).toBe(-0.25);
    expect(m.char).toBe(15.75);
    expect(Math.floor(m.typeHeight / m.linePitch)).toBe(22);
    expect(Math.floor(m.typeWidth / m.char)).toBe(28);
  });
});

describe("placeSignature", () => {
  it("puts the issuer two characters in and the date two characters right of its start (GB/T 9704 §7.3.5)", () => {
    // 8 characters of issuer, a date 6 ems wide (2024年1月9日: three characters and six digits).
    expect(placeSignature("青溪县卫生健康局", "2024年1月9日", false)).toEqual({
      signatureRight: 2,
      dateRight: 2,
      blankLines: 1,
    });
    // A short issuer: the date is two characters in and the issuer moves left.
    const short = placeSignature("统计局", "2024年12月19日", false);
    expect(short.dateRight).toBe(2);
    expect(short.signatureRight).toBe(4 + 7 - 3);
  });

  it("centres the issuer over a date four characters in when there is a seal", () => {
    expect(placeSignature("青溪县卫生健康局", "2024年1月9日", true)).toEqual({
      signatureRight: 3,
      dateRight: 4,
      blankLines: 3,
    });
  });
});
