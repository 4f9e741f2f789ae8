import { defineRules } from '../../core/policy.js';

// Staff of a unit read attendance and participation of conferences organized or hosted in their subtree;
// the office, propaganda staff and admins record it at the bridge point's unit (or above).
// Members act on their own person only (me/qr, self check-in, my history).
export const rules = defineRules({
  'attendance.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter'],
  'attendance.record': ['admin', 'propaganda', 'clerk'],
});
