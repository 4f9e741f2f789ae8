import { defineRules } from '../../core/policy.js';

// The organizers (office, propaganda staff, leadership) evaluate a conference at the organizer's unit (or above);
// inspection reads the evaluations of the units and people in its subtree for the annual review.
// A person may read their own evaluations (service.ts).
export const rules = defineRules({
  'evaluation.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector'],
  'evaluation.write': ['admin', 'leader', 'propaganda', 'clerk'],
});
