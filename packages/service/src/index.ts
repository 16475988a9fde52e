/**
 * @gongwen/service — gongwen over HTTP for OA systems (Fastify): render (DOCX, Markdown, HTML,
 * JSON), validate, lint and import, the report's JSON Schema and an OpenAPI document generated
 * from the zod model. Work runs on a pool of worker threads with a timeout that stops it and a
 * bounded queue; errors are application/problem+json. README.md documents routes and settings.
 */
export { CONFIG_ENV, ConfigError, configFromEnv, DEFAULT_CONFIG, resolveConfig, type ServiceConfig } from "./config.js";
export { contentDisposition } from "./content-disposition.js";
export { DOCX_MEDIA_TYPE, RENDER_FORMATS, type RenderFormat } from "./media-types.js";
export { openApiDocument } from "./openapi.js";
export { PoolRefusal, type PoolStats, RenderPool } from "./pool.js";
export {
  PROBLEM_CODES,
  PROBLEM_MEDIA_TYPE,
  type ProblemCode,
  type ProblemDetails,
  problemDetailsSchema,
} from "./problem.js";
export { buildApp, SERVICE_VERSION } from "./server.js";
export { type RunningService, startService } from "./service.js";
