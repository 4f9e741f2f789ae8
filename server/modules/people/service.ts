import { audit } from '../../core/audit.js';
import { likeContains, sql, type Db, type Queryable, type SQL } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound, type FieldMessage } from '../../core/errors.js';
import { limitOffset, toPage } from '../../core/pagination.js';
import { assertAnywhere, assertCan, can, inScope, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { fold, nameSortKey } from '../../core/vn.js';
import * as q from './queries.js';
import { personRuleErrors, type CreatePersonInput, type PeopleFilter, type UpdatePersonInput } from './schemas.js';
import './messages.js';
import './policy.js';

/** A person the actor may see: within its person.read subtrees, or its own record. Otherwise 404. */
export async function readablePerson(db: Queryable, actor: Actor, id: number, forUpdate = false) {
  const p = await q.findPerson(db, id, forUpdate);
  if (!p || !(can(actor, 'person.read', p.orgPath) || actor.personId === id)) throw notFound('person');
  return p;
}

/** A person the actor may change: 403 for roles that never write, 404 outside its subtree, 403 where it only reads. */
export async function writablePerson(db: Queryable, actor: Actor, id: number) {
  assertAnywhere(actor, 'person.write');
  const p = await readablePerson(db, actor, id, true);
  assertCan(actor, 'person.write', p.orgPath);
  return p;
}

/** A unit people can be placed in: visible (else 404), writable (else 403) and active (else 409 naming the field). */
export async function writableUnit(db: Queryable, actor: Actor, id: number, field: string, requireActive = true) {
  const u = await q.findUnit(db, id);
  if (!u || !can(actor, 'person.read', u.path)) throw notFound('org');
  assertCan(actor, 'person.write', u.path);
  if (requireActive && u.status !== 'active') throw conflict('org_inactive', {}, { [field]: 'org_inactive' });
  return u;
}

/** No date given by the user may lie in the future (a transfer, a position, a membership). */
export function assertNotFuture(fields: Record<string, string | null | undefined>) {
  const today = todayVn();
  const bad: Record<string, FieldMessage> = {};
  for (const [k, v] of Object.entries(fields)) if (v && v > today) bad[k] = 'date_in_future';
  if (Object.keys(bad).length) throw badRequest(bad);
}


/** The WHERE clause of the list and the export: the caller's scope plus the filters. */
export async function filterSql(db: Queryable, actor: Actor, f: PeopleFilter): Promise<SQL> {
  const scope = inScope(actor, 'person.read', sql`o.path`);
  const conds: SQL[] = [actor.personId ? sql`(${scope} OR p.id = ${actor.personId})` : scope];
  if (f.orgId !== undefined) {
    const unit = await q.findUnit(db, f.orgId);
    if (!unit || !can(actor, 'person.read', unit.path)) throw notFound('org');
    conds.push(sql`o.path <@ ${unit.path}::ltree`);
  }
  if (f.q) conds.push(sql`p.name_folded LIKE ${likeContains(fold(f.q))}`);
  if (f.partyStatus === 'member') conds.push(sql`p.party_status IS NOT NULL`);
  else if (f.partyStatus === 'none') conds.push(sql`p.party_status IS NULL`);
  else if (f.partyStatus) conds.push(sql`p.party_status = ${f.partyStatus}`);
  if (f.category) conds.push(sql`p.categories @> ${`{${f.category}}`}::text[]`);
  return sql.join(conds, sql` AND `);
}

export async function list(db: Db, actor: Actor, f: PeopleFilter & { page: number; pageSize: number }) {
  const where = await filterSql(db, actor, f);
  return toPage(await q.listPeople(db, where, limitOffset(f)), f);
}

/** The person with its positions, transfers and mass-organization memberships. */
export async function withHistory(db: Queryable, p: q.PersonRow) {
  const positions = await q.positionsOf(db, p.id);
  const transfers = await q.transfersOf(db, p.id);
  const massOrgs = await q.massOrgsOf(db, p.id);
  return { ...p, positions, transfers, massOrgs };
}

export async function detail(db: Db, actor: Actor, id: number) {
  return withHistory(db, await readablePerson(db, actor, id));
}

/** Fills defaults, then checks the cross-field rules (400 with a message per field). */
export function checkedValues(v: Omit<q.PersonValues, 'categories'> & { categories?: q.PersonValues['categories'] }): q.PersonValues {
  const values = { ...v, categories: v.categories ?? [] };
  const errors = personRuleErrors(values, todayVn());
  if (Object.keys(errors).length) throw badRequest(errors);
  return values;
}

async function assertCardFree(db: Queryable, card: string | null, exceptId: number | null) {
  if (card && (await q.takenCards(db, [card], exceptId)).size) throw conflict('card_taken', {}, { cardNumber: 'card_taken' });
}

/**
 * Two records for one person split their history: a new person with the full name and birth date of someone in the
 * same grassroots organization is refused with 409 possible_duplicate (naming who and where) until the caller
 * confirms. The existing person's id is given only to a caller who may read that record.
 */
async function assertNoTwin(db: Queryable, actor: Actor, unitPath: string, fullName: string, birthDate: string) {
  const twin = await q.sameNameAndBirth(db, unitPath, fullName, birthDate);
  if (!twin) return;
  const [y, m, d] = birthDate.split('-');
  throw new AppError(409, 'possible_duplicate', { name: twin.fullName, birthDate: `${d}/${m}/${y}`, unit: twin.orgName }, undefined, [{
    personId: can(actor, 'person.read', twin.orgPath) ? twin.id : null, fullName: twin.fullName, orgName: twin.orgName, birthDate,
    message: { key: 'possible_duplicate', params: { name: twin.fullName, birthDate: `${d}/${m}/${y}`, unit: twin.orgName } },
  }]);
}

const pick = <T>(next: T | undefined, prev: T): T => (next === undefined ? prev : next);

export async function create(db: Db, actor: Actor, input: CreatePersonInput) {
  assertAnywhere(actor, 'person.write');
  return db.transaction(async (tx) => {
    const unit = await writableUnit(tx, actor, input.orgId, 'orgId');
    const values = checkedValues({
      fullName: input.fullName, gender: input.gender ?? null, birthDate: input.birthDate ?? null, phone: input.phone ?? null,
      email: input.email ?? null, partyStatus: input.partyStatus ?? null, joinedOn: input.joinedOn ?? null,
      officialOn: input.officialOn ?? null, cardNumber: input.cardNumber ?? null, categories: input.categories,
    });
    await assertCardFree(tx, values.cardNumber, null);
    if (values.birthDate && !input.confirmDuplicate) await assertNoTwin(tx, actor, unit.path, values.fullName, values.birthDate);
    const [id] = await q.insertPeople(tx, [{ orgId: unit.id, values, sortKey: nameSortKey(values.fullName) }]);
    const after = (await q.findPerson(tx, id))!;
    await audit(tx, actor, { action: 'create', entity: 'person', entityId: id, orgPath: unit.path, after });
    return withHistory(tx, after);
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdatePersonInput) {
  return db.transaction(async (tx) => {
    const before = await writablePerson(tx, actor, id);
    const values = checkedValues({
      fullName: pick(input.fullName, before.fullName), gender: pick(input.gender, before.gender),
      birthDate: pick(input.birthDate, before.birthDate), phone: pick(input.phone, before.phone), email: pick(input.email, before.email),
      partyStatus: pick(input.partyStatus, before.partyStatus), joinedOn: pick(input.joinedOn, before.joinedOn),
      officialOn: pick(input.officialOn, before.officialOn), cardNumber: pick(input.cardNumber, before.cardNumber),
      categories: pick(input.categories, before.categories),
    });
    await assertCardFree(tx, values.cardNumber, id);
    await q.updatePerson(tx, id, values, nameSortKey(values.fullName));
    const after = (await q.findPerson(tx, id))!;
    await audit(tx, actor, { action: 'update', entity: 'person', entityId: id, orgPath: after.orgPath, before, after });
    return withHistory(tx, after);
  });
}

/** Moves a person to another unit; the move is kept in person_transfers and shown in the person's history. */
export async function transfer(db: Db, actor: Actor, id: number, input: { toOrgId: number; effectiveOn?: string; reason?: string }) {
  assertNotFuture({ effectiveOn: input.effectiveOn });
  return db.transaction(async (tx) => {
    const before = await writablePerson(tx, actor, id);
    if (before.orgId === input.toOrgId) throw badRequest({ toOrgId: 'same_unit' });
    const unit = await writableUnit(tx, actor, input.toOrgId, 'toOrgId');
    const effectiveOn = input.effectiveOn ?? todayVn();
    await tx.execute(sql`INSERT INTO person_transfers (person_id, from_org_id, to_org_id, effective_on, reason, account_id)
        VALUES (${id}, ${before.orgId}, ${unit.id}, ${effectiveOn}, ${input.reason || null}, ${actor.accountId})`);
    await tx.execute(sql`UPDATE people SET org_id = ${unit.id}, updated_at = now() WHERE id = ${id}`);
    const after = (await q.findPerson(tx, id))!;
    await audit(tx, actor, {
      action: 'transfer', entity: 'person', entityId: id, orgPath: unit.path,
      before: { orgId: before.orgId, orgName: before.orgName }, after: { orgId: unit.id, orgName: unit.name, effectiveOn, reason: input.reason ?? null },
    });
    return withHistory(tx, after);
  });
}
