/**
 * The index of the nearest character before (`step` −1) or after (`step` +1) index `i` that
 * `skip` does not pass over, or −1 when there is none.
 */
export function nearestIndex(text: string, i: number, step: 1 | -1, skip: (ch: string) => boolean): number {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    if (!skip(text[j] as string)) return j;
  }
  return -1;
}

/** The character at an index, or undefined for −1 (see nearestIndex). */
export function charAt(text: string, i: number): string | undefined {
  return i < 0 ? undefined : text[i];
}

/** A message in both languages. */
export function msg(zh: string, en: string): { zh: string; en: string } {
  return { zh, en };
}
