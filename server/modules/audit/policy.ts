import { defineRules } from '../../core/policy.js';

export const rules = defineRules({ 'audit.read': ['admin', 'leader'] });
