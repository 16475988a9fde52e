import { appendStyled, decodeEntities, type StyledText, trimStyled } from "./inline.js";

/** A block of the HTML mammoth writes: a paragraph or heading with its bold runs, or a table. */
export type HtmlBlock =
  | { kind: "paragraph"; tag: string; className?: string; styled: StyledText }
  | { kind: "table"; rows: string[][] };

const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);
const BOLD_TAGS = new Set(["strong", "b"]);

/**
 * Reads the simple, well-formed HTML that mammoth writes into blocks: paragraphs and headings
 * (tag and class kept, bold runs as ranges), list items as paragraphs, and tables as rows of cell
 * texts (the paragraphs of a cell joined). Images and other markup are dropped.
 */
export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  let current: { tag: string; className?: string; styled: StyledText } | undefined;
  let boldDepth = 0;
  let tableDepth = 0;
  let rows: string[][] = [];
  let row: string[] | undefined;
  let cell: string | undefined;
  const closeBlock = () => {
    if (!current) return;
    const styled = trimStyled(current.styled);
    if (tableDepth > 0 && cell !== undefined) cell += (cell && styled.text ? "" : "") + styled.text;
    else if (styled.text) {
      const block: HtmlBlock = { kind: "paragraph", tag: current.tag, styled };
      if (current.className) block.className = current.className;
      blocks.push(block);
    }
    current = undefined;
  };
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const [, slash, rawName, attrs, text] = match;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      if (current) appendStyled(current.styled, decoded, boldDepth > 0);
      else if (tableDepth > 0 && cell !== undefined) cell += decoded.trim();
      continue;
    }
    const name = (rawName ?? "").toLowerCase();
    const closing = slash === "/";
    if (name === "table") {
      closeBlock();
      if (!closing) {
        if (tableDepth === 0) rows = [];
        tableDepth++;
      } else if (tableDepth > 0) {
        tableDepth--;
        if (tableDepth === 0) blocks.push({ kind: "table", rows });
      }
    } else if (name === "tr" && tableDepth === 1) {
      if (!closing) row = [];
      else if (row) {
        rows.push(row);
        row = undefined;
      }
    } else if ((name === "td" || name === "th") && tableDepth === 1) {
      if (!closing) cell = "";
      else {
        closeBlock();
        row?.push((cell ?? "").trim());
        cell = undefined;
      }
    } else if (BLOCK_TAGS.has(name)) {
      closeBlock();
      if (!closing) {
        const className = /class="([^"]*)"/.exec(attrs ?? "")?.[1];
        current = { tag: name, styled: { text: "", bold: [] } };
        if (className) current.className = className;
      }
    } else if (BOLD_TAGS.has(name)) {
      boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
    } else if (name === "br" && current) {
      // A line break inside a Word paragraph: the text runs on.
      appendStyled(current.styled, "", false);
    }
  }
  closeBlock();
  return blocks;
}
