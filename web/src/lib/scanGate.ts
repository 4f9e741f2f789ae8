/**
 * The camera sees a card held in front of it five times a second: it must be recorded and acknowledged once.
 * The gate lets a code through the first time it appears and holds it back for as long as it stays in view
 * (each sighting renews the pause); only after it has been out of sight for `quietMs` does it count again.
 */
export function createScanGate(quietMs = 3000, now: () => number = () => Date.now()) {
  const seen = new Map<string, number>();
  return (code: string): boolean => {
    const t = now();
    for (const [c, at] of seen) if (t - at > quietMs) seen.delete(c);
    const fresh = !seen.has(code);
    seen.set(code, t);
    return fresh;
  };
}
