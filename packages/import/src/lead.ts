import type { Initiative } from "@gongwen/schema";

/** How a lead was found: marked up in bold, read from the text, or not found. */
export type LeadFinding = "bold" | "sentence" | "colon" | "no-full-stop" | "none";

/** An initiative split into lead and text, with how the lead was found. */
export interface LeadSplit {
  initiative: Initiative;
  finding: LeadFinding;
}

/** The opening marks a quote, book title or bracket starts with, and the mark that closes each. */
export const OPENERS: Record<string, string> = {
  "“": "”",
  "《": "》",
  "（": "）",
  "(": ")",
  "‘": "’",
  "「": "」",
  "【": "】",
};

/** The index just after the first `。` that stands outside quotes and brackets, or -1. */
export function firstSentenceEnd(text: string): number {
  const closers: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (closers.length > 0 && ch === closers[closers.length - 1]) closers.pop();
    else if (OPENERS[ch]) closers.push(OPENERS[ch] as string);
    else if (ch === "。" && closers.length === 0) return i + 1;
    // An unbalanced bracket must not hide the rest of the text.
    if (closers.length > 8) closers.length = 0;
  }
  return -1;
}

/** A figure with its unit: 145个, 1.46亿元, 45.77%, 3000余人次 — facts, not a lead's words. */
const QUANTITY =
  /[\d０-９]+(?:[.．][\d０-９]+)?\s*(?:余|多)?(?:%|％|‰|个|家|人|名|万|亿|千|百|元|项|次|所|座|台|套|张|公里|千米|米|亩|吨|户|件|条|篇|期|场|批|倍|天|年|月|日|岁|床|辆|处|起)/;

/**
 * Whether a sentence reads as the lead of an initiative: short and heading-like (深化县域医共体
 * 建设。 / 完善体系建设，强化应急指挥能力。), not a sentence of facts (figures, semicolons, colons,
 * several clauses). The sentence is given with its final `。` or without.
 */
export function readsAsLead(sentence: string): boolean {
  const text = sentence.replace(/。$/, "");
  if (text.length < 2 || text.length > 40) return false;
  // What stands in quotes or book-title marks is a name: its punctuation does not count.
  const bare = text.replace(/“[^”]*”|《[^》]*》|「[^」]*」/g, "名");
  if (/[；;：:。！？!?]/.test(bare)) return false;
  if ((bare.match(/[，,]/g) ?? []).length > 1) return false;
  if (QUANTITY.test(text) && text.length > 20) return false;
  return true;
}

/** The index just after the first `：` (or `:`) outside quotes and brackets, or -1. */
function firstColonEnd(text: string): number {
  const closers: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (closers.length > 0 && ch === closers[closers.length - 1]) closers.pop();
    else if (OPENERS[ch]) closers.push(OPENERS[ch] as string);
    else if ((ch === "：" || ch === ":") && closers.length === 0) return i + 1;
    if (closers.length > 8) closers.length = 0;
  }
  return -1;
}

/** The longest topic a colon lead may have (`法律援助：`, `就业帮扶：`): a heading-like phrase. */
export const COLON_LEAD_MAX = 20;

/**
 * Whether the phrase before a colon reads as an initiative's topic (`法律援助：`): 2–20
 * characters, no punctuation of its own (quoted names aside), no figure — a name, not a clause.
 */
function readsAsColonLead(phrase: string): boolean {
  const text = phrase.replace(/[：:]$/, "");
  if (text.length < 2 || text.length > COLON_LEAD_MAX) return false;
  const bare = text.replace(/“[^”]*”|《[^》]*》|「[^」]*」/g, "名");
  return !/[，,；;：:。！？!?、]/.test(bare) && !QUANTITY.test(text);
}

/**
 * Splits the body of a run-in initiative (the text after its label) into the lead and the text.
 * A bold run at the start (Markdown `**…**`, a bold Word run) is the lead. Otherwise the first
 * sentence (up to the first `。` outside quotes) is the lead when it reads as one (see
 * readsAsLead) — or, when a colon comes first, the topic before it with its colon
 * (`法律援助：`, see readsAsColonLead); a body that is one lead-like phrase without a full stop is all lead; else there
 * is no lead and the whole body is the text.
 */
export function splitLead(body: string, boldPrefix?: string): LeadSplit {
  const trimmed = body.trim();
  if (boldPrefix?.trim()) {
    const lead = boldPrefix.trim();
    const text = trimmed.slice(trimmed.indexOf(lead) + lead.length).trim();
    return { initiative: text ? { lead, text } : { lead }, finding: "bold" };
  }
  const end = firstSentenceEnd(trimmed);
  // `法律援助：为困难群众……`: a topic closed by a colon before any full stop is the lead, colon kept.
  const colon = firstColonEnd(trimmed);
  if (colon > 0 && (end < 0 || colon < end) && colon < trimmed.length && readsAsColonLead(trimmed.slice(0, colon))) {
    const text = trimmed.slice(colon).trim();
    return {
      initiative: text ? { lead: trimmed.slice(0, colon), text } : { lead: trimmed.slice(0, colon) },
      finding: "colon",
    };
  }
  if (end > 0) {
    const sentence = trimmed.slice(0, end);
    if (readsAsLead(sentence)) {
      const text = trimmed.slice(end).trim();
      return { initiative: text ? { lead: sentence, text } : { lead: sentence }, finding: "sentence" };
    }
    return { initiative: { text: trimmed }, finding: "none" };
  }
  if (readsAsLead(trimmed)) return { initiative: { lead: trimmed }, finding: "no-full-stop" };
  return { initiative: { text: trimmed }, finding: "none" };
}
