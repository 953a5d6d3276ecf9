/** Spatial navigation for the arrow keys: which node is "to the right" of another. */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  x: number;
  y: number;
}

const AXES: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

export const ARROW_KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The candidate an arrow key moves to from `from`: among those within 45° either side of the
 * direction, the nearest, with the distance off the axis counting double, so a node straight ahead
 * wins over a slightly closer one far to the side. Null when nothing lies that way.
 */
export function nextInDirection<T extends Point>(from: Point, candidates: readonly T[], direction: Direction): T | null {
  const axis = AXES[direction];
  let best: T | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const along = dx * axis.x + dy * axis.y;
    const across = Math.abs(dx * axis.y - dy * axis.x);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** The next item of a list after `current` (or before it, going back), wrapping round; the first when `current` is not in it. */
export function cycle<T>(items: readonly T[], current: T | null, back = false): T | null {
  if (items.length === 0) return null;
  const at = current === null ? -1 : items.indexOf(current);
  if (at < 0) return back ? items[items.length - 1]! : items[0]!;
  return items[(at + (back ? -1 : 1) + items.length) % items.length]!;
}
