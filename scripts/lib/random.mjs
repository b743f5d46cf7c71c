// Small deterministic PRNG (mulberry32): the fuzz tests replay a failing case from its seed, and the
// benchmark builds the same synthetic stories on every run.

/** @param {number} seed @returns {() => number} a number in [0, 1) per call */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
