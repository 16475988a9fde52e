import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DISCLOSURE_KEYS, FIELD_TITLES, META_KEYS, reportJsonSchema } from "../src/index.js";

type Json = Record<string, unknown>;

/** Every object property of a JSON Schema, with its path, following $defs and unions. */
function properties(schema: Json, root: Json, seen = new Set<Json>()): [string, Json][] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out: [string, Json][] = [];
  const ref = schema.$ref as string | undefined;
  if (ref?.startsWith("#/$defs/")) {
    const target = (root.$defs as Record<string, Json>)[ref.slice(8)];
    if (target) out.push(...properties(target, root, seen));
  }
  for (const [key, value] of Object.entries((schema.properties as Record<string, Json>) ?? {})) {
    out.push([key, value], ...properties(value, root, seen));
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf"]) {
    const child = schema[key];
    for (const c of Array.isArray(child) ? child : child ? [child] : []) out.push(...properties(c as Json, root, seen));
  }
  return out;
}

/** True for a group of fields (meta, a table, a part) or a list of them (sections, content): no one example fits. */
function holdsGroups(schema: Json, root: Json): boolean {
  const ref = schema.$ref as string | undefined;
  if (ref?.startsWith("#/$defs/")) return true;
  if (schema.type === "object") return true;
  const items = schema.items as Json | undefined;
  if (items && holdsGroups(items, root)) return true;
  return ((schema.anyOf as Json[] | undefined) ?? []).some((option) => holdsGroups(option, root));
}

describe("reportJsonSchema", () => {
  const schema = reportJsonSchema();

  it("gives every field a Chinese title and description", () => {
    const props = properties(schema, schema).filter(([key]) => key !== "$schema");
    expect(props.length).toBeGreaterThan(30);
    for (const [key, prop] of props) {
      expect(prop.title, key).toBe(FIELD_TITLES[key]);
      expect(String(prop.description), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("carries an example for every field clerks type a value into", () => {
    const valueFields = properties(schema, schema).filter(([, prop]) => !holdsGroups(prop, schema));
    expect(valueFields.map(([key]) => key)).toEqual(
      expect.arrayContaining(["org", "title", "signature", "issuer", "opening", "text", "caption", "rows", "$schema"]),
    );
    for (const [key, prop] of valueFields) expect(prop.examples, key).toBeDefined();
  });

  it("describes the input: defaults and enums are visible, required fields are listed", () => {
    const meta = (schema.properties as Record<string, Json>).meta as Json;
    expect(meta.required).toEqual(expect.arrayContaining(["org", "year", "date"]));
    expect((meta.properties as Record<string, Json>).kind?.enum).toEqual(["summary-and-plan", "summary", "plan"]);
    expect(meta.additionalProperties).toBe(false);
  });

  it("is the schema committed as packages/schema/report.schema.json (run pnpm build to refresh it)", () => {
    const committed = JSON.parse(readFileSync(new URL("../report.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(schema);
  });
});

describe("META_KEYS and DISCLOSURE_KEYS", () => {
  it("list the meta and disclosure fields in the model's order", () => {
    const meta = (reportJsonSchema().properties as Record<string, Json>).meta as Json;
    expect(META_KEYS).toEqual(Object.keys(meta.properties as Json));
    const disclosure = (meta.properties as Record<string, Json>).disclosure as Json;
    expect(DISCLOSURE_KEYS).toEqual(Object.keys(disclosure.properties as Json));
    expect(META_KEYS.slice(0, 3)).toEqual(["org", "year", "kind"]);
  });
});
