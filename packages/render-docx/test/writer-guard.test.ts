import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/index.js";

describe("renderDocx given what is not a parsed report", () => {
  it("throws one clear error telling to call parseReport first", async () => {
    await expect(renderDocx(undefined as never)).rejects.toThrow(/^renderDocx: .*Call parseReport\(data\) first/);
    const raw = { meta: { org: "青溪县农业农村局", year: 2023, date: "2024-01-09" }, body: {} };
    await expect(renderDocx(raw as never)).rejects.toThrow(TypeError);
  });
});
