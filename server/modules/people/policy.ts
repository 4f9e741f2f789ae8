import { defineRules } from '../../core/policy.js';

// Office, propaganda staff and inspectors see the people of their subtree; only admins, clerks and
// propaganda staff keep the records. Members and presenters see their own record only (service.ts).
export const rules = defineRules({
  'person.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector'],
  'person.write': ['admin', 'clerk', 'propaganda'],
});
