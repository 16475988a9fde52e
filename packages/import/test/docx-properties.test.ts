import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxCustomProperties, docxDisclosure } from "../src/docx-properties.js";

function docxWithCustom(xml: string): Uint8Array {
  return zipSync({ "docProps/custom.xml": strToU8(xml), "word/document.xml": strToU8("<w:document/>") });
}

const prop = (pid: number, name: string, value: string) =>
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;

describe("DOCX custom properties", () => {
  it("reads string properties, decoding XML entities", () => {
    const bytes = docxWithCustom(
      `<Properties>${prop(2, "索引号", "0010/2024-1")}${prop(3, "备注", "A&amp;B &#x4E2D;")}</Properties>`,
    );
    expect([...docxCustomProperties(bytes)]).toEqual([
      ["索引号", "0010/2024-1"],
      ["备注", "A&B 中"],
    ]);
  });

  it("turns the disclosure properties into the model's attributes, leaving others and unknown openness out", () => {
    const xml = `<Properties>${prop(2, "索引号", "X/2024-3")}${prop(3, "组配分类", "计划总结")}${prop(4, "发布机构", "青溪县人民政府办公室")}${prop(5, "公开方式", "主动公开")}${prop(6, "成文日期", "2024年1月9日")}</Properties>`;
    expect(docxDisclosure(docxWithCustom(xml))).toEqual({
      indexNo: "X/2024-3",
      category: "计划总结",
      publisher: "青溪县人民政府办公室",
      openness: "主动公开",
    });
    expect(
      docxDisclosure(docxWithCustom(`<Properties>${prop(2, "公开方式", "随便公开")}</Properties>`)),
    ).toBeUndefined();
  });

  it("reads the XML as XML: single quotes, names with entities, CDATA, properties of other types skipped", () => {
    const xml = `<Properties xmlns:vt="v"><property name='索引号' pid="2"><vt:lpwstr><![CDATA[A<B]]></vt:lpwstr></property><property name="a&amp;b"><vt:lpwstr>x</vt:lpwstr></property><property name="n"><vt:i4>3</vt:i4></property></Properties>`;
    expect([...docxCustomProperties(docxWithCustom(xml))]).toEqual([
      ["索引号", "A<B"],
      ["a&b", "x"],
    ]);
    // Not well-formed (thousands of unclosed tags): nothing, at once.
    expect(docxCustomProperties(docxWithCustom(`<Properties>${"<property ".repeat(50000)}`)).size).toBe(0);
  });

  it("gives nothing for a file without custom properties or that is no zip", () => {
    expect(docxDisclosure(zipSync({ "word/document.xml": strToU8("<w:document/>") }))).toBeUndefined();
    expect(docxCustomProperties(new Uint8Array([1, 2, 3])).size).toBe(0);
  });
});
