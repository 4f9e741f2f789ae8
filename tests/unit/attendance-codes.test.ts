import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hallCode, minuteWindow, parseHallCode, personCode, verifyHallCode, verifyPersonCode, WINDOW_MS } from '../../server/modules/attendance/codes.js';

const key = randomBytes(32);

describe('personal codes', () => {
  it('round-trips and stays short enough for a small QR', () => {
    const code = personCode(key, 12345);
    expect(code.length).toBeLessThanOrEqual(40);
    expect(verifyPersonCode(key, code)).toBe(12345);
  });
  it('rejects altered ids, altered signatures, other keys and junk', () => {
    const code = personCode(key, 7);
    expect(verifyPersonCode(key, code.replace('QT1.7.', 'QT1.8.'))).toBeNull();
    const sig = code.slice(-22);
    const flipped = sig[0] === 'A' ? 'B' + sig.slice(1) : 'A' + sig.slice(1);
    expect(verifyPersonCode(key, code.slice(0, -22) + flipped)).toBeNull();
    expect(verifyPersonCode(randomBytes(32), code)).toBeNull();
    for (const junk of ['', 'QT1..', 'QT1.0.' + sig, 'QT2.7.' + sig, code + 'x']) expect(verifyPersonCode(key, junk)).toBeNull();
  });
});

describe('hall codes', () => {
  const secret = 'a'.repeat(64);
  const now = Date.UTC(2026, 2, 10, 1, 0, 30);
  it('accepts the current and previous minute window only', () => {
    const w = minuteWindow(now);
    const at = (win: number) => verifyHallCode(secret, parseHallCode(hallCode(secret, 3, 9, win))!, now);
    expect(at(w)).toBe('ok');
    expect(at(w - 1)).toBe('ok');
    expect(at(w - 2)).toBe('expired');
    expect(at(w + 1)).toBe('expired');
    expect(verifyHallCode(secret, parseHallCode(hallCode(secret, 3, 9, w))!, now + 2 * WINDOW_MS)).toBe('expired');
  });
  it('binds conference and bridge point into the signature', () => {
    const code = hallCode(secret, 3, 9, minuteWindow(now));
    expect(parseHallCode(code)).toMatchObject({ conferenceId: 3, bridgePointId: 9 });
    expect(parseHallCode(hallCode(secret, 3, null, 1))!.bridgePointId).toBeNull();
    expect(verifyHallCode(secret, parseHallCode(code.replace('QTH.3.9.', 'QTH.3.8.'))!, now)).toBe('invalid');
    expect(verifyHallCode(secret, parseHallCode(code.replace('QTH.3.', 'QTH.4.'))!, now)).toBe('invalid');
    expect(verifyHallCode('b'.repeat(64), parseHallCode(code)!, now)).toBe('invalid');
    expect(parseHallCode('QTH.3.9.x.sig')).toBeNull();
  });
});
