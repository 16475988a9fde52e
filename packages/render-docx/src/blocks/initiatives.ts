import type { Initiative, InitiativeStyle } from "@gongwen/schema";
import { type RenderContext, useStyle } from "../context.js";
import { cachedInitiativeLabel } from "../labels.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/**
 * A run-in initiative: its label (`一是` `1.` `（1）`) and lead sentence in the lead character
 * style (bold when the profile says so), then its text, all in one body paragraph. Without a lead
 * the label runs straight into the text.
 */
export function initiativeParagraph(
  context: RenderContext,
  style: InitiativeStyle,
  index: number,
  initiative: Initiative,
): TextParagraph {
  return new TextParagraph({ runs: initiativeRuns(context, style, index, initiative) });
}

/** The runs of one initiative: label and lead in the lead character style, then the text. */
function initiativeRuns(
  context: RenderContext,
  style: InitiativeStyle,
  index: number,
  initiative: Initiative,
): string[] {
  const label = cachedInitiativeLabel(style, index);
  if (initiative.lead === undefined) return [runXml(label + (initiative.text ?? ""))];
  const runs = [runXml(label + initiative.lead, { style: useStyle(context, "RunInLead") })];
  if (initiative.text !== undefined) runs.push(runXml(initiative.text));
  return runs;
}

/**
 * Initiatives that run on in one body paragraph (a section with `runIn`): `一是` + lead (in the
 * lead style) + text, then `二是` … right after, numbered from `first`. The separators (`；`,
 * `。`) are the authors', at the end of each text: nothing is added between them.
 */
export function runInParagraph(
  context: RenderContext,
  style: InitiativeStyle,
  first: number,
  initiatives: readonly Initiative[],
): TextParagraph {
  return new TextParagraph({
    runs: initiatives.flatMap((initiative, i) => initiativeRuns(context, style, first + i, initiative)),
  });
}
