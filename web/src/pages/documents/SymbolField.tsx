import { Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { checkSymbol } from '../../api/documents';
import { useI18n } from '../../i18n';

type Parsed = { number: number; typeCode: string; issuer: string };

/**
 * The document symbol, checked live by the server (/api/documents/check-symbol): the reason it is
 * wrong appears under the field; when it is right, what was read from it, and the type is filled in.
 */
export function SymbolField({ onParsed }: { onParsed?: (p: Parsed) => void }) {
  const { t, tx } = useI18n();
  const [parsed, setParsed] = useState<Parsed | null>(null);

  return (
    <Form.Item
      name="symbol"
      label={t('docs.symbol')}
      validateDebounce={400}
      hasFeedback
      extra={parsed ? t('docs.symbolOk', { number: parsed.number, type: tx('docs.type', parsed.typeCode), issuer: parsed.issuer }) : t('docs.symbolHint')}
      rules={[
        { required: true, whitespace: true, message: t('common.required') },
        {
          validator: async (_, value: string | undefined) => {
            setParsed(null);
            if (!value?.trim()) return;
            try {
              const p = await checkSymbol(value.trim());
              setParsed(p);
              onParsed?.(p);
            } catch (err) {
              if (err instanceof ApiError) throw new Error(err.fields?.symbol ?? err.message);
              throw err;
            }
          },
        },
      ]}
    >
      <Input maxLength={60} placeholder="57-NQ/TW" autoComplete="off" data-testid="document-symbol-input" />
    </Form.Item>
  );
}
