import type { InitiativeStyle, Position } from "@gongwen/schema";

/**
 * The document as read from Markdown, before it is shaped into the model's input: every piece
 * of text with the position it came from, sections by level, the parts not yet assigned to
 * summary/plan or sections (that depends on the kind).
 */
export interface Draft {
  title?: { text: string; at: Position };
  opening: DraftParagraph[];
  /** The level-1 sections (`##`) in order. */
  parts: DraftSection[];
  closing: DraftParagraph[];
  /** Where the body starts: the title, or the first block after the front matter. */
  bodyAt: Position;
}

/** A paragraph of text. */
export interface DraftParagraph {
  kind: "paragraph";
  text: string;
  at: Position;
}

/** A run-in initiative: the strong's text after the label is the lead, the rest is the text. */
export interface DraftInitiative {
  kind: "initiative";
  lead?: string;
  text?: string;
  at: Position;
  leadAt: Position;
  textAt: Position;
}

/** A table with its caption, with the position of every row and cell. */
export interface DraftTable {
  kind: "table";
  caption?: string;
  captionAt?: Position;
  header: string[];
  rows: string[][];
  at: Position;
  /** Positions of the header row (index 0) and body rows (1…), each with its cells. */
  rowsAt: { at: Position; cells: Position[] }[];
}

/** One block of a section's content. */
export type DraftBlock = DraftParagraph | DraftInitiative | DraftTable;

/** A section: title without number, style if the source tells it, content, subsections. */
export interface DraftSection {
  title: string;
  at: Position;
  /** Set by a style comment; it wins over the first initiative's label. */
  declaredStyle?: InitiativeStyle;
  /** The style of the first initiative's label. */
  labelStyle?: InitiativeStyle;
  /** A paragraph ran initiatives together, or a `<!-- run-in -->` comment said so. */
  runIn?: boolean;
  blocks: DraftBlock[];
  sections: DraftSection[];
}
