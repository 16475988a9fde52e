import { type Meta, OPENNESS, type PlanName, type ReportKind } from "@gongwen/schema";
import { readDate } from "./dates.js";
import type { FrameFields } from "./frame.js";
import { type Guess, type GuessEvidence, guessDate, guessOrg, guessYear } from "./guesses.js";
import type { MetadataFields } from "./metadata-block.js";
import type { Warn } from "./outline.js";
import type { TitleFacts } from "./title.js";

/** Everything the meta is derived from. */
export interface MetaSources {
  /** The title line as written, and its line. */
  title?: { text: string; line: number };
  facts?: TitleFacts;
  kind: ReportKind;
  /** The year when the title does not give it (from a part heading). */
  bodyYear?: number;
  metadata: MetadataFields;
  /** The line of the metadata block's 成文日期, for warnings. */
  metadataLine?: number;
  frame: FrameFields;
  /** The line of the date under the signature. */
  dateLine?: number;
  /** The portal's publish date, as written. */
  publishDate?: string;
  /** Metadata given by the caller or a front matter; it wins. */
  given: Partial<Meta>;
  /** Today, ISO: the 成文日期 of last resort. */
  today: string;
  /** Records a value filled in without evidence in the text (see guesses.ts). */
  guess: Guess;
}

/** What a title may leave off an organ's full name: 白沙镇 for 白沙镇人民政府. */
const ORG_SUFFIXES = ["人民政府", "办事处", "管理委员会", "委员会"];

/**
 * The organ's full name: the title's, unless the signature is that name with 人民政府 (or
 * 办事处, 委员会) after it — a township titles its plan 白沙镇2024年工作要点 and signs it
 * 白沙镇人民政府.
 */
function fullOrg(fromTitle: string | undefined, signature: string | undefined): string | undefined {
  if (fromTitle === undefined || signature === undefined) return fromTitle;
  return ORG_SUFFIXES.some((suffix) => signature === `${fromTitle}${suffix}`) ? signature : fromTitle;
}

/** The report's title as the model derives it when meta.title is not given. */
export function derivedTitle(m: {
  org: string;
  year: number;
  kind: ReportKind;
  planYear: number;
  planName: PlanName;
}): string {
  if (m.kind === "summary-and-plan") return `${m.org}${m.year}年工作总结和${m.planYear}年${m.planName}`;
  if (m.kind === "summary") return `${m.org}${m.year}年工作总结`;
  return `${m.org}${m.planYear}年${m.planName}`;
}

/**
 * Derives the meta input of a report: org, year, kind, planName and planYear from the title
 * (`{org}{year}年工作总结和{year+1}年工作思路`), else the organ from the signature; 成文日期 from the
 * date under the signature, else the metadata block; what the text does not give is guessed
 * (guesses.ts: 发布机构, the portal's publish date, today, the year before the date), each guess
 * a warning and a GuessedValue; the disclosure block; the
 * GB/T 9704 frame (letterhead, document number, recipients, signature, attachments, 版记). A
 * field is set only when it differs from the model's default, so the YAML stays short. Fields
 * in `given` win: nothing is guessed for them.
 */
export function deriveMeta(src: MetaSources, warn: Warn): Record<string, unknown> {
  const { facts, frame, metadata } = src;
  const meta: Record<string, unknown> = {};
  const evidence: GuessEvidence = { kind: src.kind, today: src.today, line: src.title?.line ?? 1 };
  if (metadata.publisher) evidence.publisher = metadata.publisher;
  if (frame.letterheadName) evidence.letterheadName = frame.letterheadName;
  const published = src.publishDate === undefined ? undefined : readDate(src.publishDate);
  if (published) evidence.publishDate = published;

  // 成文日期: the date under the signature, else the metadata block's, else a guess.
  const listed = metadata.date === undefined ? undefined : readDate(metadata.date);
  if (metadata.date !== undefined && listed === undefined)
    warn("bad_date", src.metadataLine ?? 1, { text: metadata.date });
  if (frame.date) {
    meta.date = frame.date;
    if (listed && listed !== frame.date) {
      warn("date_conflict", src.dateLine ?? 1, { signed: frame.date, listed });
    }
  } else if (listed) {
    meta.date = listed;
  } else if (src.given.date === undefined) {
    meta.date = guessDate(evidence, src.guess);
  }
  const date = (src.given.date as string | undefined) ?? (meta.date as string);

  const titleOrg = facts?.org ? facts.org : undefined;
  const org = src.given.org ?? fullOrg(titleOrg, frame.signature) ?? frame.signature ?? guessOrg(evidence, src.guess);
  const year = src.given.year ?? facts?.year ?? src.bodyYear ?? guessYear(date, evidence, src.guess);
  meta.org = org;
  meta.year = year;
  meta.kind = src.kind;
  const planName: PlanName = facts?.planName ?? "工作思路";
  if (planName !== "工作思路") meta.planName = planName;
  if (facts?.unknownPlanName && src.title) warn("plan_name_unknown", src.title.line, { name: facts.unknownPlanName });
  const defaultPlanYear = src.kind === "plan" ? year : year + 1;
  if (facts && facts.planYear !== defaultPlanYear && src.kind !== "summary") meta.planYear = facts.planYear;

  // The title as written, whenever the model would not derive it as written.
  if (src.title) {
    const planYear = (meta.planYear as number | undefined) ?? defaultPlanYear;
    const derived = derivedTitle({ org, year, kind: src.kind, planYear, planName });
    if (src.title.text.replace(/\s+/g, "") !== derived) meta.title = src.title.text;
  }

  if (frame.signature !== undefined && frame.signature !== org) meta.signature = frame.signature;
  const docNumber = frame.docNumber ?? metadata.docNumber;
  if (docNumber !== undefined) meta.docNumber = docNumber;
  if (frame.letterheadName !== undefined) {
    meta.letterhead = true;
    if (frame.letterheadName !== `${org}文件`) meta.letterheadName = frame.letterheadName;
  }
  for (const key of ["recipients", "cc", "issuer", "issueDate", "note", "attachments"] as const) {
    if (frame[key] !== undefined) meta[key] = frame[key];
  }

  const disclosure: Record<string, string> = {};
  if (metadata.indexNo) disclosure.indexNo = metadata.indexNo;
  if (metadata.category) disclosure.category = metadata.category;
  // 发布机构 defaults to the organ: only a different one is kept.
  if (metadata.publisher && metadata.publisher !== org) disclosure.publisher = metadata.publisher;
  if (metadata.openness) {
    if ((OPENNESS as readonly string[]).includes(metadata.openness)) disclosure.openness = metadata.openness;
    else warn("openness_unknown", src.metadataLine ?? 1, { text: metadata.openness });
  }
  if (Object.keys(disclosure).length > 0) meta.disclosure = disclosure;

  for (const [key, value] of Object.entries(src.given)) {
    if (value !== undefined) meta[key] = value;
  }
  return meta;
}
