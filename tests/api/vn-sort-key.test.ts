import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert } from '../../server/core/db/bulk.js';
import { rows, sql, type Database } from '../../server/core/db/index.js';
import { textSortKey } from '../../server/core/vn.js';
import { buildOrgs, ORG_EFFECTIVE_FROM } from '../../server/demo/orgs.js';
import { buildPeople } from '../../server/demo/people.js';
import { mulberry32, Rng } from '../../server/demo/rng.js';
import { freshDatabase } from '../helpers.js';

// vn_sort_key (migration 009) is the SQL twin of textSortKey: the database sorts unit names with it, the server
// and the tests with textSortKey. Whatever changes in one without the other fails here.

let database: Database;
beforeAll(async () => { database = await freshDatabase(); });
afterAll(async () => { await database?.close(); });

/** Texts that differ from the SQL key, with both keys, so a failure shows what differs. */
async function mismatches(texts: string[]) {
  // Only the keys come back: a driver may drop a leading U+FEFF from a returned text (TextDecoder does).
  const got = await rows<{ k: string }>(database.db, sql`SELECT vn_sort_key(x.t) AS k
    FROM json_array_elements_text(${JSON.stringify(texts)}::json) WITH ORDINALITY AS x(t, n) ORDER BY x.n`);
  expect(got).toHaveLength(texts.length);
  return texts.map((text, i) => ({ text, sql: got[i].k, js: textSortKey(text) })).filter((r) => r.sql !== r.js);
}

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const CONSONANTS = [...'bcdđghklmnpqrstvx', ...'fjwz'];
/** Every vowel with every tone, precomposed and decomposed, in both cases; every consonant in both cases. */
const LETTERS = [
  ...VOWELS.flatMap((v) => TONES.flatMap((t) => {
    const l = (v + t).normalize('NFC');
    return [l, l.toUpperCase(), l.normalize('NFD'), l.toUpperCase().normalize('NFD')];
  })),
  ...CONSONANTS.flatMap((c) => [c, c.toUpperCase()]),
];
// JavaScript's \s set (what textSortKey splits on) and look-alikes that are not in it (U+0085, U+180E, U+200B).
const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200b'];
const OTHERS = [
  ...'0123456789', '-', '.', ',', '(', ')', '/', '"', "'", '·', '–', '!', '#', '_',
  'ç', 'ö', 'ß', 'ẞ', 'İ', 'ı', '\u212a', '\u212b', 'ǅ', 'Ǆ', 'Ø', 'Æ', 'Ａ', '１', '²', 'Ω', 'Σ', 'Д', '中', '😀', 'ﬁ', 'Ⅻ',
  '\u0300', '\u0301', '\u0302', '\u0306', '\u031b', '\u0323', '\u0340', '\u0341', '\u0344', '\u0345', '\u0307', '\u036f', '\u0370',
];

describe('vn_sort_key is textSortKey', () => {
  it('on every Vietnamese letter with every tone, in both cases, alone and in words', async () => {
    expect(LETTERS.length).toBe(12 * 6 * 4 + 21 * 2);
    const words = LETTERS.flatMap((l) => [l, `${l}n`, `th${l}`, `Chi bộ thôn ${l}`]);
    expect(await mismatches(words)).toEqual([]);
  });

  it('on numbers, spaces, punctuation and the empty text', async () => {
    const texts = [
      '', ' ', '   ', '\t\n', 'Chi bộ thôn 2', 'Chi bộ thôn 10', 'Chi bộ thôn 02', 'thôn 10a', 'thôn 2B', '10', '007 7',
      '123456789', '1234567890', '99999999999999999999', 'Khu phố 3 - Thị trấn', 'Chi bộ (thôn 4)', 'Chi bộ thôn 4/5',
      'Tổ dân phố số 1, 2', '  Đảng ủy   xã Dân Lực  ', 'Đ', 'đ', 'ĐĐ đđ', 'Đảng ủy xã Đông Tiến', 'Dân Lực', 'Xã Ea Súp',
      'NGHỊ QUYẾT ĐẠI HỘI XIII', 'Nghị quyết số 57-NQ/TW', 'Trường THCS Nguyễn Du', '5\u0302', 'x\u0301\u0301', '\u0301a',
      ...SPACES.map((s) => `a${s}b`), ...SPACES.map((s) => `${s}thôn${s}2${s}`),
      // At the edge of the SQL fast path (plain letters, one tone, one joining mark, digits, common punctuation).
      'a\u0323\u0306', 'a\u0306\u0323', 'o\u031b\u0323', 'o\u0323\u031b', 'a\u0302\u0301', 'a\u0301\u0302', 'đ\u0302', 'đ\u0301',
      'b\u0302', 'i\u0302', 'e\u0306', 'u\u0302', 'o\u031b\u0302', 'a\u0306\u0302', 'a\u0301\u0301', 'a\u0301\u0300', 'i\u0307',
      '1\u0301', '1\u0302', '-\u0301', '(\u0302)', 'á-ạ', '10a', '4/5', 'a,b', '%a', 'a%', '[x]', '\\', '`a`', '{a}', '@a', '~a', '^a',
      'Chi bộ 1A', 'Chi bộ 1-2', 'thôn "Đông"', "Cà Mau's", '#3', '*ư*', '?ơ!', '_ê_', '&ô+', 'ă;â:',
    ];
    expect(await mismatches(texts)).toEqual([]);
  });

  it('on three thousand random texts of letters, digits, spaces, marks and other scripts', async () => {
    const random = mulberry32(20260101);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const pieces = [...LETTERS, ...LETTERS, ...SPACES, ...OTHERS];
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: Math.floor(random() * 16) }, () => pick(pieces)).join(''));
    expect(await mismatches(texts)).toEqual([]);
  });

  it('on the demo unit and person names, and as the orgs.sort_key column', async () => {
    const rng = new Rng();
    const tree = buildOrgs(rng);
    const people = buildPeople(rng, tree).people.map((p) => p.fullName);
    expect(await mismatches([...new Set(people)])).toEqual([]);
    await bulkInsert(database.db, 'orgs', { id: 'int', parent_id: 'int', path: 'ltree', name: 'text', kind: 'text', effective_from: 'date' },
      tree.all.map((o) => ({ id: o.id, parent_id: o.parentId, path: o.path, name: o.name, kind: o.kind, effective_from: ORG_EFFECTIVE_FROM })));
    const stored = await rows<{ name: string; sortKey: string }>(database.db, sql`SELECT name, sort_key AS "sortKey" FROM orgs ORDER BY id`);
    expect(stored.length).toBe(tree.all.length);
    expect(stored.filter((o) => o.sortKey !== textSortKey(o.name))).toEqual([]);
    // Renaming recomputes the key.
    await database.db.execute(sql`UPDATE orgs SET name = 'Đảng ủy xã Đông Tiến' WHERE id = 1`);
    expect((await rows<{ k: string }>(database.db, sql`SELECT sort_key AS k FROM orgs WHERE id = 1`))[0].k).toBe(textSortKey('Đảng ủy xã Đông Tiến'));
  });

  it('orders by the key in the database as compareVn orders in JavaScript', async () => {
    const names = ['Đảng ủy xã Dân Lực', 'Chi bộ thôn 10', 'Chi bộ thôn 2', 'Zê', 'Dân', 'Em', 'Ấp Bắc', 'Ăn', 'An', 'Bải', 'Bái', 'Bãi', 'Bai'];
    const ordered = (await rows<{ t: string }>(database.db, sql`SELECT x.t FROM json_array_elements_text(${JSON.stringify(names)}::json) AS x(t)
      ORDER BY vn_sort_key(x.t) COLLATE "C"`)).map((r) => r.t);
    expect(ordered).toEqual(['An', 'Ăn', 'Ấp Bắc', 'Bai', 'Bải', 'Bãi', 'Bái', 'Chi bộ thôn 2', 'Chi bộ thôn 10', 'Dân', 'Đảng ủy xã Dân Lực', 'Em', 'Zê']);
  });
});
