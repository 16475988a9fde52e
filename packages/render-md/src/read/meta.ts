import { joinLines, type Position, REPORT_KINDS, type ReportKind } from "@gongwen/schema";
import { addProblem, type ReadContext } from "./context.js";
import { deriveKind, orgAndYearFromTitle, planNameIn } from "./derive.js";
import type { Draft } from "./draft.js";
import type { FrontMatter } from "./front-matter.js";
import type { PositionMap } from "./to-input.js";

/** Line 1, column 1: where a field that is written nowhere is reported. */
export const START: Position = { line: 1, column: 1 };

function isKind(value: unknown): value is ReportKind {
  return (REPORT_KINDS as readonly unknown[]).includes(value);
}

/**
 * The meta of the model's input: the front matter's fields, the `# ` title, and what a
 * hand-written document leaves out derived from the headings and the title — kind, org and
 * year (`{org}{year}年工作总结…`), the plan's name. Returns the kind the body is shaped by.
 */
export function metaInput(
  frontMatter: FrontMatter | undefined,
  draft: Draft,
  positions: PositionMap,
  ctx: ReadContext,
): { meta: Record<string, unknown>; kind: ReportKind } {
  positions.set(["meta"], frontMatter?.at ?? START);
  const meta: Record<string, unknown> = { ...frontMatter?.fields };
  if (draft.title) {
    const written = meta.title;
    // A title left empty in the front matter (`title:`) does not count.
    const conflict =
      written != null && written !== "" && (typeof written !== "string" || joinLines(written) !== draft.title.text);
    if (frontMatter && conflict) {
      addProblem(ctx, "title_conflict", frontMatter.locate(["title"], { key: true }) ?? START, {}, ["meta", "title"]);
    }
    meta.title = draft.title.text;
    positions.set(["meta", "title"], draft.title.at);
  }
  const title = typeof meta.title === "string" ? meta.title : undefined;
  const derived = title === undefined ? undefined : orgAndYearFromTitle(title);
  if (derived) {
    const titleAt = draft.title?.at ?? frontMatter?.locate(["title"]) ?? START;
    for (const key of ["org", "year"] as const) {
      if (meta[key] !== undefined) continue;
      meta[key] = derived[key];
      positions.set(["meta", key], titleAt);
    }
  }
  const partTitles = draft.parts.map((part) => part.title);
  const kind = isKind(meta.kind) ? meta.kind : deriveKind(partTitles, title);
  meta.kind ??= kind;
  if (meta.planName === undefined) {
    const planName = planNameIn([kind === "summary-and-plan" ? partTitles[1] : undefined, title]);
    if (planName) meta.planName = planName;
  }
  return { meta, kind };
}
