/** Set by validateFewReports. */
let fewReports = false;

/**
 * Tells the model's validation that this JavaScript realm checks only a report or two, as one run
 * of a command does. zod then checks objects directly, without first compiling a checking
 * function for each object shape with `new Function` (its "JIT"): on a single report that
 * compilation costs more than it saves (about 10 ms against 5 ms for a 5,000-character report).
 * A service or a batch worker, which checks many reports, should not call it. It lasts for the
 * realm (each worker thread has its own); validation gives the same results either way.
 */
export function validateFewReports(): void {
  fewReports = true;
}

/**
 * Whether validation compiles zod's checks (parse.ts passes the answer to zod with each parse: zod
 * reads its own `jitless` setting once, when a schema is made, before any caller could set it).
 */
export function compiledChecks(): boolean {
  return !fewReports;
}
