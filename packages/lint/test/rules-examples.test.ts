import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintReport } from "../src/index.js";
import { RULES } from "../src/rules/index.js";
import { findings, fixWith, sampleReport } from "./helpers.js";

/** Merges a YAML fragment of a report (report rules' examples) over the sample report's input. */
function withFragment(fragment: string) {
  const merge = (target: Record<string, unknown>, source: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(source)) {
      const current = target[key];
      if (
        value &&
        typeof value === "object" &&
        !Array.isArray(value) &&
        current &&
        typeof current === "object" &&
        Object.keys(value).length > 0
      ) {
        merge(current as Record<string, unknown>, value as Record<string, unknown>);
      } else {
        target[key] = value;
      }
    }
  };
  return sampleReport((input) => merge(input, parse(fragment)));
}

// Every rule documents texts it reports and texts it leaves alone (RULES.md is made from them):
// they must behave as documented.
describe.each(RULES.filter((rule) => rule.scope === "text").map((rule) => [rule.id, rule] as const))(
  "%s examples",
  (id, rule) => {
    it.each(rule.wrong.map((e) => [e.text, e] as const))("reports %j", (_text, example) => {
      const found = findings(id, example.text, example.kind);
      expect(found.length).toBeGreaterThan(0);
      if (example.fixed !== undefined) {
        expect(fixWith(id, example.text, example.kind)).toBe(example.fixed);
      } else {
        expect(found.every((f) => f.fix === undefined)).toBe(true);
      }
    });
    it.each(rule.right.map((e) => [e.text, e] as const))("leaves %j alone", (_text, example) => {
      expect(findings(id, example.text, example.kind)).toEqual([]);
    });
  },
);

describe.each(RULES.filter((rule) => rule.scope === "report").map((rule) => [rule.id, rule] as const))(
  "%s examples",
  (id, rule) => {
    it.each(rule.wrong.map((e) => [e.text] as const))("reports %j", (text) => {
      expect(lintReport(withFragment(text)).filter((d) => d.rule === id).length).toBeGreaterThan(0);
    });
    it.each(rule.right.map((e) => [e.text] as const))("leaves %j alone", (text) => {
      expect(lintReport(withFragment(text)).filter((d) => d.rule === id)).toEqual([]);
    });
  },
);

describe("rule catalogue", () => {
  it("has unique ids, a rationale citing a norm or the practice, and examples of both kinds", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.rationale.length).toBeGreaterThan(40);
      expect(rule.wrong.length).toBeGreaterThan(0);
      expect(rule.right.length).toBeGreaterThan(0);
      expect(rule.summary.zh).toBeTruthy();
      expect(rule.summary.en).toBeTruthy();
    }
  });

  it("marks as fixable exactly the rules whose examples show a fix", () => {
    for (const rule of RULES.filter((r) => r.scope === "text")) {
      expect([rule.id, rule.wrong.some((e) => e.fixed !== undefined)]).toEqual([rule.id, rule.fixable]);
    }
  });
});
