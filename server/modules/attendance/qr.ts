import QRCode from 'qrcode';
import { type Db } from '../../core/db/index.js';
import { AppError, notFound } from '../../core/errors.js';
import { assertCan, can, type Actor } from '../../core/policy.js';
import '../people/policy.js'; // person.read: printable cards go to staff who may read the person
import { scanningPoint, visibleConference } from './access.js';
import { findPerson } from './checkin.js';
import { WINDOW_MS, hallCode, minuteWindow, personCode } from './codes.js';
import { personKey } from './keys.js';

const svgOf = (code: string) => QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

async function personQr(db: Db, personId: number) {
  const code = personCode(await personKey(db), personId);
  return { code, svg: await svgOf(code) };
}

export async function myQr(db: Db, actor: Actor) {
  if (!actor.personId) throw new AppError(409, 'no_linked_person');
  return personQr(db, actor.personId);
}

export async function personQrFor(db: Db, actor: Actor, personId: number) {
  const person = await findPerson(db, personId);
  if (!person || !can(actor, 'person.read', person.orgPath)) throw notFound('person');
  return personQr(db, personId);
}

/** The hall's rotating code, shown on screen by those who record attendance there. */
export async function hallQr(db: Db, actor: Actor, conferenceId: number, bridgePointId?: number) {
  const c = await visibleConference(db, actor, conferenceId);
  if (bridgePointId !== undefined) await scanningPoint(db, actor, c, bridgePointId);
  else assertCan(actor, 'attendance.record', c.orgPath);
  const now = Date.now();
  const window = minuteWindow(now);
  const code = hallCode(c.hallSecret, c.id, bridgePointId ?? null, window);
  return { code, svg: await svgOf(code), expiresAt: new Date((window + 1) * WINDOW_MS).toISOString() };
}
