import { busOf, type Bus } from '../bus.js';
import type { Db } from '../db/index.js';
import type { Actor } from '../policy.js';

type CachedActor = Omit<Actor, 'ip' | 'lang'>;

/**
 * Who a session token belongs to, remembered for a few seconds: a check-in burst then costs one
 * INSERT per scan instead of two more lookups per request. One cache per database handle (one per
 * server instance). Logout, password changes, deactivation and role changes forget the account, after
 * their commit, in every instance through the bus; the TTL bounds staleness if a message is lost, and
 * while the bus cannot hear the other instances the cache is not used at all.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;
const CHANNEL = 'qt_auth';

class ActorCache {
  private entries = new Map<string, { actor: CachedActor; until: number }>();
  /** Bumped by every invalidation: a lookup that started before one must not be remembered. */
  epoch = 0;

  constructor(private bus: Bus) {
    bus.subscribe(CHANNEL, (payload) => this.drop(Number(payload)));
    bus.onGap(() => this.clear());
  }

  get(token: string, now = Date.now()): CachedActor | undefined {
    if (!this.bus.connected) return undefined;
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (hit.until < now) {
      this.entries.delete(token);
      return undefined;
    }
    return hit.actor;
  }

  /** Remembers an actor loaded since `epoch`, unless an invalidation happened meanwhile. */
  remember(token: string, actor: Actor, epoch: number, now = Date.now()) {
    if (epoch !== this.epoch || !this.bus.connected) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const { ip: _ip, lang: _lang, ...rest } = actor;
    this.entries.set(token, { actor: rest, until: now + TTL_MS });
  }

  private drop(accountId: number) {
    this.epoch++;
    for (const [token, e] of this.entries) if (e.actor.accountId === accountId) this.entries.delete(token);
  }

  private clear() {
    this.epoch++;
    this.entries.clear();
  }
}

const caches = new WeakMap<Db, ActorCache>();

export function actorCache(db: Db): ActorCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new ActorCache(busOf(db))));
  return c;
}

/**
 * After a commit that changes who an account is (logout, password, roles, deactivation): every instance
 * forgets its cached sessions, so the next request of that account reads the database.
 */
export function forgetAccount(db: Db, accountId: number) {
  actorCache(db); // this instance listens even if it never cached anything yet
  busOf(db).publish(CHANNEL, String(accountId));
}
