import { formatChineseDate, type Meta } from "@gongwen/schema";
import { memoized } from "../memoized.js";
import { cleanText } from "../sanitize.js";
import { XML_DECLARATION } from "../xml/declaration.js";
import { escapeText } from "../xml/escape.js";
import { PACKAGE_RELATIONSHIPS, R_NAMESPACE, RELATIONSHIP, W_NAMESPACE } from "./namespaces.js";

const TYPE = "application/vnd.openxmlformats-officedocument";

// The parts that depend on a footer count or a switch only are made once each: the same string
// every time, which the zip's cache of compressed parts finds at once (a string made anew is read
// whole to be found).

/** contentTypes by footer count and custom switch, as one number: twice the count, plus one with custom properties. */
const contentTypesOf = memoized((key: number) => contentTypes(Math.floor(key / 2), key % 2 === 1));

/** `[Content_Types].xml`: the type of every part, footers included; the same string for the same arguments. */
export function contentTypesXml(footerCount: number, custom: boolean): string {
  return contentTypesOf(2 * footerCount + (custom ? 1 : 0));
}

function contentTypes(footerCount: number, custom: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  let footers = "";
  for (let i = 1; i <= footerCount; i++)
    footers += override(`/word/footer${i}.xml`, `${TYPE}.wordprocessingml.footer+xml`);
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override("/word/document.xml", `${TYPE}.wordprocessingml.document.main+xml`) +
    override("/word/styles.xml", `${TYPE}.wordprocessingml.styles+xml`) +
    override("/word/settings.xml", `${TYPE}.wordprocessingml.settings+xml`) +
    override("/word/fontTable.xml", `${TYPE}.wordprocessingml.fontTable+xml`) +
    footers +
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("/docProps/app.xml", `${TYPE}.extended-properties+xml`) +
    (custom ? override("/docProps/custom.xml", `${TYPE}.custom-properties+xml`) : "") +
    "</Types>"
  );
}

function relationships(items: readonly [type: string, target: string][]): string {
  const body = items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${body.join("")}</Relationships>`;
}

/** `_rels/.rels`: the document and its properties; the same string for the same argument. */
export const packageRelationshipsXml: (custom: boolean) => string = memoized((custom) =>
  relationships([
    [RELATIONSHIP.officeDocument, "word/document.xml"],
    [RELATIONSHIP.coreProperties, "docProps/core.xml"],
    [RELATIONSHIP.extendedProperties, "docProps/app.xml"],
    ...(custom ? [[RELATIONSHIP.customProperties, "docProps/custom.xml"] as [string, string]] : []),
  ]),
);

/** The relationship number of the first footer: rId1–3 are styles, settings and the font table. */
export const FIRST_FOOTER_ID = 4;

/**
 * `word/_rels/document.xml.rels`: styles, settings, font table, then footer1 … footerN as rId4 …;
 * the same string for the same count.
 */
export const documentRelationshipsXml: (footerCount: number) => string = memoized((footerCount) => {
  const footers: [string, string][] = [];
  for (let i = 1; i <= footerCount; i++) footers.push([RELATIONSHIP.footer, `footer${i}.xml`]);
  return relationships([
    [RELATIONSHIP.styles, "styles.xml"],
    [RELATIONSHIP.settings, "settings.xml"],
    [RELATIONSHIP.fontTable, "fontTable.xml"],
    ...footers,
  ]);
});

/**
 * `word/settings.xml`: different footers on odd and even pages, Chinese as the East Asian
 * language, full-width punctuation not compressed (so every line holds its 28 characters), and
 * Word 2013+ layout rules.
 */
export function settingsXml(): string {
  return SETTINGS_XML;
}

/** settingsXml's part, made once (one string, found at once in the zip's cache). */
const SETTINGS_XML =
  `${XML_DECLARATION}<w:settings xmlns:w="${W_NAMESPACE}">` +
  '<w:zoom w:percent="100"/>' +
  '<w:defaultTabStop w:val="420"/>' +
  "<w:evenAndOddHeaders/>" +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
  '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>' +
  "</w:settings>";

const text = (value: string | undefined) => escapeText(cleanText(value ?? ""));

/**
 * `docProps/core.xml`: title, author (the issuing organ), subject, keywords (组配分类), and the
 * 成文日期 as the creation date, so the same report always gives the same file.
 */
export function corePropertiesXml(meta: Meta): string {
  const iso = typeof meta.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
  const stamp = (name: string) => (iso ? `<${name} xsi:type="dcterms:W3CDTF">${iso}T00:00:00Z</${name}>` : "");
  const field = (name: string, value: string | undefined) => (value ? `<${name}>${text(value)}</${name}>` : "");
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    field("dc:title", meta.title) +
    field("dc:subject", meta.kind === "plan" ? `${meta.planYear}年${meta.planName}` : `${meta.year}年工作总结`) +
    field("dc:creator", meta.org) +
    field("cp:keywords", meta.disclosure?.category) +
    field("dc:description", meta.docNumber) +
    field("cp:lastModifiedBy", meta.org) +
    stamp("dcterms:created") +
    stamp("dcterms:modified") +
    "</cp:coreProperties>"
  );
}

/** `docProps/app.xml`: the application and the organ as the company. */
export function appPropertiesXml(meta: Meta): string {
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>gongwen</Application><Company>${text(meta.org)}</Company></Properties>`
  );
}

/** The custom properties of a report: its 政府信息公开 attributes, by the names the portals use. */
export function customProperties(meta: Meta): [name: string, value: string][] {
  const d = meta.disclosure;
  const items: [string, string | undefined][] = [
    ["索引号", d?.indexNo],
    ["组配分类", d?.category],
    ["发布机构", d?.publisher],
    ["公开方式", d?.openness],
    ["文号", meta.docNumber],
    ["成文日期", d ? formatChineseDate(meta.date) : undefined],
  ];
  return items.filter((item): item is [string, string] => item[1] !== undefined && cleanText(item[1]) !== "");
}

/** `docProps/custom.xml`, or undefined when the report has no disclosure attributes nor 发文字号. */
export function customPropertiesXml(meta: Meta): string | undefined {
  const items = customProperties(meta);
  if (items.length === 0) return undefined;
  const fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
  const body = items
    .map(
      ([name, value], i) =>
        `<property fmtid="${fmtid}" pid="${i + 2}" name="${name}"><vt:lpwstr>${text(value)}</vt:lpwstr></property>`,
    )
    .join("");
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${body}</Properties>`
  );
}

/** Wraps the body's XML as `word/document.xml`. */
export function documentXml(body: string): string {
  return `${XML_DECLARATION}<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:body>${body}</w:body></w:document>`;
}
