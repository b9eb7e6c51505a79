// Small helpers every benchmark file shares.

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
export const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
export const best = (xs) => Math.min(...xs);
export const worst = (xs) => Math.max(...xs);
/** The middle value; with an even count, the mean of the two middle ones. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
