import type { Locale } from "@gongwen/schema";

/**
 * The language of messages: `--lang`, else the GONGWEN_LANG environment variable, else Chinese.
 * (LANG is not consulted: clerks' machines are often set to English while they want Chinese.)
 */
export function pickLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  const value = (flag ?? env.GONGWEN_LANG ?? "zh").toLowerCase();
  return value.startsWith("en") ? "en" : "zh";
}

/** Chooses the text of a message for a locale. */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === "zh" ? zh : en;
}
