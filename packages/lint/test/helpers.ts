import { parseReport, type Report } from "@gongwen/schema";
import { findRule } from "../src/rules/index.js";
import type { FieldKind, TextField, TextFinding, TextRule } from "../src/types.js";

/** A text rule by id (throws for an unknown or report rule). */
export function textRule(id: string): TextRule {
  const rule = findRule(id);
  if (rule?.scope !== "text") throw new Error(`no text rule ${id}`);
  return rule;
}

/** A field of a kind holding a text. */
export function field(text: string, kind: FieldKind = "paragraph", extra: Partial<TextField> = {}): TextField {
  return { path: ["body", "opening", 0], text, kind, ...(kind === "heading" ? { level: 2 } : {}), ...extra };
}

/** What a rule finds in a text standing in a field of a kind. */
export function findings(
  id: string,
  text: string,
  kind: FieldKind = "paragraph",
  extra: Partial<TextField> = {},
): TextFinding[] {
  const rule = textRule(id);
  // As lintReport does, a rule reads only the kinds of field it names.
  return rule.kinds.includes(kind) ? rule.check(field(text, kind, extra)) : [];
}

/** Applies a rule's fixes until it offers none (at most 5 rounds), as `--fix` does for one rule. */
export function fixWith(
  id: string,
  text: string,
  kind: FieldKind = "paragraph",
  extra: Partial<TextField> = {},
): string {
  let out = text;
  for (let round = 0; round < 5; round++) {
    const fixes = findings(id, out, kind, extra)
      .flatMap((f) => (f.fix ? [f.fix] : []))
      .sort((a, b) => b.start - a.start);
    if (fixes.length === 0) break;
    let lastStart = Number.POSITIVE_INFINITY;
    for (const fix of fixes) {
      if (fix.end > lastStart) continue;
      out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
      lastStart = fix.start;
    }
  }
  return out;
}

// biome-ignore lint/suspicious/noExplicitAny: tests edit the input freely, valid or not
type Loose = Record<string, any>;

/** A valid summary-and-plan report with a few sections; `patch` edits the input before parsing. */
export function sampleReport(patch: (input: Loose) => void = () => {}): Report {
  const input: Loose = {
    meta: { org: "青溪县卫生健康局", year: 2023, kind: "summary-and-plan", date: "2024-01-09" },
    body: {
      opening: "2023年，全县卫生健康工作稳中有进。",
      summary: {
        sections: [
          {
            title: "医疗服务能力持续增强",
            content: [{ lead: "深化城市医院对口帮扶。", text: "柔性引进专家团队7个。" }, "全年完成投资1.82亿元。"],
          },
        ],
      },
      plan: { content: [{ lead: "推进医共体建设。", text: "新增床位86张。" }] },
      closing: ["此外，持续抓好安全生产工作。"],
    },
  };
  patch(input);
  return parseReport(input);
}
