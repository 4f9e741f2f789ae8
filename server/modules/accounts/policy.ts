import { defineRules } from '../../core/policy.js';

export const rules = defineRules({
  // Admins manage the accounts whose roles lie in their subtree, and may grant roles only there.
  'account.manage': ['admin'],
});
