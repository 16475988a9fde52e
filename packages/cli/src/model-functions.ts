/**
 * The parts of @gongwen/schema that need zod and the YAML parser (reading, validating, the JSON
 * Schema), in a module of their own so that commands load them with `await import()` when they
 * run. Import these from here, not with `await import("@gongwen/schema")`: in the bundled command
 * a dynamic import of the package's entry would put the whole model into the chunk every start
 * reads, because the light parts (REPORT_KINDS, ReportError, FIELD_TITLES) are imported statically.
 */
export { loadReportYamlWithSource, reportJsonSchema } from "@gongwen/schema";
