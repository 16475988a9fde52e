import { describe, expect, it } from "vitest";
import { objectSourceMap } from "../src/index.js";

describe("objectSourceMap", () => {
  it("knows which fields were written in the data and which the model derived", () => {
    const map = objectSourceMap({ meta: { org: "青溪县" }, body: { opening: "第一段。\n\n第二段。" } });
    expect(map.written(["meta", "org"])).toBe(true);
    expect(map.written(["meta", "title"])).toBe(false);
    expect(map.written(["body", "opening", 1])).toBe(true);
    expect(map.raw(["meta", "org"])).toBe("青溪县");
    expect(map.position(["meta", "org"])).toBeUndefined();
    expect(map.edit(["meta", "org"], "青溪县", { start: 0, end: 1, text: "" })).toBeUndefined();
  });
});
