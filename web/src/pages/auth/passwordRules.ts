import type { FormRule as Rule } from 'antd';
import type { TFunction } from '../../i18n';

export const MIN_PASSWORD = 8;

/** Same rule as the server (8+ characters, a letter and a digit), checked before sending. */
export function passwordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('common.required') },
    {
      validator: (_, v: string | undefined) =>
        !v || (v.length >= MIN_PASSWORD && /\p{L}/u.test(v) && /\d/.test(v))
          ? Promise.resolve()
          : Promise.reject(new Error(t('auth.passwordMin', { min: MIN_PASSWORD }))),
    },
  ];
}
