import { type Block, type Initiative, isInitiative, isTable, reportParts, type Section } from "@gongwen/schema";
import { attachmentParagraphs } from "./blocks/attachments.js";
import { type ColophonPlacement, colophonBlocks, hasColophon } from "./blocks/colophon.js";
import { disclosureTable } from "./blocks/disclosure.js";
import { headingParagraph, isRunIn } from "./blocks/headings.js";
import { initiativeParagraph, runInParagraph } from "./blocks/initiatives.js";
import { keepTextWithSignature } from "./blocks/keep-with-signature.js";
import { letterheadParagraphs } from "./blocks/letterhead.js";
import { bodyParagraph, closingParagraph } from "./blocks/paragraphs.js";
import { salutationParagraph } from "./blocks/salutation.js";
import { signatureBlock } from "./blocks/signature.js";
import { tableBlocks } from "./blocks/tables.js";
import { titleParagraph } from "./blocks/title.js";
import { colophonPlacement } from "./colophon-placement.js";
import type { RenderContext } from "./context.js";
import { estimateTextEnd } from "./page-estimate.js";
import type { DirectXml } from "./xml/direct.js";

/** Switches of renderDocx that choose optional parts of the document. */
export interface BodySwitches {
  /** The 版头 (red 发文机关标志 and line); default: the report's `letterhead`. Needs a 发文字号. */
  letterhead?: boolean;
  /** The disclosure attributes as a table before the text; default false. */
  disclosureTable?: boolean;
  /**
   * Where the 版记 goes: `auto` (default) puts it at the foot of the text's last page when that is
   * an even page with room for it, else on a page of its own (see colophonPlacement).
   */
  colophonPlacement?: "auto" | ColophonPlacement;
}

/**
 * The document's content: the main section, and the 版记 when the report has one — in a section of
 * its own, or (placed `samePage`) at the end of the main section.
 */
export interface BodyContent {
  /** Paragraphs and tables of the main section; the last is a paragraph (TextParagraph). */
  main: DirectXml[];
  colophon?: DirectXml[];
  placement?: ColophonPlacement;
}

function contentBlocks(context: RenderContext, section: Section, blocks: readonly Block[], out: DirectXml[]): void {
  let initiatives = 0;
  let run: Initiative[] = [];
  // A section with runIn sets each run of consecutive initiatives in one paragraph.
  const flush = () => {
    if (run.length > 0) out.push(runInParagraph(context, section.style, initiatives - run.length + 1, run));
    run = [];
  };
  for (const block of blocks) {
    if (isInitiative(block) && section.runIn) {
      run.push(block);
      initiatives++;
      continue;
    }
    flush();
    if (typeof block === "string") out.push(bodyParagraph(block));
    else if (isTable(block)) out.push(...tableBlocks(context, block.table));
    else if (isInitiative(block)) out.push(initiativeParagraph(context, section.style, ++initiatives, block));
  }
  flush();
}

function sectionBlocks(context: RenderContext, section: Section, level: number, index: number, out: DirectXml[]): void {
  const [first, ...rest] = section.content;
  if (isRunIn(context, level) && typeof first === "string") {
    out.push(headingParagraph(context, level, index, section.title, first));
    // The first paragraph ran in: number the remaining content as if it had stood alone.
    contentBlocks(context, section, rest, out);
  } else {
    out.push(headingParagraph(context, level, index, section.title));
    contentBlocks(context, section, section.content, out);
  }
  section.sections.forEach((child, i) => {
    sectionBlocks(context, child, level + 1, i + 1, out);
  });
}

/**
 * Lays out every element of the model in reading order: [disclosure table], [版头], title,
 * 主送机关, opening, the parts or level-1 sections with their subsections, closing, 附件说明,
 * signature and date, 附注 — and the 版记 apart, for its own section. The text's last paragraph
 * keeps with the signature (keepTextWithSignature).
 */
export function bodyContent(context: RenderContext, switches: BodySwitches = {}): BodyContent {
  const { meta, body } = context.report;
  const main: DirectXml[] = [];
  const disclosure = Boolean(switches.disclosureTable && meta.disclosure);
  if (disclosure) main.push(...disclosureTable(context));
  const docNumber = (switches.letterhead ?? meta.letterhead) ? meta.docNumber : undefined;
  if (docNumber !== undefined) main.push(...letterheadParagraphs(context, docNumber));
  main.push(titleParagraph(context));
  if (meta.recipients !== undefined) main.push(salutationParagraph(context, meta.recipients));
  for (const text of body.opening) main.push(bodyParagraph(text));
  reportParts(context.report).forEach(({ section }, i) => {
    sectionBlocks(context, section, 1, i + 1, main);
  });
  for (const text of body.closing) main.push(closingParagraph(context, text));
  keepTextWithSignature(main, main.length);
  if (meta.attachments?.length) main.push(...attachmentParagraphs(context, meta.attachments));
  main.push(...signatureBlock(context));
  if (!hasColophon(meta)) return { main };
  const wanted = switches.colophonPlacement ?? "auto";
  const opening = { letterhead: docNumber !== undefined, disclosureTable: disclosure };
  const placement = wanted === "auto" ? colophonPlacement(context, estimateTextEnd(context, opening)) : wanted;
  return { main, colophon: colophonBlocks(context, placement), placement };
}
