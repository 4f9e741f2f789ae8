import { describe, expect, it } from 'vitest';
import { fold, nameSortKey } from '../../server/core/vn.js';

const sortVn = (names: string[]) => [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));

describe('Vietnamese name order', () => {
  it('sorts by given name first, then family and middle names', () => {
    expect(sortVn(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An'])).toEqual(['Lê Văn An', 'Trần Thị An', 'Nguyễn Văn Bình']);
  });
  it('follows the Vietnamese alphabet: a ă â b c d đ e ê', () => {
    const names = ['Lê Đức', 'Lê Dũng', 'Lê Ân', 'Lê Ánh', 'Lê Ăng', 'Lê Êm', 'Lê Em', 'Lê Cường', 'Lê Bảo'];
    expect(sortVn(names)).toEqual(['Lê Ánh', 'Lê Ăng', 'Lê Ân', 'Lê Bảo', 'Lê Cường', 'Lê Dũng', 'Lê Đức', 'Lê Em', 'Lê Êm']);
  });
  it('puts o ô ơ and u ư in order, tones only breaking ties', () => {
    expect(sortVn(['Hà Ơn', 'Hà Ôn', 'Hà On', 'Hà Ưu', 'Hà Uy'])).toEqual(['Hà On', 'Hà Ôn', 'Hà Ơn', 'Hà Uy', 'Hà Ưu']);
    expect(sortVn(['Vũ Mạnh', 'Vũ Mãnh', 'Vũ Manh', 'Vũ Mành'])).toEqual(['Vũ Manh', 'Vũ Mành', 'Vũ Mãnh', 'Vũ Mạnh']);
  });
  it('orders a shorter given name before a longer one sharing its start', () => {
    expect(sortVn(['Phạm Anh', 'Phạm An'])).toEqual(['Phạm An', 'Phạm Anh']);
  });
});

describe('fold', () => {
  it('removes diacritics and maps đ to d', () => {
    expect(fold('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(fold('Nghị quyết Đại hội XVIII')).toBe('nghi quyet dai hoi xviii');
  });
});
