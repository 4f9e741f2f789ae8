import { viAccess } from './vi-access';
import { viAttendance } from './vi-attendance';
import { viCore } from './vi-core';
import { viDialogue } from './vi-dialogue';
import { viEvaluations } from './vi-evaluations';
import { viRecords } from './vi-records';
import { viStudy } from './vi-study';
import { viPlanning } from './vi-planning';
import { viWords } from './vi-words';
import { viReach } from './vi-reach';
import { viInspections } from './vi-inspections';
import { viReports } from './vi-reports';
import { viNotify } from './vi-notify';
import { viPrograms } from './vi-programs';
import { viReviews } from './vi-reviews';
import { viPaperwork } from './vi-paperwork';
import { viExports } from './vi-exports';
import { viHome } from './vi-home';

/** Vietnamese, the default language. Every key here must exist in English too (en.ts; the type enforces it). */
export const vi = {
  ...viCore, ...viRecords, ...viStudy, ...viAttendance, ...viDialogue, ...viEvaluations, ...viWords, ...viPlanning, ...viReach, ...viAccess,
  ...viReports, ...viInspections, ...viPrograms,
  ...viReviews,
  ...viPaperwork,
  ...viExports,
  ...viNotify,
  ...viHome,
} as const;

export type MessageKey = keyof typeof vi;
