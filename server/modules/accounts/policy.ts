import { defineRules } from '../../core/policy.js';

defineRules({
  // Admins manage the accounts whose roles lie in their subtree, and may grant roles only there.
  'account.manage': ['admin'],
});
