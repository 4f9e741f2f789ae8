import { defineRules } from '../../core/policy.js';

// Staff read the annual record of the members and units of their subtree; a member reads their own (service.ts).
// The committee's leadership decides the rating: of a member of its subtree, or of a unit below its own (a unit
// does not rate itself).
export const rules = defineRules({
  'review.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector'],
  'review.decide': ['admin', 'leader'],
});
