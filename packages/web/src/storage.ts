/**
 * The clerk's work kept in the browser (localStorage): the YAML and the settings, saved on every
 * change and read back on load. Nothing is sent anywhere. A file opened from disk (file://) has its
 * own storage in Chromium and Firefox, so it works there too; where storage is refused (a locked-down
 * profile) the editor still works, it just forgets on reload.
 */

const TEXT_KEY = "gongwen.web.yaml";
const SETTINGS_KEY = "gongwen.web.settings";

/** The settings the clerk chooses in the toolbar. */
export interface Settings {
  /** `gbt9704` (the standard's fonts, `_GB2312` names) or `noGb2312` (the same layout, fonts the machine has). */
  profile: "gbt9704" | "noGb2312";
}

/** The settings of a first visit. */
export const DEFAULT_SETTINGS: Settings = { profile: "gbt9704" };

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The YAML saved last time, if any. */
export function loadText(): string | undefined {
  return storage()?.getItem(TEXT_KEY) ?? undefined;
}

/** Saves the YAML; false when the browser refused (storage full or disabled). */
export function saveText(text: string): boolean {
  try {
    storage()?.setItem(TEXT_KEY, text);
    return storage() !== undefined;
  } catch {
    return false;
  }
}

/** The settings saved last time, over the defaults. */
export function loadSettings(): Settings {
  try {
    const raw = storage()?.getItem(SETTINGS_KEY);
    const saved = raw ? (JSON.parse(raw) as Partial<Settings>) : {};
    return { profile: saved.profile === "noGb2312" ? "noGb2312" : "gbt9704" };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Saves the settings. */
export function saveSettings(settings: Settings): void {
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage refused: the settings last until the page is closed.
  }
}
