import type { Position, ReportKind } from "@gongwen/schema";
import { addProblem, type ReadContext } from "./context.js";
import type { Draft, DraftBlock, DraftSection } from "./draft.js";

type Path = (string | number)[];

/** Model paths to source positions, recorded while the input is built. */
export class PositionMap {
  private readonly positions = new Map<string, Position>();

  private static key(path: readonly (string | number)[]): string {
    return path.join("\u001f");
  }

  /** Records where the value at a path was written. */
  set(path: readonly (string | number)[], at: Position): void {
    this.positions.set(PositionMap.key(path), at);
  }

  /** The position recorded for exactly this path. */
  get(path: readonly (string | number)[]): Position | undefined {
    return this.positions.get(PositionMap.key(path));
  }

  /** The position of the path, or of its nearest recorded ancestor. */
  nearest(path: readonly (string | number)[]): Position | undefined {
    for (let n = path.length; n > 0; n--) {
      const found = this.get(path.slice(0, n));
      if (found) return found;
    }
    return undefined;
  }
}

function blockInput(block: DraftBlock, path: Path, positions: PositionMap): unknown {
  positions.set(path, block.at);
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "initiative": {
      const out: { lead?: string; text?: string } = {};
      if (block.lead !== undefined) {
        out.lead = block.lead;
        positions.set([...path, "lead"], block.leadAt);
      }
      if (block.text !== undefined) {
        out.text = block.text;
        positions.set([...path, "text"], block.textAt);
      }
      return out;
    }
    case "table": {
      const tablePath = [...path, "table"];
      positions.set(tablePath, block.at);
      if (block.captionAt) positions.set([...tablePath, "caption"], block.captionAt);
      block.rowsAt.forEach((row, i) => {
        const rowPath = i === 0 ? [...tablePath, "header"] : [...tablePath, "rows", i - 1];
        positions.set(rowPath, row.at);
        row.cells.forEach((cell, j) => {
          positions.set([...rowPath, j], cell);
        });
      });
      const table: { caption?: string; header: string[]; rows: string[][] } = {
        header: block.header,
        rows: block.rows,
      };
      if (block.caption !== undefined) table.caption = block.caption;
      return { table };
    }
  }
}

function sectionInput(section: DraftSection, path: Path, positions: PositionMap): Record<string, unknown> {
  positions.set(path, section.at);
  positions.set([...path, "title"], section.at);
  const out: Record<string, unknown> = { title: section.title };
  const style = section.declaredStyle ?? section.labelStyle;
  if (style) out.style = style;
  if (section.runIn) out.runIn = true;
  out.content = section.blocks.map((block, i) => blockInput(block, [...path, "content", i], positions));
  out.sections = section.sections.map((child, i) => sectionInput(child, [...path, "sections", i], positions));
  return out;
}

/**
 * The body of the model's input built from a draft, recording the source position of every
 * path: `##` sections become the summary and plan parts of a summary-and-plan report (a third
 * `##` is a problem) or body.sections otherwise.
 */
export function bodyInput(
  draft: Draft,
  kind: ReportKind,
  positions: PositionMap,
  ctx: ReadContext,
): Record<string, unknown> {
  positions.set(["body"], draft.bodyAt);
  const body: Record<string, unknown> = {};
  body.opening = draft.opening.map((p, i) => {
    positions.set(["body", "opening", i], p.at);
    return p.text;
  });
  if (kind === "summary-and-plan") {
    const [summary, plan, ...extra] = draft.parts;
    if (summary) body.summary = sectionInput(summary, ["body", "summary"], positions);
    if (plan) body.plan = sectionInput(plan, ["body", "plan"], positions);
    extra.forEach((part, i) => {
      addProblem(ctx, "extra_part", part.at, { count: i + 3 }, ["body"]);
    });
  } else {
    body.sections = draft.parts.map((part, i) => sectionInput(part, ["body", "sections", i], positions));
  }
  body.closing = draft.closing.map((p, i) => {
    positions.set(["body", "closing", i], p.at);
    return p.text;
  });
  return body;
}
