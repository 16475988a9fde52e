/**
 * The parts of @gongwen/schema that need zod and the YAML parser (reading and validating), in a
 * module of their own so that commands load them with `await import()` when they run. Import these from here, never with `await import("@gongwen/schema")`: the start-up code
 * imports the package's light parts (REPORT_KINDS, ReportError, FIELD_TITLES) statically, and a
 * module imported both ways stays in the chunk that is read at every start (rolldown says so with
 * INEFFECTIVE_DYNAMIC_IMPORT), so the whole model would load before any command ran.
 */

import { validateFewReports } from "@gongwen/schema";

// Only commands that read a report or two load this module (never `gongwen serve`): zod's compiled
// checks would cost more than they save.
validateFewReports();

export { loadReportJsonWithSource, loadReportYamlWithSource } from "@gongwen/schema";
