// Vietnamese text helpers: alphabetical order and diacritic-free folding.

// Vietnamese alphabet, with f j w z placed where Latin puts them (foreign names).
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_CODE = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(48 + i)]));
// Tones in dictionary order: level, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };

function letterKeys(word: string): { primary: string; tones: string } {
  let primary = '';
  let tones = '';
  // NFD splits "ế" into e + circumflex + acute; the circumflex belongs to the letter, the acute is the tone.
  const chars = [...word.toLowerCase().normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i];
    let tone = '0';
    while (i + 1 < chars.length && /[\u0300-\u036f]/.test(chars[i + 1])) {
      const mark = chars[++i];
      if (TONES[mark]) tone = TONES[mark];
      else ch = (ch + mark).normalize('NFC');
    }
    const code = LETTER_CODE.get(ch);
    if (code) {
      primary += code;
      tones += tone;
    } else if (/[0-9]/.test(ch)) {
      primary += '/' + ch; // digits sort before letters
    }
  }
  return { primary, tones };
}

/** Splits a Vietnamese full name into family+middle names and the given name (the last word). */
export function splitName(fullName: string): { given: string; rest: string } {
  const words = fullName.trim().split(/\s+/);
  return { given: words[words.length - 1] ?? '', rest: words.slice(0, -1).join(' ') };
}

/**
 * Sort key giving Vietnamese order under a byte-wise ("C") collation: by given name, then by family and
 * middle names, letters first (a ă â b … đ …) and tones only to break ties.
 */
export function nameSortKey(fullName: string): string {
  const { given, rest } = splitName(fullName);
  const g = letterKeys(given);
  const r = rest.split(/\s+/).filter(Boolean).map(letterKeys);
  return `${g.primary} ${r.map((k) => k.primary).join('!')} ${g.tones}${r.map((k) => k.tones).join('')}`;
}

/** Lower case without diacritics, đ → d: what users type when they skip the accents (matches SQL vn_fold). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Sort key for any Vietnamese text (unit names, titles) under a byte-wise collation: word by word in the Vietnamese
 * alphabet, numbers by value ("thôn 2" before "thôn 10"), tones only to break ties. Its SQL twin is vn_sort_key
 * (migration 009, orgs.sort_key): change both together; tests/api/vn-sort-key.test.ts fails when they differ.
 */
export function textSortKey(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keys = words.map((w) => (/^\d+$/.test(w) ? { primary: '/' + w.padStart(9, '0'), tones: '' } : letterKeys(w)));
  return `${keys.map((k) => k.primary).join('!')} ${keys.map((k) => k.tones).join('')}`;
}

/** Compares two texts in Vietnamese order (for lists the server sorts in memory). */
export function compareVn(a: string, b: string): number {
  const ka = textSortKey(a);
  const kb = textSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
