import { defineRules } from '../../core/policy.js';

// Staff read the campaigns of their units and those from above that give their units obligations; the office,
// propaganda staff and leadership open and edit them; only leadership and propaganda chase late units.
export const rules = defineRules({
  'campaign.read': ['admin', 'leader', 'propaganda', 'clerk', 'inspector', 'presenter'],
  'campaign.write': ['admin', 'leader', 'propaganda', 'clerk'],
  'campaign.remind': ['admin', 'leader', 'propaganda'],
});
