/** Hostile bodies are refused with located problems, and the service keeps serving. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNesting, MAX_BODY_NESTING } from "../src/work/nesting.js";
import { HEALTH_YAML, post, serve } from "./helpers.js";

describe("checkNesting", () => {
  it("refuses brackets nested past the limit at the bracket, ignoring strings and YAML comments", () => {
    const deep = `{"a": ${"[".repeat(MAX_BODY_NESTING)}]}`;
    expect(() => checkNesting(deep, false, "<request>", "zh")).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ code: "nesting_too_deep", line: 1, column: 6 + MAX_BODY_NESTING })],
      }),
    );
    const quoted = `{"a": "${"[".repeat(1000)}", "b": '${"{".repeat(1000)}'} # ${"[".repeat(1000)}`;
    expect(() => checkNesting(quoted, true, "<request>", "zh")).not.toThrow();
    expect(() => checkNesting(quoted.replace(/'/g, ""), true, "<request>", "en")).toThrow(/nested more than 64 levels/);
  });

  it("finds the same first bracket too deep as a reading by characters, whatever the text", () => {
    // The reference: the same walk over one-character strings.
    const reference = (text: string, yaml: boolean): number | undefined => {
      let depth = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"' || (yaml && ch === "'")) {
          for (i++; i < text.length && text[i] !== ch; i++) if (ch === '"' && text[i] === "\\") i++;
        } else if (yaml && ch === "#" && (i === 0 || /\s/.test(text[i - 1] as string))) {
          while (i + 1 < text.length && text[i + 1] !== "\n") i++;
        } else if (ch === "[" || ch === "{") {
          if (++depth > MAX_BODY_NESTING) return i;
        } else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
      }
      return undefined;
    };
    const units = fc.constantFrom("[", "[", "[", "[", "{", "]", "}", '"', "'", "\\", "#", " ", "\n", "文");
    fc.assert(
      fc.property(
        fc.string({ unit: units, minLength: 40, maxLength: 200 }).map((s) => `${"[".repeat(MAX_BODY_NESTING - 8)}${s}`),
        fc.boolean(),
        (text, yaml) => {
          let at: number | undefined;
          try {
            checkNesting(text, yaml, "<request>", "en");
          } catch (error) {
            const { line, column } = (error as { problems: { line: number; column: number }[] }).problems[0] ?? {};
            at =
              text
                .split("\n")
                .slice(0, (line ?? 1) - 1)
                .reduce((sum, l) => sum + l.length + 1, 0) +
              (column ?? 1) -
              1;
          }
          expect(at).toBe(reference(text, yaml));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("hostile bodies", () => {
  it("refuses deep nesting and alias bombs with 422, and serves the next request", async () => {
    const service = await serve();
    try {
      const json = await post(
        `${service.url}/v1/render`,
        `{"meta":${"[".repeat(200_000)}${"]".repeat(200_000)}}`,
        "application/json",
      );
      expect(json.status).toBe(422);
      expect((await json.json()).problems[0]).toMatchObject({ code: "nesting_too_deep", line: 1 });
      // The template form is one JSON body too: its data is bounded before it is parsed.
      const template = await post(
        `${service.url}/v1/render`,
        `{"template":"meta: {}","data":${"[".repeat(200_000)}${"]".repeat(200_000)}}`,
        "application/json",
      );
      expect((await template.json()).problems[0]).toMatchObject({ code: "nesting_too_deep", line: 1 });
      const yaml = await post(`${service.url}/v1/lint`, `meta: ${"[".repeat(100_000)}`, "application/yaml");
      expect((await yaml.json()).problems[0].code).toBe("nesting_too_deep");
      let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
      for (let i = 0, prev = "a"; i < 12; prev = `b${i}`, i++)
        bomb += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(",")}]\n`;
      const aliases = await post(`${service.url}/v1/validate`, `${bomb}meta: *b11\n`, "application/yaml");
      expect(aliases.status).toBe(422);
      expect((await aliases.json()).problems[0].code).toBe("yaml_alias");
      expect((await post(`${service.url}/v1/render`, HEALTH_YAML, "application/yaml")).status).toBe(200);
    } finally {
      await service.close();
    }
  }, 60_000);
});
