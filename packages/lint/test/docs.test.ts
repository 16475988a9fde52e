import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderRulesMarkdown } from "../src/docs.js";
import { RULES } from "../src/index.js";

const FILE = fileURLToPath(new URL("../RULES.md", import.meta.url));

describe("RULES.md", () => {
  it("is up to date with the rules (UPDATE_RULES_MD=1 regenerates it)", () => {
    const expected = renderRulesMarkdown();
    if (process.env.UPDATE_RULES_MD) writeFileSync(FILE, expected);
    expect(readFileSync(FILE, "utf8")).toBe(expected);
  });

  it("has one section per rule, citing a norm or the practice of review", () => {
    const doc = renderRulesMarkdown();
    for (const rule of RULES) {
      expect(doc).toContain(`\n## ${rule.id}\n`);
      expect(rule.rationale).toMatch(/GB\/T (15834|15835|9704)|通行|审核|XML/);
    }
  });
});
