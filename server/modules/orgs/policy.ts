import { defineRules } from '../../core/policy.js';

// Everyone with a role may see the tree below where the role was granted; only admins and office clerks restructure it.
export const rules = defineRules({
  'org.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter', 'member'],
  'org.write': ['admin', 'clerk'],
});
