/**
 * The one message an embed page sends its parent: its content's height in CSS
 * pixels, whenever it changes. The parent-side helper checks where it came from.
 */
export const RESIZE_MESSAGE = 'casefile:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<ResizeMessage>;
  return type === RESIZE_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0 && height < 100_000;
}
