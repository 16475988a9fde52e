/**
 * The JSON Schema of reports, for `gongwen schema` alone: a module of its own (loaded with
 * `await import()`, like model-functions.ts and for the same reason), so that commands reading a
 * report do not load the schema's writer.
 */
export { reportJsonSchema } from "@gongwen/schema";
