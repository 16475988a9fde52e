import { headingLabel, type InitiativeStyle, initiativeLabel } from "@gongwen/schema";
import { memoized } from "./memoized.js";

/** Indexes whose labels are kept: a report numbers a few dozen parts at most. */
const kept = (index: number) => Number.isInteger(index) && index > 0 && index < 100;

/** Heading labels made so far, by level (1–4) and index. */
const headings: string[][] = [[], [], [], [], []];
/** Initiative labels made so far, by style and index. */
const initiatives = memoized((_style: InitiativeStyle): string[] => []);

/**
 * The model's headingLabel (`一、` `（一）` `1.` `（1）`), each made once per process: the writer asks
 * for every label twice per document (page estimate and body), and the same few in every
 * document. Throws as headingLabel does.
 */
export function cachedHeadingLabel(level: number, index: number): string {
  const labels = headings[level];
  if (labels === undefined || level === 0 || !kept(index)) return headingLabel(level, index);
  labels[index] ??= headingLabel(level, index);
  return labels[index];
}

/** The model's initiativeLabel (`一是` `1.` `（1）`), each made once per process. */
export function cachedInitiativeLabel(style: InitiativeStyle, index: number): string {
  if (!kept(index)) return initiativeLabel(style, index);
  const labels = initiatives(style);
  labels[index] ??= initiativeLabel(style, index);
  return labels[index];
}
