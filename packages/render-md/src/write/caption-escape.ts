import type { Paragraph } from "mdast";
import type { Options } from "remark-stringify";

declare module "mdast" {
  interface ParagraphData {
    /** Set on the `Table: 标题` paragraph that captions the table after it. */
    gongwenCaption?: boolean | undefined;
  }
}

type Handlers = NonNullable<Options["handlers"]>;
type Unsafe = NonNullable<Options["unsafe"]>[number];
type ConstructName = Exclude<NonNullable<Unsafe["inConstruct"]>, readonly unknown[]>;

/** The construct a caption paragraph is written in; the escapes below do not apply inside it. */
const CAPTION_CONSTRUCT = "gongwenCaption" as ConstructName;

const BEFORE_COLON = "(?:[Tt]able|表)[\\t \\u3000]*";

/**
 * A paragraph of text that opens like a caption (`Table: …`, `表：…`) but is not one gets its
 * colon escaped (`Table\: …`, `表&#xFF1A;…`), so that the reader, which looks at the source,
 * does not take it for the caption of a table that follows it.
 */
export const CAPTION_UNSAFE: Unsafe[] = [":", "："].map((character) => ({
  character,
  atBreak: true,
  before: BEFORE_COLON,
  inConstruct: "paragraph" as ConstructName,
  notInConstruct: CAPTION_CONSTRUCT,
}));

/**
 * Writes a paragraph as mdast-util-to-markdown does, entering the caption construct first when
 * the paragraph is a table caption (see CAPTION_UNSAFE).
 */
export const paragraphHandler: Handlers["paragraph"] = (node: Paragraph, _parent, state, info) => {
  const exitCaption = node.data?.gongwenCaption ? state.enter(CAPTION_CONSTRUCT) : undefined;
  const exit = state.enter("paragraph");
  const exitPhrasing = state.enter("phrasing");
  const value = state.containerPhrasing(node, info);
  exitPhrasing();
  exit();
  exitCaption?.();
  return value;
};
