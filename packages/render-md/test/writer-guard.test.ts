import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";

describe("renderMarkdown given what is not a parsed report", () => {
  it("throws one clear error telling to call parseReport first", () => {
    expect(() => renderMarkdown(undefined as never)).toThrow(/^renderMarkdown: .*Call parseReport\(data\) first/);
    const raw = { meta: { org: "青溪县农业农村局", year: 2023, date: "2024-01-09" }, body: {} };
    expect(() => renderMarkdown(raw as never)).toThrow(TypeError);
  });
});
