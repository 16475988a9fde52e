import type { Locale } from "@gongwen/schema";

/** One thing wrong with a profile: where (a path such as `fonts.body`) and what, in the requested language. */
export interface ProfileProblem {
  path: (string | number)[];
  message: string;
}

/** Thrown when a layout profile cannot be used; lists every problem found, one per line. */
export class ProfileError extends Error {
  readonly problems: ProfileProblem[];

  constructor(problems: ProfileProblem[], locale: Locale = "zh", source?: string) {
    const where = source ? `${source}: ` : "";
    const head =
      locale === "zh"
        ? `${where}版式配置有 ${problems.length} 处问题：`
        : `${where}the layout profile has ${problems.length} problem(s):`;
    super([head, ...problems.map((p) => `  ${p.message}`)].join("\n"));
    this.name = "ProfileError";
    this.problems = problems;
  }
}
