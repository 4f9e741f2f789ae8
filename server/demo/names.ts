// Vietnamese names with realistic frequencies (northern-central Vietnam: Hoàng over Huỳnh, Vũ over Võ;
// Lê and Trịnh are especially common in Thanh Hóa).
import type { Rng } from './rng.js';

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 320], ['Lê', 150], ['Trần', 90], ['Phạm', 60], ['Hoàng', 40], ['Huỳnh', 5], ['Trịnh', 45],
  ['Phan', 30], ['Vũ', 30], ['Võ', 8], ['Đặng', 20], ['Bùi', 25], ['Đỗ', 20], ['Hồ', 10], ['Ngô', 12],
  ['Dương', 10], ['Lý', 5], ['Mai', 12], ['Đào', 8], ['Cao', 8], ['Lương', 6], ['Hà', 8], ['Đinh', 8],
  ['Tạ', 4], ['Đoàn', 5], ['Vương', 3], ['Quách', 3], ['Lưu', 4], ['Thiều', 2], ['Tống', 3],
];

// Older generations mostly carry Văn / Thị; younger ones a wider choice.
const MALE_MIDDLE_OLD: readonly (readonly [string, number])[] = [
  ['Văn', 70], ['Đức', 6], ['Đình', 6], ['Xuân', 4], ['Hữu', 4], ['Ngọc', 3], ['Công', 3], ['Quang', 2], ['Bá', 2],
];
const MALE_MIDDLE_YOUNG: readonly (readonly [string, number])[] = [
  ['Văn', 30], ['Đức', 10], ['Minh', 10], ['Quang', 6], ['Hữu', 5], ['Xuân', 5], ['Đình', 5], ['Ngọc', 4],
  ['Công', 4], ['Thanh', 4], ['Tiến', 3], ['Trọng', 3], ['Mạnh', 3], ['Anh', 3], ['Hoàng', 2], ['Tuấn', 2],
];
const FEMALE_MIDDLE_OLD: readonly (readonly [string, number])[] = [
  ['Thị', 85], ['Ngọc', 4], ['Thu', 3], ['Thanh', 3], ['Kim', 2], ['Hồng', 2],
];
const FEMALE_MIDDLE_YOUNG: readonly (readonly [string, number])[] = [
  ['Thị', 45], ['Ngọc', 8], ['Thu', 6], ['Thanh', 5], ['Hồng', 5], ['Minh', 4], ['Phương', 4], ['Thúy', 3],
  ['Kim', 3], ['Mai', 3], ['Diệu', 2], ['Hải', 2], ['Bích', 2], ['Khánh', 2],
];

const MALE_GIVEN = [
  'An', 'Bình', 'Bảo', 'Chiến', 'Chung', 'Công', 'Cường', 'Dũng', 'Duy', 'Dương', 'Đạt', 'Định', 'Đông', 'Đức',
  'Giang', 'Hải', 'Hào', 'Hiếu', 'Hiệp', 'Hòa', 'Hoàng', 'Học', 'Hùng', 'Hưng', 'Huy', 'Khải', 'Khánh', 'Khoa',
  'Kiên', 'Lâm', 'Lộc', 'Lợi', 'Long', 'Luân', 'Lực', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Nhân', 'Phong',
  'Phúc', 'Phương', 'Quân', 'Quang', 'Quý', 'Sáng', 'Sơn', 'Tài', 'Tâm', 'Thái', 'Thắng', 'Thanh', 'Thành',
  'Thịnh', 'Thọ', 'Thuận', 'Tiến', 'Toàn', 'Trí', 'Trung', 'Trường', 'Tú', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ',
  'Xuân', 'Khương', 'Hậu', 'Điệp', 'Luyện', 'Sỹ', 'Thao', 'Tuyên', 'Chính', 'Cảnh', 'Kỳ',
];
const FEMALE_GIVEN = [
  'An', 'Anh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ',
  'Hương', 'Hường', 'Huyền', 'Lan', 'Liên', 'Liễu', 'Linh', 'Loan', 'Lụa', 'Lý', 'Mai', 'My', 'Nga', 'Ngân',
  'Ngọc', 'Nhàn', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Sen', 'Tâm', 'Thảo', 'Thắm', 'Thanh', 'Thơ',
  'Thu', 'Thủy', 'Thúy', 'Thư', 'Trang', 'Tuyết', 'Vân', 'Xuân', 'Yến', 'Hảo', 'Lệ', 'Nguyệt', 'Nhài', 'Luyến',
  'Thoa', 'Thêu', 'Tươi', 'Vui', 'Hòa',
];

export type Gender = 'male' | 'female';

/** A full name "Family Middle Given" for someone born in the given year. */
export function personName(rng: Rng, gender: Gender, birthYear: number): string {
  const family = rng.weighted(FAMILY_NAMES);
  const young = birthYear >= 1985;
  const middle = gender === 'male'
    ? rng.weighted(young ? MALE_MIDDLE_YOUNG : MALE_MIDDLE_OLD)
    : rng.weighted(young ? FEMALE_MIDDLE_YOUNG : FEMALE_MIDDLE_OLD);
  const given = rng.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
  // Avoid "Văn Văn"-like repeats; a few people carry two middle names ("Nguyễn Thị Thu Hà").
  if (middle === given) return `${family} ${middle} ${rng.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN)}`;
  if (gender === 'female' && middle === 'Thị' && young && rng.chance(0.15)) {
    const extra = rng.pick(['Thu', 'Thanh', 'Hồng', 'Ngọc', 'Kim', 'Minh']);
    if (extra !== given) return `${family} Thị ${extra} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}
