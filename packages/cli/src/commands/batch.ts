import { mkdir, rm, rmdir } from "node:fs/promises";
import { availableParallelism, constants } from "node:os";
import { dirname, join, resolve } from "node:path";
import { type Locale, type Problem, ReportError } from "@gongwen/schema";
import type { StagedOutput } from "@gongwen/template/node";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import {
  fileError,
  fileFailure,
  holdStandardOutputFailure,
  moveAtomic,
  readBytes,
  readText,
  standardOutputFailure,
} from "../files.js";
import { say } from "../locale.js";
import { printProblems } from "../problems-output.js";

/**
 * The worker thread's file: in the bundled command (its chunks are `.cjs`), the one that runs with
 * V8's code cache (bundled-batch-worker.ts); elsewhere (the packages run unbundled), the template
 * package's own.
 */
const WORKER_URL = import.meta.url.endsWith(".cjs") ? new URL("./batch-worker-bin.cjs", import.meta.url) : undefined;

/** The options of `gongwen batch`, as commander gives them. */
interface BatchCommandOptions {
  data?: string;
  output?: string;
  to: string;
  name?: string;
  jobs?: string;
  sheet?: string;
  headerRow?: string;
}

const FORMATS = ["docx", "md"] as const;

/** A whole number from 1, or a UserError (exit 2) naming the option. */
function positive(value: string | undefined, flag: string, ctx: CommandContext): number | undefined {
  if (value === undefined) return undefined;
  if (/^[1-9]\d{0,3}$/.test(value)) return Number(value);
  throw new UserError(
    say(
      ctx.locale,
      `${flag} 应是从 1 起的整数，而不是“${value}”。`,
      `${flag} must be a whole number from 1, not "${value}".`,
    ),
    { exitCode: 2 },
  );
}

/**
 * `gongwen batch TEMPLATE --data FILE -o DIR`: one report per data row, on worker threads; each
 * file written atomically; a bad row reported with its row number while the others go on.
 */
export function registerBatch(program: Command, ctx: CommandContext): void {
  program
    .command("batch")
    .description("用模板和数据批量生成报告（每行数据一份）\nRender one report per data row from a template")
    .argument("<template>", "模板（YAML 或 Markdown）/ the template (YAML or Markdown)")
    .option("--data <file>", "数据文件：JSON、YAML、CSV 或 XLSX / data: JSON, YAML, CSV or XLSX")
    .option("-o, --output <dir>", "输出文件夹 / output folder")
    .option("--to <formats>", "输出格式，可用逗号分隔 / output formats: docx,md", "docx")
    .option(
      "--name <pattern>",
      "文件名模式，如 {{县}}2023年工作总结，不给时用报告标题 / file-name pattern; the report's title when not given",
    )
    .option(
      "--jobs <n>",
      "并行的工作线程数，不给时每核一个，最多每核一个 / worker threads; one per core when not given, and at most that",
    )
    .option("--sheet <name>", "XLSX 工作表名称或序号 / XLSX sheet name or number")
    .option(
      "--header-row <n>",
      "CSV、XLSX 表头所在的行，不给时为第 1 行 / the header row of CSV or XLSX; row 1 when not given",
    )
    .action(async (template: string, options: BatchCommandOptions) => {
      const { locale } = ctx;
      if (!options.data || !options.output) {
        const flag = options.data ? "-o" : "--data";
        throw new UserError(
          say(locale, `请用 ${flag} 指定${options.data ? "输出文件夹" : "数据文件"}。`, `${flag} is required.`),
          { exitCode: 2 },
        );
      }
      const formats = options.to.split(",").map((f) =>
        f
          .trim()
          .toLowerCase()
          .replace(/^markdown$/, "md"),
      );
      const unknown = formats.find((f) => !(FORMATS as readonly string[]).includes(f));
      if (unknown !== undefined || formats.length === 0) {
        throw new UserError(
          say(locale, `--to 只能是 docx、md，而不是“${unknown}”。`, `--to takes docx and md, not "${unknown}".`),
          {
            exitCode: 2,
          },
        );
      }
      const repeated = formats.find((f, i) => formats.indexOf(f) !== i);
      if (repeated !== undefined) {
        throw new UserError(say(locale, `--to 中的“${repeated}”重复了。`, `--to names "${repeated}" more than once.`), {
          exitCode: 2,
        });
      }
      // More threads than cores never speeds up this CPU-bound work; each costs memory and start-up.
      const asked = positive(options.jobs, "--jobs", ctx);
      const jobs = asked === undefined ? undefined : Math.min(asked, availableParallelism());
      const headerRow = positive(options.headerRow, "--header-row", ctx);
      const outDir = options.output;
      const { readDataTable } = await import("@gongwen/template");
      const { renderBatch } = await import("@gongwen/template/node");
      const text = await readText(template, locale);
      const dataFile = options.data;
      // Read while the workers start; a failure to read it is thrown as it is, after them.
      let dataFailure: { error: unknown } | undefined;
      const reading = readBytes(dataFile, locale)
        .then((bytes) =>
          readDataTable(bytes, {
            fileName: dataFile,
            locale,
            ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
            ...(headerRow === undefined ? {} : { headerRow }),
          }),
        )
        .then((table) => {
          // A header alone, `[]`: surely a mistake (the wrong sheet, an export cut short), not a batch of none.
          if (table.rows.length > 0) return table;
          throw new UserError(
            say(
              locale,
              `${dataFile}：没有数据行（为空，或只有表头），没有生成报告。`,
              `${dataFile}: holds no data rows (empty, or a header alone), so no report was made.`,
            ),
          );
        });
      reading.catch((error: unknown) => {
        dataFailure = { error };
      });

      const terminal = process.stderr.isTTY === true && ctx.isTerminal?.() === true;
      // Safe, unique file names; what making them so changed is said once (a --name without {{…}} ahead).
      const names = new (await import("../batch-names.js")).BatchNames(options.name, locale);
      names.warnAhead(reading, ctx.err);
      const started = performance.now();
      let done = 0;
      let failed = 0;
      // The workers write each file into a hidden folder inside the output folder; it is renamed
      // into place once named, and the folder goes at the end: an interrupted batch leaves no
      // partial file behind.
      const created = await mkdir(outDir, { recursive: true }).catch((error) => {
        throw fileError(error, outDir, locale, "write");
      });
      // Loaded when a batch runs, not at every start of the command.
      const [{ makeStagingFolder, removeAbandonedStaging }, { RowProblems }] = await Promise.all([
        import("../staging.js"),
        import("../row-problems.js"),
      ]);
      // Staging folders of batches killed outright (SIGKILL) go first; never one of a running batch.
      if (created === undefined) await removeAbandonedStaging(outDir);
      const stageIn = await makeStagingFolder(outDir).catch((error) => {
        throw fileError(error, outDir, locale, "write");
      });
      // Standard output gone (`| head -1`) or full is no failure of the work: every file is still written.
      const stdoutFailure = holdStandardOutputFailure();
      /** A JSON line for programs (not on a terminal), while standard output can still take it. */
      const line = (text: string) => {
        if (!terminal && stdoutFailure() === undefined) ctx.out(text);
      };
      const stop = new AbortController();
      // Kept for the whole batch: a second Ctrl-C while stopping is ignored (a signal without a
      // handler would end Node before the staged files are removed).
      const interrupt = (signal: NodeJS.Signals) => stop.abort(signal);
      for (const signal of STOP_SIGNALS) process.on(signal, interrupt);
      const batch = renderBatch({
        template: text,
        fileName: template,
        rows: reading,
        formats: formats as ("docx" | "md")[],
        locale,
        stageIn,
        signal: stop.signal,
        ...(options.name === undefined ? {} : { name: options.name }),
        ...(jobs === undefined ? {} : { jobs }),
        ...(WORKER_URL === undefined ? {} : { workerUrl: WORKER_URL }),
      });
      let drawn = 0;
      let barShown = false;
      let total = 0;
      /**
       * The failed rows' problems, printed at the end: a problem repeated across rows once, with
       * its rows. Each failed row's JSON line goes out at once.
       */
      const rowProblems = new RowProblems();
      const reportRow = (row: number, problems: readonly Problem[]) => {
        rowProblems.add(row, problems);
        line(JSON.stringify({ row, ok: false, problems }));
      };
      /** Ends the progress bar's line, once, before anything else is said on standard error. */
      const endBar = () => {
        if (barShown) process.stderr.write("\n");
        barShown = false;
      };
      try {
        for await (const result of batch) {
          total ||= (await reading).rows.length;
          if (result.ok) {
            const name = names.claim(result.name, result.row);
            const files = result.outputs.map((o) => join(outDir, `${name}.${o.format}`));
            const unwritten = await placeOutputs(result.outputs, files, result.row, locale);
            if (unwritten === undefined) {
              done++;
              line(JSON.stringify({ row: result.row, ok: true, files }));
            } else {
              failed++;
              reportRow(result.row, [unwritten]);
            }
          } else {
            failed++;
            reportRow(result.row, result.problems);
          }
          // Redrawn at most every PROGRESS_EVERY_MS, and at the end.
          const now = performance.now();
          if (terminal && (now - drawn >= PROGRESS_EVERY_MS || done + failed === total)) {
            drawn = now;
            barShown = true;
            process.stderr.write(progressBar(done + failed, total));
          }
        }
      } catch (error) {
        if (dataFailure) throw dataFailure.error;
        if (error instanceof ReportError) {
          const lacking = error.problems.every((p) => p.code === "field_not_in_data");
          throw new UserError(
            lacking
              ? say(
                  locale,
                  `数据文件 ${dataFile} 缺少模板用到的${(await reading).kind === "table" ? "列" : "字段"}，没有生成任何文件。`,
                  `The data file ${dataFile} lacks fields the template uses; nothing was written.`,
                )
              : say(locale, "模板有问题，没有生成任何文件。", "The template has problems; nothing was written."),
            { problems: error.problems },
          );
        }
        if (stop.signal.aborted && error === stop.signal.reason) {
          throw new UserError(
            say(
              locale,
              `已中断：完成 ${done} 份，没有留下未写完的文件。`,
              `Interrupted: ${done} done; no partial file was left.`,
            ),
            { exitCode: 128 + constants.signals[error as (typeof STOP_SIGNALS)[number]] },
          );
        }
        // A worker could not write a file (the disk is full …): said of the output folder.
        if ((error as NodeJS.ErrnoException)?.code !== undefined && (error as NodeJS.ErrnoException).path) {
          throw fileError(error, outDir, locale, "write");
        }
        throw error;
      } finally {
        endBar();
        for (const notice of names.notices()) ctx.err(notice);
        printProblems(rowProblems.take(locale), ctx.err);
        await rm(stageIn, { recursive: true, force: true });
        if (done === 0 && created !== undefined) await removeEmptyFolders(resolve(outDir), resolve(created));
        // Only now: a signal while the staged files go is ignored too. Once stopped by one, the
        // handler stays while the process winds down (its workers exiting), so a further Ctrl-C
        // there is ignored as well, until Node gives signals their default action as it exits.
        if (!stop.signal.aborted) for (const signal of STOP_SIGNALS) process.off(signal, interrupt);
      }
      const seconds = (performance.now() - started) / 1000;
      const perSecond = done / Math.max(seconds, 1e-3);
      line(
        JSON.stringify({
          summary: { done, failed, seconds: Number(seconds.toFixed(3)), docsPerSecond: Math.round(perSecond) },
        }),
      );
      // With no report done, nothing went into the output folder (one made for this run is gone).
      const summary =
        done === 0
          ? say(
              locale,
              `完成 0 份，失败 ${failed} 份，用时 ${seconds.toFixed(1)} 秒，没有写入任何文件`,
              `0 done, ${failed} failed, ${seconds.toFixed(1)} s; nothing was written`,
            )
          : say(
              locale,
              `完成 ${done} 份，失败 ${failed} 份，用时 ${seconds.toFixed(1)} 秒，每秒 ${perSecond.toFixed(0)} 份，写入 ${outDir}`,
              `${done} done, ${failed} failed, ${seconds.toFixed(1)} s, ${perSecond.toFixed(0)} documents/s, written to ${outDir}`,
            );
      // A reader gone is no error; standard output that could not be written (a full disk) is.
      const lost = stdoutFailure();
      const outputFailed = lost !== undefined && lost.code !== "EPIPE";
      if (outputFailed) ctx.err(standardOutputFailure(lost));
      if (failed > 0 || outputFailed) throw new UserError(summary);
      ctx.err(summary);
    });
}

/**
 * Moves a row's staged outputs to their files; the first that cannot be written (a folder or a
 * read-only file in the way) is returned as a problem of the row, and the batch goes on.
 */
async function placeOutputs(
  outputs: readonly StagedOutput[],
  files: readonly string[],
  row: number,
  locale: Locale,
): Promise<(Problem & { row: number }) | undefined> {
  for (const [i, output] of outputs.entries()) {
    const file = files[i] as string;
    try {
      await moveAtomic(output.file, file, locale);
    } catch (error) {
      if (!(error instanceof UserError) || error.cause === undefined) throw error;
      return { code: "write-failed", path: [], file, row, message: fileFailure(error.cause, locale, "write") };
    }
  }
  return undefined;
}

/**
 * The signals that stop a batch cleanly (Ctrl-C, `kill`, the terminal closed): the workers end,
 * staged files go, and the exit code is 128 + the signal's number, as a shell reports it.
 */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** How often the progress bar is redrawn on a terminal, at most (milliseconds). */
const PROGRESS_EVERY_MS = 100;

/** Removes `folder` and its parents up to `top`, each only while it is empty (folders this run made). */
async function removeEmptyFolders(folder: string, top: string): Promise<void> {
  for (let at = folder; at.startsWith(top); at = dirname(at)) {
    const removed = await rmdir(at).then(
      () => true,
      () => false,
    );
    if (!removed || at === top) return;
  }
}

/** `[#########-----------]  45/100`, redrawn in place on a terminal. */
function progressBar(count: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((count / total) * width);
  return `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total}`;
}
