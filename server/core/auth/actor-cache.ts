import type { Actor } from '../policy.js';

type CachedActor = Omit<Actor, 'ip' | 'lang'>;

/**
 * Who a session token belongs to, remembered for a few seconds: a check-in burst then costs one
 * INSERT per scan instead of two more lookups per request. Logout, password changes, deactivation and
 * role changes in this process forget the account at once; the TTL bounds staleness for anything else.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;
const entries = new Map<string, { actor: CachedActor; until: number }>();

export function cachedActor(token: string, now = Date.now()): CachedActor | undefined {
  const hit = entries.get(token);
  if (!hit) return undefined;
  if (hit.until < now) {
    entries.delete(token);
    return undefined;
  }
  return hit.actor;
}

export function rememberActor(token: string, actor: Actor, now = Date.now()) {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const { ip: _ip, lang: _lang, ...rest } = actor;
  entries.set(token, { actor: rest, until: now + TTL_MS });
}

export function forgetToken(token: string) {
  entries.delete(token);
}

export function forgetAccount(accountId: number) {
  for (const [token, e] of entries) if (e.actor.accountId === accountId) entries.delete(token);
}
