import { defineRules } from '../../core/policy.js';

// The home page per role (issue 9 item 1): leadership watches its subtree at a glance; the office and propaganda staff
// get their to-do list. Every figure on either is still read through the owning module's own scope.
export const rules = defineRules({
  'home.overview': ['admin', 'leader'],
  'home.todo': ['admin', 'propaganda', 'clerk'],
});
