import { cycle, nextInDirection } from '../../src/keyboard-nav';

describe('arrow-key navigation between nodes', () => {
  const at = (id: string, x: number, y: number) => ({ id, x, y });
  const nodes = [at('right-near-off-axis', 40, 35), at('right-far-on-axis', 80, 0), at('left', -50, 5), at('below', 3, 60), at('above', -2, -30)];

  it('moves to the node straight ahead rather than a nearer one far off the axis', () => {
    expect(nextInDirection({ x: 0, y: 0 }, nodes, 'right')?.id).toBe('right-far-on-axis');
    expect(nextInDirection({ x: 0, y: 0 }, nodes, 'left')?.id).toBe('left');
    expect(nextInDirection({ x: 0, y: 0 }, nodes, 'down')?.id).toBe('below');
    expect(nextInDirection({ x: 0, y: 0 }, nodes, 'up')?.id).toBe('above');
  });

  it('finds nothing when no node lies within 45° of the direction', () => {
    expect(nextInDirection({ x: 0, y: 0 }, [at('diagonal', 10, 11), at('behind', -10, 0)], 'right')).toBeNull();
    expect(nextInDirection({ x: 0, y: 0 }, [], 'up')).toBeNull();
  });

  it('goes round a list both ways, starting from either end', () => {
    expect(cycle(['a', 'b', 'c'], null)).toBe('a');
    expect(cycle(['a', 'b', 'c'], null, true)).toBe('c');
    expect(cycle(['a', 'b', 'c'], 'c')).toBe('a');
    expect(cycle(['a', 'b', 'c'], 'a', true)).toBe('c');
    expect(cycle([], 'a')).toBeNull();
  });
});
