import type { Locale } from "@gongwen/schema";

/**
 * The language of a response's messages: `?lang=en|zh` when given, else English when the
 * Accept-Language header prefers English to Chinese, else Chinese (the clerks' language).
 */
export function requestLocale(query: unknown, acceptLanguage: string | undefined): Locale {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  if (lang === "en" || lang === "zh") return lang;
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}

/** The text of a message in the locale. */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}
