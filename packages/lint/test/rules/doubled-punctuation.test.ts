import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("doubled-punctuation", () => {
  it.each([
    ["完成任务。。", "完成任务。"],
    ["新建17家，，改造58座", "新建17家，改造58座"],
    ["巩固成果，。", "巩固成果。"],
    ["巩固成果、。", "巩固成果。"],
    ["巩固成果；。", "巩固成果。"],
    ["真的吗？？", "真的吗？"],
    ["新建、、改造", "新建、改造"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("doubled-punctuation", input)).toBe(output);
  });

  it.each(["等等。。。", "完成任务。，下一步"])("reports %j without a fix", (text) => {
    const found = findings("doubled-punctuation", text);
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
  });

  it.each(["这难道不是吗？！", "难道不是吗！？", "着力解决“急难愁盼”问题。", "主要有：一是……"])(
    "leaves %j alone",
    (text) => {
      expect(findings("doubled-punctuation", text)).toEqual([]);
    },
  );
});
