import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docxNumberedParagraphs, importReport } from "../src/index.js";
import { formatCounter } from "../src/number-formats.js";
import { storedZip } from "./helpers/docx.js";
import { bodyUnits, isInputMinusLabels } from "./helpers/nothing-dropped.js";
import { outline } from "./helpers/outline.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph: its text, a style, and the list it is numbered in (`[numId, ilvl]`). */
type Para = { text: string; style?: string; num?: [number, number] };

function p({ text, style, num }: Para): string {
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : "",
    num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : "",
  ].join("");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

const lvl = (ilvl: number, format: string, text: string, start = 1, pStyle?: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ""}<w:lvlText w:val="${text}"/></w:lvl>`;

/** numbering.xml as WPS writes it for 一、（一）1.（1）: one definition, a second instance restarting level 3. */
const NUMBERING = `${XML}<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、", 1, "Heading1")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}${lvl(3, "decimal", "（%4）")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "●")}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${lvl(0, "ideographTraditional", "%1、")}${lvl(1, "chineseCountingThousand", "第%2项")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
</w:numbering>`;

/** 标题 1 numbered through its style, as a Word template does. */
const STYLES = `${XML}<w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Gw1"><w:name w:val="公文一级标题"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Gw2"><w:name w:val="公文二级标题"/><w:basedOn w:val="Gw1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Gw3"><w:name w:val="公文三级标题"/><w:basedOn w:val="Gw2"/></w:style>
</w:styles>`;

function numberedDocx(paragraphs: Para[]): Uint8Array {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return storedZip([
    [
      "[Content_Types].xml",
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
    ],
    [
      "word/_rels/document.xml.rels",
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "styles", "styles.xml")}${rel("rId2", "numbering", "numbering.xml")}</Relationships>`,
    ],
    ["word/styles.xml", STYLES],
    ["word/numbering.xml", NUMBERING],
    ["word/document.xml", `${XML}<w:document ${W}><w:body>${paragraphs.map(p).join("")}</w:body></w:document>`],
  ]);
}

const REPORT: Para[] = [
  { text: "青溪县交通运输局2023年工作总结", style: "Title" },
  { text: "2023年，县交通运输局围绕“四好农村路”建设，各项工作稳步推进。" },
  { text: "农村公路建设", style: "Heading1" },
  { text: "路网结构持续优化", num: [1, 1] },
  { text: "全年新改建农村公路86公里，完成投资1.2亿元。" },
  { text: "养护管理提质增效", num: [1, 1] },
  { text: "日常养护", num: [1, 2] },
  { text: "实行“路长制”，列养率达到100%。" },
  { text: "应急抢通", num: [1, 2] },
  { text: "汛期抢通水毁路段17处。" },
  { text: "运输服务保障", style: "Heading1" },
  { text: "城乡公交一体化", num: [1, 1] },
  { text: "开通城乡公交线路5条。", num: [2, 2] },
  { text: "更新新能源公交车20辆。", num: [2, 2] },
  { text: "青溪县交通运输局" },
  { text: "2024年1月12日" },
];

describe("Word and WPS automatic numbering", () => {
  it("rebuilds each paragraph's number: style numbering, levels, restarts, start overrides, bullets", () => {
    const bytes = numberedDocx([
      ...REPORT,
      { text: "甲类项目", num: [4, 0] },
      { text: "子项", num: [4, 1] },
      { text: "要点", num: [3, 0] },
    ]);
    const parts = { document: part(bytes, "word/document.xml"), numbering: part(bytes, "word/numbering.xml") };
    const labels = docxNumberedParagraphs({ ...parts, styles: part(bytes, "word/styles.xml") }).map((x) => x.label);
    expect(labels).toEqual([
      undefined,
      undefined,
      "一、",
      "（一）",
      undefined,
      "（二）",
      "1.",
      undefined,
      "2.",
      undefined,
      "二、",
      "（一）",
      "1.",
      "2.",
      undefined,
      undefined,
      "丙、",
      "第一项",
      undefined,
    ]);
  });

  it("imports the outline Word shows, exactly as typed numbers would give it", async () => {
    const r = await importReport(numberedDocx(REPORT), { format: "docx" });
    expect(r.report.meta).toMatchObject({ org: "青溪县交通运输局", year: 2023, kind: "summary", date: "2024-01-12" });
    expect(outline(r.report)).toEqual([
      "开头 2023年，县交通运输局围绕“四好农村路”建设，各项工作稳步推进。",
      "一、农村公路建设",
      "  （一）路网结构持续优化",
      "    ¶ 全年新改建农村公路86公里，完成投资1.2亿元。",
      "  （二）养护管理提质增效",
      "    1.日常养护",
      "      ¶ 实行“路长制”，列养率达到100%。",
      "    2.应急抢通",
      "      ¶ 汛期抢通水毁路段17处。",
      "二、运输服务保障",
      "  （一）城乡公交一体化",
      "    1.【开通城乡公交线路5条。】",
      "    2.【更新新能源公交车20辆。】",
    ]);
    expect(r.notes.map((n) => `${n.line} ${n.code}`)).toEqual(["1 list_numbers"]);
    expect(r.warnings).toEqual([]);
    // Nothing dropped: every paragraph's text is in the model, the numbers Word drew aside.
    const body = REPORT.slice(1, -2).map((x) => x.text.replace(/\s+/g, ""));
    expect(isInputMinusLabels(body.join(""), bodyUnits(r.report))).toBe(true);
  });

  it("reads headings in styles of their own names by their outline level (also through w:basedOn)", async () => {
    const r = await importReport(
      numberedDocx([
        { text: "青溪县水务局2023年工作总结", style: "Title" },
        { text: "2023年，县水务局统筹推进水利建设和防汛抗旱。" },
        { text: "水利工程建设", style: "Gw1" },
        { text: "重点项目", style: "Gw2" },
        { text: "全年完成水利投资3.6亿元。" },
        { text: "防汛抗旱", style: "Gw1" },
        { text: "山洪预警", style: "Gw3" },
        { text: "发布预警信息42期。" },
        { text: "青溪县水务局" },
        { text: "2024年1月9日" },
      ]),
      { format: "docx" },
    );
    expect(outline(r.report)).toEqual([
      "开头 2023年，县水务局统筹推进水利建设和防汛抗旱。",
      "一、水利工程建设",
      "  （一）重点项目",
      "    ¶ 全年完成水利投资3.6亿元。",
      "二、防汛抗旱",
      "  （一）山洪预警",
      "    ¶ 发布预警信息42期。",
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("formats the counters of numFmt", () => {
    expect(
      [
        ["decimal", 12],
        ["chineseCounting", 12],
        ["chineseCountingThousand", 3],
        ["ideographTraditional", 2],
        ["ideographDigital", 10],
        ["decimalFullWidth", 7],
        ["decimalEnclosedCircle", 3],
        ["upperRoman", 14],
        ["lowerLetter", 28],
        ["bullet", 1],
      ].map(([format, n]) => formatCounter(n as number, format as string)),
    ).toEqual(["12", "十二", "三", "乙", "一〇", "７", "③", "XIV", "bb", ""]);
  });

  it("gives no numbers, and throws nothing, for parts that are no XML (fuzz)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (document, numbering) => {
        const out = docxNumberedParagraphs({ document, numbering });
        expect(Array.isArray(out)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

function part(zip: Uint8Array, name: string): Uint8Array {
  // The test's zip is stored: find the entry's data after its local header.
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < zip.length; i++) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 3 || zip[i + 3] !== 4) continue;
    const view = new DataView(zip.buffer, zip.byteOffset + i);
    const size = view.getUint32(18, true);
    const nameLength = view.getUint16(26, true);
    const entry = zip.subarray(i + 30, i + 30 + nameLength);
    if (entry.every((b, k) => b === nameBytes[k]) && nameLength === nameBytes.length) {
      return zip.subarray(i + 30 + nameLength, i + 30 + nameLength + size);
    }
  }
  throw new Error(`no ${name}`);
}
