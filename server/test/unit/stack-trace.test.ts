import { withoutStackTrace } from '../../src/neo4j/database';

describe('starting a read without a stack trace', () => {
  it('captures no frames while the read starts, and gives back what it returns', () => {
    const stack = withoutStackTrace(() => new Error('inside').stack!);
    expect(stack).not.toMatch(/\n\s+at /);
    expect(new Error('outside').stack).toMatch(/\n\s+at /);
  });

  it('restores the stack trace limit, also when starting fails', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutStackTrace(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(before);
    expect(withoutStackTrace(() => 42)).toBe(42);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
