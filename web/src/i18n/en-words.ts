import type { viWords } from './vi-words';

export const enWords: Record<keyof typeof viWords, string> = {
  'date.invalid': 'The date {value} does not exist; please type it again',
  'date.incomplete': 'The date is incomplete ({format})',

  'people.duplicateTitle': 'This person may already exist',
  'people.duplicateConfirm': 'Add a new person anyway',
};
