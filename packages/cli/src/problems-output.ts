import { formatProblem, type Problem } from "@gongwen/schema";

/** Prints problems one per line, `file:line:col message`, the way compilers do (and editors link). */
export function printProblems(problems: readonly Problem[], write: (line: string) => void): void {
  for (const problem of problems) write(formatProblem(problem));
}
