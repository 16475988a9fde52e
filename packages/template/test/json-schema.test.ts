import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { templateJsonSchema } from "../src/index.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("the template JSON Schema", () => {
  const validate = new Ajv2020({ strict: false }).compile(templateJsonSchema());

  it("accepts the example template, with its data: block, directives and expressions", () => {
    expect(validate(parse(read("../../../examples/batch/template.yaml")))).toBe(true);
  });
  it("still accepts plain reports and still refuses a misspelt key", () => {
    expect(validate(parse(read("../../../examples/qingxi-health-2023.yaml")))).toBe(true);
    const template = parse(read("../../../examples/batch/template.yaml"));
    template.body.sections[0].titel = "x";
    expect(validate(template)).toBe(false);
  });
  it("is the schema committed as packages/template/template.schema.json (run pnpm build to refresh it)", () => {
    expect(JSON.parse(read("../template.schema.json"))).toEqual(templateJsonSchema());
  });
});
