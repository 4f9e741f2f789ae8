import { defineRules } from '../../core/policy.js';

// Official papers are drawn up by the office and propaganda staff of the issuing unit (or above it), who also keep the
// document registry where a report is registered; leadership signs them on paper. The team of an inspection draws up
// its conclusion notice whatever its roles (conclusion.ts).
export const rules = defineRules({
  'paper.write': ['admin', 'propaganda', 'clerk'],
});
