// Demo data for a first start: the Triệu Sơn district party organization with its people, documents and logins.
// Everything is generated from a fixed seed, so every run produces the same data.
import { hashPassword } from '../core/auth/password.js';
import { one, sql, type Db } from '../core/db/index.js';
import { nameSortKey } from '../core/vn.js';
import { DEMO_ACCOUNT_SPECS, DEMO_PASSWORD } from './accounts.js';
import { bulkInsert } from '../core/db/bulk.js';
import { assignCadres } from './cadres.js';
import { buildDocuments } from './documents.js';
import { buildOrgs, ORG_EFFECTIVE_FROM } from './orgs.js';
import { buildPeople } from './people.js';
import { Rng } from './rng.js';
import { insertPrograms } from './programs.js';
import { insertInspections } from './inspections.js';
import { insertNotifications } from './notifications.js';
import { buildStudy, insertStudy } from './study.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';

/** Builds the whole demo data set in memory (pure and deterministic: only the times of the demo_schedule conferences follow `now`). */
export function buildDemo(now = Date.now()) {
  const rng = new Rng();
  const tree = buildOrgs(rng);
  const people = buildPeople(rng, tree);
  const cadres = assignCadres(rng, tree, people);
  const docs = buildDocuments(rng, tree);
  const study = buildStudy({ tree, people, cadres, docs }, now);
  const accounts = DEMO_ACCOUNT_SPECS.map((a) => ({
    ...a,
    orgId: a.org(tree).id,
    person: a.person?.({ tree, people, cadres }) ?? null,
  }));
  return { tree, people, cadres, docs, accounts, study };
}

/**
 * Seeds the demo data when the database has no organizations yet; returns whether it did. `now` places the
 * conferences kept relative to the start (clock.ts moves them on later starts); nothing else depends on it.
 */
export async function seedDemo(db: Db, now = Date.now()): Promise<boolean> {
  if (await one(db, sql`SELECT 1 AS x FROM orgs LIMIT 1`)) return false;
  const { tree, people, cadres, docs, accounts, study } = buildDemo(now);
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));

  const seeded = await db.transaction(async (tx) => {
    // Another process may have seeded meanwhile; the lock makes the check and the inserts one step.
    await tx.execute(sql`LOCK TABLE orgs IN EXCLUSIVE MODE`);
    if (await one(tx, sql`SELECT 1 AS x FROM orgs LIMIT 1`)) return false;

    await bulkInsert(tx, 'orgs', { id: 'int', parent_id: 'int', path: 'ltree', name: 'text', short_name: 'text', kind: 'text', subkind: 'text', code: 'text', effective_from: 'date' },
      tree.all.map((o) => ({ id: o.id, parent_id: o.parentId, path: o.path, name: o.name, short_name: o.shortName, kind: o.kind, subkind: o.subkind, code: o.code, effective_from: ORG_EFFECTIVE_FROM })));
    await tx.execute(sql`INSERT INTO org_events (org_id, kind, effective_on, details)
      SELECT id, 'create', effective_from, jsonb_build_object('name', name, 'source', 'demo') FROM orgs ORDER BY id`);

    await bulkInsert(tx, 'people', {
      id: 'int', org_id: 'int', full_name: 'text', sort_key: 'text', gender: 'text', birth_date: 'date', phone: 'text', email: 'text',
      party_status: 'text', joined_on: 'date', official_on: 'date', card_number: 'text', categories: 'text[]',
    }, people.people.map((p) => ({
      id: p.id, org_id: p.orgId, full_name: p.fullName, sort_key: nameSortKey(p.fullName), gender: p.gender, birth_date: p.birthDate,
      phone: p.phone, email: p.email, party_status: p.partyStatus, joined_on: p.joinedOn, official_on: p.officialOn,
      card_number: p.cardNumber, categories: [...p.categories].sort(),
    })));
    await bulkInsert(tx, 'positions', { person_id: 'int', org_id: 'int', title: 'text', started_on: 'date' },
      cadres.positions.map((p) => ({ person_id: p.personId, org_id: p.orgId, title: p.title, started_on: p.startedOn })));
    const seen = new Set<string>();
    const memberships = people.memberships.filter((m) => {
      const key = `${m.personId}|${m.orgId}`;
      return !seen.has(key) && seen.add(key);
    });
    await bulkInsert(tx, 'mass_org_memberships', { person_id: 'int', org_id: 'int', joined_on: 'date' },
      memberships.map((m) => ({ person_id: m.personId, org_id: m.orgId, joined_on: m.joinedOn })));

    await bulkInsert(tx, 'documents', {
      id: 'int', owner_org_id: 'int', type: 'text', number: 'int', symbol: 'text', issuer: 'text', level: 'text', issued_on: 'date',
      year: 'int', title: 'text', summary: 'text', key_points: 'text', full_text: 'text',
    }, docs.documents.map((d) => ({
      id: d.id, owner_org_id: d.ownerOrgId, type: d.type, number: d.number, symbol: d.symbol, issuer: d.issuer, level: d.level,
      issued_on: d.issuedOn, year: d.year, title: d.title, summary: d.summary, key_points: d.keyPoints, full_text: d.fullText,
    })));
    await bulkInsert(tx, 'document_relations', { from_id: 'int', to_id: 'int', kind: 'text' },
      docs.relations.map((r) => ({ from_id: r.fromId, to_id: r.toId, kind: r.kind })));

    // Explicit ids were used above; move the identity sequences past them.
    for (const table of ['orgs', 'people', 'documents']) {
      await tx.execute(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.raw(table)}))`);
    }

    for (const [i, a] of accounts.entries()) {
      const row = await one<{ id: number }>(tx, sql`INSERT INTO accounts (username, password_hash, display_name, person_id)
        VALUES (${a.username}, ${hashes[i]}, ${a.person?.fullName ?? a.displayName ?? a.label}, ${a.person?.id ?? null})
        ON CONFLICT ((lower(username))) DO NOTHING RETURNING id`);
      if (row) await tx.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${row.id}, ${a.role}, ${a.orgId})`);
    }
    await insertStudy(tx, study);
    await insertPrograms(tx, tree, docs.documents);
    await insertInspections(tx, tree);
    await insertNotifications(tx);
    return true;
  });
  // Fresh planner statistics for the bulk-loaded tables (PGlite has no autovacuum to gather them).
  if (seeded) await db.execute(sql`ANALYZE`);
  return seeded;
}
