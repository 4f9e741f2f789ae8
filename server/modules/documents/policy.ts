import { defineRules } from '../../core/policy.js';

// Everyone with a role reads the registry (their units, below and above); the office, propaganda staff and admins keep it.
export const rules = defineRules({
  'document.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter', 'member'],
  'document.write': ['admin', 'clerk', 'propaganda'],
});
