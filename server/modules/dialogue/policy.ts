import { defineRules } from '../../core/policy.js';

// Staff of a unit read the dialogue (questions, ratings) of conferences their subtree organizes or hosts a
// bridge point of; the organizers (office, propaganda, admins) also answer and moderate questions there.
// Attendees (invited or checked in) ask, vote and rate as their own person; presenters on the agenda answer
// the questions addressed to them. Those person-based rules live in access.ts.
export const rules = defineRules({
  'dialogue.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter'],
  'dialogue.moderate': ['admin', 'propaganda', 'clerk'],
});
