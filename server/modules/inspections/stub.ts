import { AppError } from '../../core/errors.js';

/** Placeholder while the handlers are written (the shapes in schemas.ts are final). */
export function notYet(): never {
  throw new AppError(501, 'not_implemented');
}
