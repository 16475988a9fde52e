import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("doc-number", () => {
  it.each([
    ["青卫[2024]3号", "青卫〔2024〕3号"],
    ["青卫【2024】3号", "青卫〔2024〕3号"],
    ["青卫(2024)3号", "青卫〔2024〕3号"],
    ["青卫（2024）3号", "青卫〔2024〕3号"],
    ["青卫［2024］3号", "青卫〔2024〕3号"],
    ["青卫〔2024〕第3号", "青卫〔2024〕3号"],
    ["青卫〔2024〕03号", "青卫〔2024〕3号"],
    ["青卫〔2024〕3", "青卫〔2024〕3号"],
    ["青卫【2024】第003号", "青卫〔2024〕3号"],
  ])("fixes the 发文字号 %j", (input, output) => {
    expect(fixWith("doc-number", input, "docNumber")).toBe(output);
  });

  it.each(["青卫〔24〕3号", "青卫2024年3号"])("reports %j without a fix", (text) => {
    const found = findings("doc-number", text, "docNumber");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
  });

  it.each(["青卫〔2024〕3号", "青政办发〔2023〕120号"])("leaves the 发文字号 %j alone", (text) => {
    expect(findings("doc-number", text, "docNumber")).toEqual([]);
  });

  it("fixes 发文字号 quoted in running text", () => {
    expect(fixWith("doc-number", "根据青政办发[2023]12号文件要求")).toBe("根据青政办发〔2023〕12号文件要求");
    expect(fixWith("doc-number", "根据青政办发（2023）12号文件要求")).toBe("根据青政办发〔2023〕12号文件要求");
    expect(findings("doc-number", "根据青政办发(23)12号文件")).toHaveLength(2);
  });

  it.each(["根据青政办发〔2023〕12号文件要求", "（2023年）完成12个", "共(2023)个"])(
    "leaves the text %j alone",
    (text) => {
      expect(findings("doc-number", text)).toEqual([]);
    },
  );
});
