import { z } from 'zod';
import { pageOf, pageQuery } from '../../core/pagination.js';
import { id, queryId, str, timestamp } from '../../core/schemas.js';

const code = str().trim().min(1).max(200);
const instant = timestamp;

export const scanIn = z.object({
  bridgePointId: id,
  code: code.optional(),
  personId: id.optional(),
  scannedAt: instant.optional(),
  clientId: str().max(100).optional(),
});

export const batchIn = z.object({
  bridgePointId: id,
  items: z.array(z.object({ code: code.optional(), personId: id.optional(), scannedAt: instant, clientId: str().min(1).max(100) })).min(1).max(2000),
});

export const selfIn = z.object({ code, conferenceId: id.optional() });

export const checkinOut = z.object({
  result: z.enum(['recorded', 'duplicate']),
  person: z.object({ id: z.number(), fullName: z.string(), orgName: z.string() }),
  lateMinutes: z.number().int(),
  extra: z.boolean(),
  checkedAt: z.string(),
  bridgePointId: z.number().nullable(),
});

export const batchOut = z.object({
  results: z.array(z.object({
    clientId: z.string(),
    result: z.enum(['recorded', 'duplicate', 'refused']),
    personId: z.number().optional(),
    code: z.string().optional(),
    reason: z.string().optional(),
  })),
});

export const qrOut = z.object({ code: z.string(), svg: z.string() });
export const hallQrOut = qrOut.extend({ expiresAt: z.string() });

const absence = z.object({ excused: z.boolean(), reason: z.string().nullable() }).nullable();

const rollStatus = z.enum(['present', 'absent_excused', 'absent_unexcused', 'not_marked']);
const rollFilter = {
  bridgePointId: queryId.optional(),
  orgId: queryId.optional().describe('Đơn vị (chi bộ): người sinh hoạt trong đơn vị này'),
};
export const rollCallQuery = z.object({
  ...rollFilter,
  status: rollStatus.optional(),
  q: str().trim().max(200).optional(),
  ...pageQuery,
});
export const rollCallOut = pageOf(z.object({
  personId: z.number(), fullName: z.string(), orgName: z.string(), bridgePointId: z.number().nullable(), bridgePointName: z.string().nullable(),
  invited: z.boolean(), attended: z.boolean(), checkedAt: z.string().nullable(), lateMinutes: z.number().nullable(), method: z.string().nullable(),
  extra: z.boolean(), absence, status: rollStatus.describe('not_marked: chưa điểm danh, không phải vắng có lý do'),
})).extend({
  counts: z.object({ present: z.number(), absent_excused: z.number(), absent_unexcused: z.number(), not_marked: z.number() })
    .describe('Số người theo trạng thái trên toàn bộ bộ lọc (không chỉ trang này)'),
  units: z.array(z.object({ orgId: z.number(), orgName: z.string(), people: z.number() }))
    .describe('Các đơn vị (chi bộ) có người trong danh sách, để lọc theo chi bộ'),
});
// A JSON body: ids as JSON numbers (the query-string pieces would coerce true to 1).
export const absentRestIn = z.object({ bridgePointId: id.optional(), orgId: id.optional() });
export const absentRestOut = z.object({ absent: z.number() });
export const rollCallIn = z.object({
  marks: z.array(z.object({ personId: id, present: z.boolean(), excused: z.boolean().optional(), reason: str().trim().max(500).optional() })).min(1).max(2000),
});
export const rollCallSaved = z.object({ present: z.number(), absent: z.number() });

export const absenceIn = z.object({ personId: id, excused: z.boolean(), reason: str().trim().max(500).optional() });
export const absenceOut = z.object({ personId: z.number(), excused: z.boolean(), reason: z.string().nullable() });

export const makeupOut = z.array(z.object({
  personId: z.number(), fullName: z.string(), orgName: z.string(), bridgePointId: z.number().nullable(), bridgePointName: z.string().nullable(), absence,
}));

export const myAttendanceOut = z.array(z.object({
  conferenceId: z.number(), title: z.string(), startsAt: z.string(), checkedAt: z.string().nullable(), lateMinutes: z.number().nullable(),
  method: z.string().nullable(), absence,
}));

const counts = z.object({
  invited: z.number(), attended: z.number(), late: z.number(), extra: z.number(), absentExcused: z.number(), absentUnexcused: z.number(), rate: z.number(),
});
const byMethod = z.object({ hall_qr: z.number(), card: z.number(), manual: z.number(), roll_call: z.number(), listening: z.number() })
  .describe('Số người có mặt theo cách ghi nhận: tự quét QR hội trường, cán bộ quét mã/thẻ, chọn tên, điểm danh theo danh sách, ghi nhận nghe đài');
export const conferenceParticipationOut = z.object({
  conferenceId: z.number(),
  total: counts,
  byMethod,
  bridgePoints: z.array(counts.extend({ bridgePointId: z.number(), name: z.string() })),
  units: z.array(counts.extend({ orgId: z.number(), orgName: z.string() })),
});

const rate = z.object({ invited: z.number(), attended: z.number(), rate: z.number() });
export const campaignParticipationOut = z.object({
  campaignId: z.number(), orgId: z.number(), orgName: z.string(),
  total: rate,
  byMethod,
  tiers: z.array(rate.extend({ tier: z.string() })),
  /** Worst first among units past their deadline (`due`); units before their deadline last. */
  units: z.array(rate.extend({ orgId: z.number(), orgName: z.string(), deadline: z.string().nullable(), due: z.boolean() })),
});

export const cardsQuery = z.object({
  orgId: queryId.describe('Đơn vị (chi bộ, đảng bộ xã): thẻ của mọi người sinh hoạt trong đơn vị này'),
  layout: z.enum(['2x5', '3x4']).default('2x5').describe('Số thẻ mỗi trang A4: 2 cột × 5 hàng hoặc 3 cột × 4 hàng'),
});

export const listeningQuery = z.object({ orgId: queryId.optional().describe('Chi bộ (hoặc đơn vị) có danh sách cần ghi nhận; mặc định: đơn vị của người dùng') });
export const listeningOut = z.object({
  conferenceId: z.number(), orgId: z.number(), orgName: z.string(),
  items: z.array(z.object({
    personId: z.number(), fullName: z.string(), orgName: z.string(), listened: z.boolean(),
    method: z.string().nullable().describe('listening: đã nghe (ghi nhận); cách khác: đã điểm danh bằng cách đó'), note: z.string().nullable(),
  })),
  counts: z.object({ invited: z.number(), listened: z.number(), otherwise: z.number() }),
  units: z.array(z.object({ orgId: z.number(), orgName: z.string(), people: z.number() })).describe('Các chi bộ có người được mời mà người dùng được ghi nhận'),
});
export const listeningIn = z.object({
  orgId: id,
  entries: z.array(z.object({ personId: id, listened: z.boolean(), note: str().trim().max(500).optional() })).min(1).max(2000),
});
export const listeningSaved = z.object({ added: z.number(), removed: z.number(), noted: z.number() });
