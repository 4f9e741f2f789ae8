import { enAccess } from './en-access';
import { enAttendance } from './en-attendance';
import { enCore } from './en-core';
import { enDialogue } from './en-dialogue';
import { enEvaluations } from './en-evaluations';
import { enRecords } from './en-records';
import { enStudy } from './en-study';
import { enPlanning } from './en-planning';
import { enWords } from './en-words';
import { enReach } from './en-reach';
import { enInspections } from './en-inspections';
import { enReports } from './en-reports';
import { enPrograms } from './en-programs';
import { enReviews } from './en-reviews';
import { enPaperwork } from './en-paperwork';
import { enExports } from './en-exports';
import { enHome } from './en-home';
import { enNotify } from './en-notify';
import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = {
  ...enCore, ...enRecords, ...enStudy, ...enAttendance, ...enDialogue, ...enEvaluations, ...enWords, ...enPlanning, ...enReach, ...enAccess,
  ...enReports, ...enInspections, ...enPrograms,
  ...enReviews,
  ...enPaperwork,
  ...enExports,
  ...enNotify,
  ...enHome,
};
