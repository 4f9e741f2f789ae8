import { defineRules } from '../../core/policy.js';

// Everyone reads and marks their own inbox (by account, no rule needed); the outbox (addresses, errors) is for admins.
export const rules = defineRules({ 'mail.admin': ['admin'] });
