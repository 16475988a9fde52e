/** The language of messages: Chinese for clerks (the default) or English. */
export type Locale = "zh" | "en";

/** One thing wrong with a report, located as precisely as the input allows. */
export interface Problem {
  /** What kind of problem: a zod issue code (`invalid_type`, `unrecognized_keys` …) or a model rule. */
  code: string;
  /** Where in the model: `["meta", "year"]`, `["body", "summary", "sections", 0, "title"]`. */
  path: (string | number)[];
  /** What is wrong and how to fix it, in the requested language. */
  message: string;
  /** The source file, when the report was read from one. */
  file?: string;
  /** 1-based line in the source, when known. */
  line?: number;
  /** 1-based column in the source, when known. */
  column?: number;
  /**
   * `warning` for a problem that does not stop the report from being read (a comment after a
   * short meta value); absent for errors, which a ReportError carries.
   */
  severity?: "error" | "warning";
}

/** A problem with its message in both languages, for programs (`--format json`, lint diagnostics). */
export interface BilingualProblem {
  problem: Problem;
  messages: { zh: string; en: string };
}

/**
 * Pairs the problems a deterministic reader found in one language (`found`, in `locale`) with those
 * it found reading the same text in the other language (`other`): the same problems in the same
 * order, so each gets both messages. Where the two lists disagree (another code at that place), the
 * message found stands for both languages.
 */
export function pairLanguages(
  found: readonly Problem[],
  other: readonly Problem[],
  locale: Locale,
): BilingualProblem[] {
  return found.map((problem, i) => {
    const counterpart = other[i];
    const translated = counterpart?.code === problem.code ? counterpart.message : problem.message;
    const messages =
      locale === "zh" ? { zh: problem.message, en: translated } : { zh: translated, en: problem.message };
    return { problem, messages };
  });
}

/** Writes a model path as people read it: `body.summary.sections[0].title`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  }
  return out;
}

/** One line per problem: `file:line:col message`, as compilers print (and editors link). */
export function formatProblem(problem: Problem): string {
  const where = [problem.file ?? "<输入>", problem.line, problem.column].filter((x) => x !== undefined).join(":");
  return `${where} ${problem.message}`;
}

/**
 * Thrown when a report cannot be read: holds every problem found, not only the first.
 * Its message lists them one per line.
 */
export class ReportError extends Error {
  /** Every problem found, in source order where positions are known. */
  readonly problems: Problem[];

  constructor(problems: Problem[], locale: Locale = "zh") {
    const head =
      locale === "zh" ? `报告有 ${problems.length} 处问题：` : `The report has ${problems.length} problem(s):`;
    super([head, ...problems.map(formatProblem)].join("\n"));
    this.name = "ReportError";
    this.problems = problems;
  }
}

/** Orders problems by file, line and column; problems without a position keep their order at the end. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const la = a.p.line ?? Number.MAX_SAFE_INTEGER;
      const lb = b.p.line ?? Number.MAX_SAFE_INTEGER;
      return la - lb || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i;
    })
    .map(({ p }) => p);
}
