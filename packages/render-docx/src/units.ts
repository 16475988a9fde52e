/** Twips (twentieths of a point) in one millimetre: OOXML measures page geometry in twips. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips: 37 mm → 2098. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to whole twips: 14 pt → 280. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to the half-points of a run's `w:sz`: 16 pt (三号) → 32. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points to the eighths of a point of a border's `w:sz`: 1 pt → 8. */
export function ptToEighths(pt: number): number {
  return Math.round(pt * 8);
}

/** The Chinese type sizes (字号) in points, as printers name them. */
export const CHINESE_TYPE_SIZES: Readonly<Record<string, number>> = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
};
