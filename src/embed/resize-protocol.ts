/**
 * The one message an embed page sends its parent: its content's height in CSS
 * pixels, whenever it changes. The parent-side helper checks where it came from.
 */
export const RESIZE_MESSAGE = 'casefile:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

/** The heights, in CSS pixels, the helper sets: anything outside is clamped into them. */
export const MIN_HEIGHT = 0;
export const MAX_HEIGHT = 20_000;

/** Exactly `{type: "casefile:resize", height: <a finite number>}`, and nothing more. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('height')) return false;
  const { type, height } = data as Partial<ResizeMessage>;
  return type === RESIZE_MESSAGE && typeof height === 'number' && Number.isFinite(height);
}

/** A reported height as the iframe's: whole pixels, within MIN_HEIGHT…MAX_HEIGHT. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
