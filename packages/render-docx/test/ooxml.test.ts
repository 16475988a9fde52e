import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx, renderDocxSync } from "../src/index.js";
import { attr, type OpenedDocx, openDocx } from "./helpers/docx.js";
import { fullReport, smallReport } from "./helpers/reports.js";
import { childElements, find, findAll, textOf, type XmlElement } from "./helpers/xml.js";

/** A body paragraph: its style, its text, and the element. */
interface Para {
  style: string | undefined;
  text: string;
  element: XmlElement;
}

function paragraphs(docx: OpenedDocx): Para[] {
  return findAll(docx.document, "w:p").map((element) => ({
    style: attr(element, "w:pStyle", "w:val"),
    text: findAll(element, "w:t").map(textOf).join(""),
    element,
  }));
}

const paragraph = (docx: OpenedDocx, text: string) => {
  const found = paragraphs(docx).find((p) => p.text.startsWith(text));
  if (!found) throw new Error(`no paragraph starting with ${text}`);
  return found;
};

const val = (element: XmlElement | undefined, name: string, attribute = "w:val") =>
  element ? find(element, name)?.attributes[attribute] : undefined;

let full: OpenedDocx;
/** The full report with its 版记 on a page of its own (as when its text ends on an odd page). */
let fullOwnPage: OpenedDocx;
let small: OpenedDocx;

beforeAll(async () => {
  full = openDocx(await renderDocx(fullReport()));
  fullOwnPage = openDocx(await renderDocx(fullReport(), { colophonPlacement: "ownPage" }));
  small = openDocx(await renderDocx(smallReport()));
});

describe("package", () => {
  it("holds every part its content types and relationships name, all well-formed XML", () => {
    const types = full.xml.get("[Content_Types].xml") as XmlElement;
    for (const o of findAll(types, "Override"))
      expect(full.parts.has((o.attributes.PartName as string).slice(1))).toBe(true);
    for (const r of findAll(full.xml.get("word/_rels/document.xml.rels") as XmlElement, "Relationship")) {
      expect(full.parts.has(`word/${r.attributes.Target}`)).toBe(true);
    }
    for (const r of findAll(full.xml.get("_rels/.rels") as XmlElement, "Relationship")) {
      expect(full.parts.has(r.attributes.Target as string)).toBe(true);
    }
    expect([...full.parts.keys()][0]).toBe("[Content_Types].xml");
  });

  it("gives the same bytes for the same report", () => {
    const report = fullReport();
    expect(renderDocxSync(report)).toEqual(renderDocxSync(report));
  });

  it("puts the disclosure attributes and the title into the document properties", () => {
    const custom = full.xml.get("docProps/custom.xml") as XmlElement;
    const props = Object.fromEntries(findAll(custom, "property").map((p) => [p.attributes.name, textOf(p)]));
    expect(props).toEqual({
      索引号: "11331123MB0C41999X/2024-00005",
      组配分类: "计划总结",
      公开方式: "主动公开",
      文号: "青水〔2024〕5号",
      成文日期: "2024年1月12日",
    });
    const core = full.xml.get("docProps/core.xml") as XmlElement;
    expect(textOf(find(core, "dc:title") as XmlElement)).toBe("青溪县水利局2023年工作总结和2024年工作思路");
    expect(textOf(find(core, "dc:creator") as XmlElement)).toBe("青溪县水利局");
    expect(textOf(find(core, "dcterms:created") as XmlElement)).toBe("2024-01-12T00:00:00Z");
    expect(small.parts.has("docProps/custom.xml")).toBe(false);
  });
});

describe("page setup", () => {
  it("sets A4, the GB/T 9704 margins and a 22-line grid with pitch 579 in every section", () => {
    const sections = findAll(fullOwnPage.document, "w:sectPr");
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(find(section, "w:pgSz")?.attributes).toMatchObject({ "w:w": "11906", "w:h": "16838" });
      expect(find(section, "w:pgMar")?.attributes).toMatchObject({
        "w:top": "2098",
        "w:bottom": "1984",
        "w:left": "1588",
        "w:right": "1474",
      });
      expect(find(section, "w:docGrid")?.attributes).toEqual({ "w:type": "lines", "w:linePitch": "579" });
    }
  });

  it("numbers odd pages and even pages with their own footers, as settings ask", () => {
    const settings = full.xml.get("word/settings.xml") as XmlElement;
    expect(find(settings, "w:evenAndOddHeaders")).toBeDefined();
    const body = findAll(full.document, "w:sectPr")[0] as XmlElement;
    const refs = findAll(body, "w:footerReference").map((r) => [r.attributes["w:type"], r.attributes["r:id"]]);
    expect(refs).toEqual([
      ["default", "rId4"],
      ["even", "rId5"],
    ]);
    const rels = full.xml.get("word/_rels/document.xml.rels") as XmlElement;
    const target = (id: string) => findAll(rels, "Relationship").find((r) => r.attributes.Id === id)?.attributes.Target;
    const odd = full.xml.get(`word/${target("rId4")}`) as XmlElement;
    const even = full.xml.get(`word/${target("rId5")}`) as XmlElement;
    for (const footer of [odd, even]) {
      expect(textOf(find(footer, "w:instrText") as XmlElement).trim()).toBe("PAGE");
      expect(findAll(footer, "w:t").map(textOf)).toEqual(["— ", " —"]);
      expect(val(footer, "w:pStyle")).toBe("Footer");
    }
    expect(val(odd, "w:jc")).toBe("right");
    expect(find(odd, "w:ind")?.attributes).toEqual({ "w:right": "280" });
    expect(val(even, "w:jc")).toBe("left");
    expect(find(even, "w:ind")?.attributes).toEqual({ "w:left": "280" });
  });

  it("puts the footer so that the page number lies 7 mm below the type area", () => {
    const margin = find(findAll(full.document, "w:sectPr")[0] as XmlElement, "w:pgMar") as XmlElement;
    const footer = Number(margin.attributes["w:footer"]);
    const style = full.style("Footer") as XmlElement;
    const line = Number(val(style, "w:spacing", "w:line"));
    const before = Number(val(style, "w:spacing", "w:before"));
    expect(line).toBe(280);
    // The footer fills the bottom margin: from the type area down to the footer distance.
    expect(before + line + footer).toBe(1984);
    // The middle of the page-number line: 7 mm (397 twips) below the type area.
    expect(1984 - footer - line / 2).toBeCloseTo(397, -1);
  });

  it("starts the 版记 on an even page, at the foot, with a footer without number", () => {
    const last = findAll(fullOwnPage.document, "w:sectPr")[1] as XmlElement;
    expect(val(last, "w:type")).toBe("evenPage");
    expect(val(last, "w:vAlign")).toBe("bottom");
    const refs = findAll(last, "w:footerReference").map((r) => r.attributes["r:id"]);
    expect(refs).toEqual(["rId6", "rId6"]);
    const blank = fullOwnPage.xml.get("word/footer3.xml") as XmlElement;
    expect(findAll(blank, "w:fldChar")).toHaveLength(0);
    expect(textOf(blank)).toBe("");
  });

  it("floats the 版记 to the foot of the type area when it shares the text's even page", () => {
    // The full report's text ends on page 4, line 9: room for the 版记 below it.
    expect(findAll(full.document, "w:sectPr")).toHaveLength(1);
    expect(full.parts.has("word/footer3.xml")).toBe(false);
    const table = findAll(full.document, "w:tbl").at(-1) as XmlElement;
    // From the page's left edge (LibreOffice keeps a float as wide as the text area in the flow
    // otherwise), from the top margin down to the type area's height less two lines and the rules.
    expect(find(table, "w:tblpPr")?.attributes).toMatchObject({
      "w:horzAnchor": "page",
      "w:tblpX": "1588",
      "w:vertAnchor": "margin",
      "w:tblpY": String(12756 - 2 * 579 - 60),
    });
    expect(val(table, "w:tblW", "w:w")).toBe("8844");
  });

  it("writes the blank page before the 版记 as a section with the footer without number", async () => {
    const docx = openDocx(await renderDocx(fullReport(), { colophonPlacement: "afterBlankPage" }));
    const sections = findAll(docx.document, "w:sectPr");
    expect(sections.map((section) => val(section, "w:type"))).toEqual([undefined, "nextPage", "evenPage"]);
    const refs = (section: XmlElement) => findAll(section, "w:footerReference").map((r) => r.attributes["r:id"]);
    expect(refs(sections[1] as XmlElement)).toEqual(["rId6", "rId6"]);
    expect(refs(sections[2] as XmlElement)).toEqual(["rId6", "rId6"]);
  });

  it("has one section and two footers when there is no 版记", () => {
    expect(findAll(small.document, "w:sectPr")).toHaveLength(1);
    expect(small.parts.has("word/footer3.xml")).toBe(false);
  });
});

describe("styles", () => {
  it("defines Normal as the 三号 仿宋 body: exact 579 lines, two characters in, −0.25 pt spacing, Latin in Times New Roman", () => {
    const normal = full.style("Normal") as XmlElement;
    expect(normal.attributes["w:default"]).toBe("1");
    expect(find(normal, "w:rFonts")?.attributes).toEqual({
      "w:ascii": "Times New Roman",
      "w:cs": "Times New Roman",
      "w:eastAsia": "仿宋_GB2312",
      "w:hAnsi": "Times New Roman",
      "w:hint": "eastAsia",
    });
    expect(val(normal, "w:sz")).toBe("32");
    expect(find(find(normal, "w:pPr") as XmlElement, "w:spacing")?.attributes).toMatchObject({
      "w:line": "579",
      "w:lineRule": "exact",
    });
    expect(find(normal, "w:ind")?.attributes).toEqual({ "w:firstLine": "630", "w:firstLineChars": "200" });
    expect(val(find(normal, "w:rPr"), "w:spacing")).toBe("-5");
    expect(val(normal, "w:widowControl")).toBe("false");
    expect(val(normal, "w:jc")).toBe("both");
  });

  it("sets the title in 二号 小标宋, centred, off the grid so two title lines take two grid lines", () => {
    const title = full.style("Title") as XmlElement;
    expect(val(title, "w:sz")).toBe("44");
    expect(val(title, "w:rFonts", "w:eastAsia")).toBe("方正小标宋简体");
    expect(val(title, "w:jc")).toBe("center");
    const pPr = childElements(find(title, "w:pPr") as XmlElement).map((e) => e.name);
    expect(pPr.indexOf("w:snapToGrid")).toBeGreaterThan(-1);
    expect(pPr.indexOf("w:snapToGrid")).toBeLessThan(pPr.indexOf("w:spacing"));
    expect(val(title, "w:snapToGrid")).toBe("0");
    expect(find(title, "w:basedOn")).toBeUndefined();
    // No indent, said outright: LibreOffice would otherwise take Normal's.
    expect(find(title, "w:ind")?.attributes).toEqual({ "w:firstLine": "0", "w:firstLineChars": "0" });
  });

  it("gives the four heading levels Word's names, outline levels and the standard's fonts", () => {
    const expected = [
      ["Heading1", "heading 1", "0", "黑体"],
      ["Heading2", "heading 2", "1", "楷体_GB2312"],
      ["Heading3", "heading 3", "2", "仿宋_GB2312"],
      ["Heading4", "heading 4", "3", "仿宋_GB2312"],
    ];
    for (const [id, name, level, font] of expected) {
      const style = full.style(id as string) as XmlElement;
      expect(val(style, "w:name")).toBe(name);
      expect(val(style, "w:outlineLvl")).toBe(level);
      expect(val(style, "w:rFonts", "w:eastAsia")).toBe(font);
      expect(val(style, "w:rFonts", "w:ascii")).toBe("Times New Roman");
      expect(val(style, "w:basedOn")).toBe("Normal");
    }
    expect(find(full.style("Heading1") as XmlElement, "w:keepNext")).toBeDefined();
    // Run-in levels flow like text; their titles take the bold of a character style.
    expect(find(full.style("Heading3") as XmlElement, "w:keepNext")).toBeUndefined();
    expect(find(full.style("Heading3RunIn") as XmlElement, "w:b")).toBeDefined();
    expect(find(full.style("Heading4RunIn") as XmlElement, "w:b")?.attributes["w:val"]).toBe("false");
  });

  it("sets page numbers in 四号 宋体, digits included, and table text in 四号 仿宋", () => {
    const footer = full.style("Footer") as XmlElement;
    expect(val(footer, "w:sz")).toBe("28");
    expect(find(footer, "w:rFonts")?.attributes).toMatchObject({
      "w:ascii": "宋体",
      "w:eastAsia": "宋体",
      "w:hAnsi": "宋体",
    });
    expect(val(full.style("TableText"), "w:sz")).toBe("28");
    expect(val(full.style("Colophon"), "w:sz")).toBe("28");
    expect(val(full.style("TableText"), "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
  });

  it("writes only the styles the document uses, and none of the docx package's defaults", () => {
    const ids = (docx: OpenedDocx) => findAll(docx.styles, "w:style").map((s) => s.attributes["w:styleId"]);
    expect(ids(small).sort()).toEqual([
      "Date",
      "Footer",
      "Heading1",
      "Heading2",
      "Normal",
      "RunInLead",
      "Signature",
      "Title",
    ]);
    expect(ids(full)).toEqual(
      expect.arrayContaining([
        "TableText",
        "TableHeader",
        "Caption",
        "Colophon",
        "LetterheadName",
        "DocNumber",
        "Attachment",
        "Salutation",
        "Closing",
      ]),
    );
    for (const docx of [small, full]) {
      const xml = docx.parts.get("word/styles.xml") as string;
      expect(xml).not.toMatch(/Calibri|2E74B5|1F4D78|Heading5|Hyperlink|ListParagraph|FootnoteText|TOC/);
      expect(find(docx.styles, "w:latentStyles")).toBeUndefined();
    }
  });

  it("defines every style the document and footers refer to, and every style a style is based on", () => {
    for (const docx of [small, full]) {
      const defined = new Set(findAll(docx.styles, "w:style").map((s) => s.attributes["w:styleId"]));
      for (const [path, part] of docx.xml) {
        if (!path.startsWith("word/") || path.endsWith(".rels")) continue;
        for (const ref of [...findAll(part, "w:pStyle"), ...findAll(part, "w:rStyle"), ...findAll(part, "w:basedOn")]) {
          expect(defined.has(ref.attributes["w:val"])).toBe(true);
        }
      }
    }
  });

  it("marks the document's own styles as custom and keeps Word's built-in names", () => {
    expect(full.style("RunInLead")?.attributes["w:customStyle"]).toBe("1");
    expect(val(full.style("RunInLead"), "w:name")).toBe("举措主题句");
    expect(full.style("Title")?.attributes["w:customStyle"]).toBeUndefined();
    expect(val(full.style("Salutation"), "w:name")).toBe("Salutation");
  });
});

describe("content", () => {
  it("breaks the long title into two lines of one paragraph", () => {
    const title = paragraph(full, "青溪县水利局2023");
    expect(title.style).toBe("Title");
    expect(findAll(title.element, "w:br")).toHaveLength(1);
    expect(findAll(title.element, "w:t").map(textOf)).toEqual(["青溪县水利局", "2023年工作总结和2024年工作思路"]);
  });

  it("types heading numbers as text, runs levels 3 and 4 into their first paragraph", () => {
    expect(paragraph(full, "一、2023年工作总结").style).toBe("Heading1");
    expect(paragraph(full, "二、2024年工作思路").style).toBe("Heading1");
    expect(paragraph(full, "（一）防汛防台工作有力有序").style).toBe("Heading2");
    const level3 = paragraph(full, "1.强化工程质量监管。");
    expect(level3.style).toBe("Heading3");
    expect(level3.text).toBe(
      "1.强化工程质量监管。开展质量安全专项检查9次，抽检混凝土试块412组，合格率100%，全年未发生质量安全事故。",
    );
    expect(val(findAll(level3.element, "w:r")[0], "w:rStyle")).toBe("Heading3RunIn");
    expect(paragraph(full, "（1）落实参建单位主体责任。对在建项目").style).toBe("Heading4");
    expect(paragraph(full, "（2）推行数字化监管。").style).toBe("Heading4");
  });

  it("numbers initiatives in each section's style with the lead in its character style", () => {
    for (const start of [
      "一是压实防汛责任体系。",
      "二是提升监测预警能力。",
      "1.加快骨干工程建设。",
      "2.推进农村供水提质。",
      "（1）开展河湖清四乱。",
    ]) {
      const p = paragraph(full, start);
      expect(p.style).toBeUndefined();
      const first = findAll(p.element, "w:r")[0] as XmlElement;
      expect(val(first, "w:rStyle")).toBe("RunInLead");
      expect(textOf(first)).toBe(start);
    }
    expect(find(full.style("RunInLead") as XmlElement, "w:b")).toBeDefined();
  });

  it("keeps “” in the Chinese font with w:hint on the runs that hold them", () => {
    const run = findAll(full.document, "w:r").find((r) => textOf(r).includes("“防洪保安")) as XmlElement;
    expect(val(run, "w:rFonts", "w:hint")).toBe("eastAsia");
    const plain = findAll(full.document, "w:r").find((r) => textOf(r) === "汛期没有发生因洪致死事故。");
    expect(plain).toBeUndefined();
    const simple = findAll(small.document, "w:r").find((r) => textOf(r) === "汛期没有发生因洪致死事故。") as XmlElement;
    expect(find(simple, "w:rPr")).toBeUndefined();
  });

  it("lays out tables across the type area, with widths for WPS and the header repeated", () => {
    const table = findAll(full.document, "w:tbl")[0] as XmlElement;
    expect(find(table, "w:tblW")?.attributes).toEqual({ "w:type": "dxa", "w:w": "8844" });
    const cols = findAll(table, "w:gridCol").map((c) => Number(c.attributes["w:w"]));
    expect(cols).toHaveLength(5);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(8844);
    const rows = findAll(table, "w:tr");
    expect(find(rows[0] as XmlElement, "w:tblHeader")).toBeDefined();
    expect(find(rows[1] as XmlElement, "w:tblHeader")).toBeUndefined();
    for (const row of rows) {
      expect(find(row, "w:cantSplit")).toBeDefined();
      expect(findAll(row, "w:tcW").map((w) => Number(w.attributes["w:w"]))).toEqual(cols);
    }
    for (const side of ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]) {
      expect(find(find(table, "w:tblBorders") as XmlElement, side)?.attributes["w:sz"]).toBe("4");
    }
    expect(paragraph(full, "2023年重点水利项目完成情况").style).toBe("Caption");
    expect(paragraph(full, "项目类别").style).toBe("TableHeader");
    expect(paragraph(full, "防洪排涝").style).toBe("TableText");
  });

  it("sets the 版头: red 发文机关标志, 发文字号 with the red line under it", () => {
    const name = paragraph(full, "青溪县水利局文件");
    expect(name.style).toBe("LetterheadName");
    expect(val(full.style("LetterheadName"), "w:color")).toBe("FF0000");
    expect(val(name.element, "w:spacing", "w:before")).toBe("1984");
    const number = paragraph(full, "青水〔2024〕5号");
    expect(number.style).toBe("DocNumber");
    const rule = find(find(full.style("DocNumber") as XmlElement, "w:pBdr") as XmlElement, "w:bottom") as XmlElement;
    expect(rule.attributes).toMatchObject({ "w:val": "single", "w:color": "FF0000", "w:sz": "12" });
    expect(paragraphs(full)[2]?.style).toBe("Title");
  });

  it("leaves the 版头 out without a 发文字号 or when switched off", async () => {
    const off = openDocx(await renderDocx(fullReport(), { letterhead: false }));
    expect(paragraphs(off)[0]?.style).toBe("Title");
    const noNumber = openDocx(await renderDocx(smallReport({ letterhead: true })));
    expect(noNumber.style("LetterheadName")).toBeUndefined();
  });

  it("sets the closing like the body, in its own style 结尾段 based on Normal", () => {
    const closing = paragraph(full, "此外，");
    expect(closing.style).toBe("Closing");
    expect(full.style("Closing")?.attributes["w:customStyle"]).toBe("1");
    expect(val(full.style("Closing"), "w:basedOn")).toBe("Normal");
    expect(val(full.style("Closing"), "w:name")).toBe("结尾段");
  });

  it("writes 主送机关, 附件说明, signature, date and 附注 as the standard shows them", () => {
    expect(paragraph(full, "县人民政府：").style).toBe("Salutation");
    const first = paragraph(full, "附件：");
    expect(first.text).toBe("附件：1.2023年青溪县水利工程建设项目清单");
    expect(val(first.element, "w:spacing", "w:before")).toBe("579");
    const second = paragraph(full, "2.2024年");
    expect(second.text).toBe("2.2024年青溪县“安澜工程”实施计划表");
    // Both lines hang so that wrapped text aligns with the name; the second starts under the 1.
    const ind = (p: Para) => find(p.element, "w:ind")?.attributes as Record<string, string>;
    const start = (p: Para) => Number(ind(p)["w:left"]) - Number(ind(p)["w:hanging"]);
    expect(start(first)).toBe(2 * 315);
    expect(start(second)).toBe(2 * 315 + 3 * 315);
    // Wrapped lines of the first start under the name, after `附件：1.`
    expect(Number(ind(first)["w:left"])).toBeGreaterThan(start(second));
    const [sig] = paragraphs(full).filter((p) => p.style === "Signature") as [Para];
    expect(sig.text).toBe("青溪县水利局");
    expect(val(sig.element, "w:spacing", "w:before")).toBe("579");
    const date = paragraph(full, "2024年1月12日");
    expect(date.style).toBe("Date");
    // 青溪县水利局 is 6 characters of 315 twips; 2024年1月12日 has 3 of them and 7 digits of 155.
    const sigWidth = 6 * 315;
    const dateWidth = 3 * 315 + 7 * 155;
    const sigRight = Number(val(sig.element, "w:ind", "w:right"));
    const dateRight = Number(val(date.element, "w:ind", "w:right"));
    // The date is longer than the issuer less two characters: it stands two characters in, and
    // still starts two characters right of the issuer's first character.
    expect(dateRight).toBe(630);
    expect(8844 - dateRight - dateWidth - (8844 - sigRight - sigWidth)).toBe(630);
    expect(paragraph(full, "（此件公开发布）").style).toBeUndefined();
    // That arithmetic holds only without the automatic space between Chinese and digits.
    for (const id of ["Signature", "Date"]) {
      expect(val(full.style(id), "w:autoSpaceDE"), id).toBe("0");
      expect(val(full.style(id), "w:autoSpaceDN"), id).toBe("0");
    }
  });

  it("draws the 版记 with rules of 0.35 and 0.25 mm and its lines one character in", () => {
    const table = findAll(full.document, "w:tbl").at(-1) as XmlElement;
    const borders = find(table, "w:tblBorders") as XmlElement;
    expect(val(borders, "w:top", "w:sz")).toBe("8");
    expect(val(borders, "w:insideH", "w:sz")).toBe("6");
    expect(val(borders, "w:bottom", "w:sz")).toBe("8");
    expect(val(borders, "w:left")).toBe("none");
    const cc = paragraph(full, "抄送：");
    expect(cc.text).toBe("抄送：市水利局，县委办公室，县政府办公室。");
    expect(find(cc.element, "w:ind")?.attributes).toEqual({
      "w:left": "1120",
      "w:right": "280",
      "w:hanging": "840",
      "w:firstLineChars": "0",
    });
    const issued = paragraph(full, "青溪县水利局办公室");
    expect(issued.text).toBe("青溪县水利局办公室2024年1月15日印发");
    expect(find(issued.element, "w:ind")?.attributes).toMatchObject({ "w:firstLine": "0", "w:firstLineChars": "0" });
    expect(find(issued.element, "w:tab")).toBeDefined();
    expect(find(issued.element, "w:tabs")?.children).toHaveLength(1);
    expect(val(issued.element, "w:tab", "w:pos")).toBe(String(8844 - 280));
    for (const row of findAll(table, "w:tr")) expect(val(row, "w:trHeight", "w:hRule")).toBe("exact");
  });

  it("puts the disclosure table before the title when asked", async () => {
    const docx = openDocx(await renderDocx(fullReport(), { disclosureTable: true, letterhead: false }));
    const table = findAll(docx.document, "w:tbl")[0] as XmlElement;
    expect(findAll(table, "w:t").map(textOf).slice(0, 4)).toEqual([
      "索引号",
      "11331123MB0C41999X/2024-00005",
      "组配分类",
      "计划总结",
    ]);
    const body = find(docx.document, "w:body") as XmlElement;
    expect(childElements(body)[0]?.name).toBe("w:tbl");
  });
});

describe("profiles", () => {
  it("declares a linesAndChars grid with charSpace −849 and no run spacing when asked", async () => {
    const docx = openDocx(await renderDocx(smallReport(), { profile: { grid: { type: "linesAndChars" } } }));
    expect(find(docx.document, "w:docGrid")?.attributes).toEqual({
      "w:type": "linesAndChars",
      "w:linePitch": "579",
      "w:charSpace": "-849",
    });
    expect(find(find(docx.style("Normal") as XmlElement, "w:rPr") as XmlElement, "w:spacing")).toBeUndefined();
  });

  it("uses the 方正_GBK fonts of the second built-in profile", async () => {
    const docx = openDocx(await renderDocx(smallReport(), { profile: { base: "fangzhengGbk" } }));
    expect(val(docx.style("Normal"), "w:rFonts", "w:eastAsia")).toBe("方正仿宋_GBK");
    expect(val(docx.style("Heading1"), "w:rFonts", "w:eastAsia")).toBe("方正黑体_GBK");
    expect(val(docx.style("Heading2"), "w:rFonts", "w:eastAsia")).toBe("方正楷体_GBK");
    expect(val(docx.style("Title"), "w:rFonts", "w:eastAsia")).toBe("方正小标宋_GBK");
    const fonts = docx.xml.get("word/fontTable.xml") as XmlElement;
    const body = findAll(fonts, "w:font").find((f) => f.attributes["w:name"] === "方正仿宋_GBK") as XmlElement;
    expect(val(body, "w:altName")).toBe("仿宋_GB2312");
    expect(val(body, "w:charset")).toBe("86");
  });

  it("sets level 3 on its own line in bold, and leads in plain type, when the profile says so", async () => {
    const docx = openDocx(
      await renderDocx(fullReport(), { profile: { runIn: { heading3: false }, bold: { leads: false } } }),
    );
    const level3 = paragraph(docx, "1.强化工程质量监管");
    expect(level3.text).toBe("1.强化工程质量监管");
    expect(find(docx.style("Heading3") as XmlElement, "w:b")?.attributes["w:val"]).toBeUndefined();
    expect(find(docx.style("Heading3") as XmlElement, "w:b")).toBeDefined();
    expect(find(docx.style("Heading3") as XmlElement, "w:keepNext")).toBeDefined();
    expect(docx.style("Heading3RunIn")).toBeUndefined();
    expect(paragraph(docx, "开展质量安全专项检查9次").style).toBeUndefined();
    expect(val(docx.style("RunInLead"), "w:b")).toBe("false");
  });

  it("moves the date four characters in and centres the issuer above it for a seal", async () => {
    const docx = openDocx(
      await renderDocx(smallReport({ signature: "青溪县水利局" }), { profile: { signature: { seal: true } } }),
    );
    const date = paragraphs(docx).find((p) => p.style === "Date") as Para;
    const sig = paragraphs(docx).find((p) => p.style === "Signature") as Para;
    expect(val(date.element, "w:ind", "w:right")).toBe("1260");
    const dateWidth = 3 * 315 + 6 * 155;
    expect(Number(val(sig.element, "w:ind", "w:right"))).toBe(Math.round(1260 + (dateWidth - 6 * 315) / 2));
    expect(val(sig.element, "w:spacing", "w:before")).toBe(String(3 * 579));
  });

  it("rejects a bad profile with a ProfileError", async () => {
    await expect(renderDocx(smallReport(), { profile: { fonts: { bdy: {} } } as never })).rejects.toThrow(
      /是不是“body”/,
    );
  });
});
