import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { say } from "../locale.js";

/** The options of `gongwen serve`, as commander gives them: each overrides its environment variable. */
type ServeOptions = Partial<
  Record<"host" | "port" | "bodyLimit" | "timeoutMs" | "workers" | "queue" | "retryAfter" | "logLevel", string>
>;

const FLAGS: Record<keyof ServeOptions, string> = {
  host: "--host",
  port: "--port",
  bodyLimit: "--body-limit",
  timeoutMs: "--timeout-ms",
  workers: "--workers",
  queue: "--queue",
  retryAfter: "--retry-after",
  logLevel: "--log-level",
};

/**
 * `gongwen serve`: the HTTP service for OA systems (@gongwen/service, loaded only when this command
 * runs). Settings come from flags, else from GONGWEN_* environment variables, else the defaults;
 * it listens on loopback unless told otherwise and stops gracefully on SIGTERM.
 */
export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command("serve")
    .description("启动 HTTP 服务（供 OA 系统调用）\nStart the HTTP service for OA systems")
    .option("--host <host>", "监听地址，默认只在本机 127.0.0.1 / address to listen on (GONGWEN_HOST)")
    .option("--port <port>", "端口 / port (GONGWEN_PORT; default 8080)")
    .option("--body-limit <size>", "请求内容上限，如 2mb / largest body (GONGWEN_BODY_LIMIT)")
    .option("--timeout-ms <ms>", "每个请求的处理时限（毫秒）/ time allowed per request (GONGWEN_TIMEOUT_MS)")
    .option("--workers <n>", "排版线程数，默认每核一个 / worker threads (GONGWEN_WORKERS)")
    .option("--queue <n>", "排队上限，超出返回 503 / requests that may wait (GONGWEN_QUEUE)")
    .option("--retry-after <s>", "繁忙时建议的重试秒数 / Retry-After when busy (GONGWEN_RETRY_AFTER)")
    .option("--log-level <level>", "日志级别 / log level (GONGWEN_LOG_LEVEL): info | warn | error | debug | silent")
    .action(async (options: ServeOptions) => {
      const { locale } = ctx;
      const service = await import("@gongwen/service");
      const values: Record<string, string | undefined> = {};
      const names: Record<string, string> = {};
      for (const [key, env] of Object.entries(service.CONFIG_ENV)) {
        const flag = options[key as keyof ServeOptions];
        values[key] = flag ?? process.env[env];
        names[key] = flag !== undefined ? FLAGS[key as keyof ServeOptions] : env;
      }
      let config: import("@gongwen/service").ServiceConfig;
      try {
        config = service.resolveConfig(values, names);
      } catch (error) {
        if (!(error instanceof service.ConfigError)) throw error;
        throw new UserError(
          say(
            locale,
            `${error.setting}：${error.expected.zh}，实际是“${error.value}”。`,
            `${error.setting}: ${error.expected.en}, got "${error.value}".`,
          ),
          { exitCode: 2 },
        );
      }
      let running: import("@gongwen/service").RunningService;
      try {
        running = await service.startService(config);
      } catch (error) {
        throw listenError(error, config, locale) ?? error;
      }
      ctx.err(say(locale, `gongwen 服务已启动：${running.url}`, `gongwen service listening at ${running.url}`));
    });
}

/**
 * The user's mistake in a failed listen, told in their language (exit 1): the port taken
 * (EADDRINUSE), not allowed (EACCES: below 1024 without the right), or the host not this
 * machine's (EADDRNOTAVAIL). Undefined for anything else, which stays an internal error.
 */
function listenError(
  error: unknown,
  config: { host: string; port: number },
  locale: CommandContext["locale"],
): UserError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = `${config.host}:${config.port}`;
  if (code === "EADDRINUSE") {
    return new UserError(
      say(
        locale,
        `端口已被占用：${at}。请用 --port（或 GONGWEN_PORT）换一个端口，或先停止占用它的程序。`,
        `the port is already in use: ${at}. Choose another with --port (or GONGWEN_PORT), or stop what holds it.`,
      ),
    );
  }
  if (code === "EACCES") {
    return new UserError(
      say(
        locale,
        `没有权限监听 ${at}：1024 以下的端口需要管理员权限，请用 --port 换一个更大的端口。`,
        `not allowed to listen at ${at}: ports below 1024 need administrator rights; choose a higher --port.`,
      ),
    );
  }
  if (code === "EADDRNOTAVAIL") {
    return new UserError(
      say(
        locale,
        `本机没有这个地址：${config.host}。请检查 --host（或 GONGWEN_HOST）。`,
        `this machine has no address ${config.host}: check --host (or GONGWEN_HOST).`,
      ),
    );
  }
  return undefined;
}
