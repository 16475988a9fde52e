import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileText, handlebars, LocatedHelperError } from "../src/handlebars-env.js";
import { runText, usesSharedRuntime } from "../src/shared-runtime.js";

/**
 * Texts are called with the helpers, hooks and prototype-access control Handlebars set up once
 * (runText's shared runtime) instead of setting them up on every call. These tests pin that path
 * to the ordinary one: a Handlebars upgrade that changes either fails here.
 */

const compiled = (source: string) => compileText(source, handlebars.parse(source));

/** What a call gives: its text, or its error as the renderer reads it (message, position, helper). */
function outcome(source: string, context: unknown, parent: unknown, standard: boolean): unknown {
  const data = parent === undefined ? { root: context } : { root: parent, index: 1, first: false, last: true };
  const depths = parent === undefined ? [] : [parent];
  try {
    return { text: runText(compiled(source), context, data, depths, standard) };
  } catch (error) {
    const e = error as Error & { lineNumber?: number; column?: number };
    const thrown: Record<string, unknown> = { name: e.name, message: e.message, line: e.lineNumber, column: e.column };
    if (error instanceof LocatedHelperError) {
      Object.assign(thrown, { helper: error.helper, loc: error.loc, failure: error.cause.failure });
      Object.assign(thrown, { argument: error.cause.argument, value: error.cause.value });
    }
    return { thrown };
  }
}

const same = (source: string, context: unknown, parent?: unknown) =>
  expect(outcome(source, context, parent, false)).toEqual(outcome(source, context, parent, true));

const NAMES = ["a", "b", "n", "s", "list", "obj", "constructor", "__proto__", "toString", "missing"];
const name = fc.constantFrom(...NAMES);
const path = fc.oneof(
  name,
  fc.tuple(fc.constantFrom("obj", "list", "a"), name).map(([a, b]) => `${a}.${b}`),
  name.map((n) => `../${n}`),
  name.map((n) => `@root.${n}`),
  fc.constantFrom("@index", "@first", "@last", "this"),
);
const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.constantFrom("1,234.5", "12.3%", "１２", "约一亿", "", "2024-01-09", "true", null, 0, 1.005, true, false),
  fc.string({ maxLength: 6 }),
);
const record = fc.dictionary(name, value, { maxKeys: 5 });
const data = fc.record({
  a: value,
  b: value,
  n: fc.integer({ min: 1, max: 20 }),
  s: fc.string({ maxLength: 4 }),
  list: fc.array(record, { maxLength: 3 }),
  obj: record,
});
const partial = fc.dictionary(fc.constantFrom("a", "b", "n", "s", "list", "obj", "constructor", "toString"), value);
const context = fc.oneof(
  data,
  partial,
  data.map((d) => ({ ...d, constructor: "甲", toString: "乙" })),
);

const hash = fc.constantFrom("", " digits=1", " digits=0 trim=true", " sep=true", " from='wan'", " digits='x'");
const expression = fc.oneof(
  path.map((p) => `{{${p}}}`),
  fc
    .tuple(fc.constantFrom("wan", "yi", "thousands", "cn", "money", "date"), path, hash)
    .map(([h, p, o]) => `{{${h} ${p}${o}}}`),
  fc
    .tuple(fc.constantFrom("yoy", "points", "rate", "completion", "pct", "fixed", "rank"), path, path, hash)
    .map(([h, p, q, o]) => `{{${h} ${p} ${q}${o}}}`),
  fc.tuple(path, name).map(([p, n]) => `{{lookup ${p} '${n}'}}`),
  name.map((n) => `{{lookup (lookup this '${n}') 'constructor'}}`),
  fc
    .tuple(fc.constantFrom("if", "unless", "with"), path)
    .map(([h, p]) => `{{#${h} ${p}}}[{{${NAMES[0]}}}]{{else}}-{{/${h}}}`),
  fc.tuple(path, path).map(([p, q]) => `{{#each ${p}}}{{@index}}:{{${q}}};{{/each}}`),
);
const text = fc
  .array(fc.oneof(expression, fc.constantFrom("全年", "\n", " 万元，", "：")), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(""));

describe("texts called with the shared runtime", () => {
  it("is the path taken with this Handlebars version", () => {
    expect(usesSharedRuntime()).toBe(true);
  });

  it("give the same text or the same error as the ordinary call, over generated texts and data", () => {
    fc.assert(
      fc.property(text, context, fc.option(context, { nil: undefined }), (source, ctx, parent) => {
        same(source, ctx, parent);
      }),
      { numRuns: 600 },
    );
  });

  it("still deny prototype access, as the ordinary call does", () => {
    const cases: [string, unknown, string][] = [
      ["[{{constructor}}]", {}, "[]"],
      ["[{{__proto__}}]", {}, "[]"],
      ["[{{toString}}]", {}, "[]"],
      ["[{{lookup this 'hasOwnProperty'}}]", {}, "[]"],
      ["[{{lookup this 'constructor'}}]", {}, "[]"],
      ["[{{lookup this '__proto__'}}]", {}, "[]"],
      ["[{{lookup (lookup this 'constructor') 'constructor'}}]", {}, "[]"],
      ["[{{lookup a 'constructor'}}]", { a: [] }, "[]"],
      ["[{{#with a}}{{constructor}}{{/with}}]", { a: {} }, "[]"],
      ["[{{#each a}}{{constructor}}{{/each}}]", { a: [{}] }, "[]"],
      ["[{{constructor}}]", { constructor: "甲" }, "[甲]"],
    ];
    for (const [source, ctx, expected] of cases) {
      expect(runText(compiled(source), ctx, { root: ctx }, [])).toBe(expected);
      same(source, ctx);
    }
  });

  it("keep strict errors with their line and column, and helper errors with their call", () => {
    expect(outcome("全年\n完成{{a.constructor.name}}", { a: {} }, undefined, false)).toMatchObject({
      thrown: { message: expect.stringMatching(/^"name" not defined in/), line: 2, column: 4 },
    });
    expect(outcome("全年\n{{missing}}", {}, undefined, false)).toMatchObject({ thrown: { line: 2, column: 2 } });
    expect(outcome("投资{{wan a}}", { a: "约一亿" }, undefined, false)).toMatchObject({
      thrown: { name: "LocatedHelperError", helper: "wan", failure: "not_a_number", argument: 0, value: "约一亿" },
    });
    expect(outcome("{{#each a}}{{/each}}", { a: 1 }, undefined, false)).toMatchObject({
      thrown: { helper: "each", failure: "not_a_list" },
    });
    same("全年\n完成{{a.constructor.name}}", { a: {} });
    same("{{#if missing}}x{{/if}}", {});
  });

  it("read `../`, `@root` and `@index` as the ordinary call does", () => {
    const parent = { a: "父", list: [{ a: "孙" }] };
    const source = "{{a}}{{../a}}{{@root.a}}{{@index}}{{#each ../list}}{{a}}{{../../a}}{{@index}}{{/each}}";
    expect(outcome(source, { a: "子" }, parent, false)).toEqual({ text: "子父父1孙父0" });
    same(source, { a: "子" }, parent);
  });
});
