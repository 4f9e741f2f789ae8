import { defineRules } from '../../core/policy.js';

defineRules({ 'audit.read': ['admin', 'leader'] });
