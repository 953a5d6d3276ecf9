/** A string's 32-bit FNV-1a hash: the seed of a view's layout. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to place nodes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random drawing from a generator seeded by `seed`. fcose and the libraries under
 * it call Math.random (spectral sampling, initial positions); they run synchronously inside `run()`, so
 * the same seed and the same graph give the same picture, and a shared URL draws what its sender saw.
 */
export function withSeed<T>(seed: string, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(hashSeed(seed));
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
