import { defineRules } from '../../core/policy.js';

// Staff of a unit see the conferences its subtree organizes or hosts a bridge point of; the office,
// propaganda staff and admins organize them. Invited people see their own conferences (service.ts).
export const rules = defineRules({
  'conference.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter'],
  'conference.write': ['admin', 'propaganda', 'clerk'],
});
