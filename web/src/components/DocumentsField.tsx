import { DeleteOutlined } from '@ant-design/icons';
import { Button, List } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import { DocumentPicker } from './DocumentPicker';

export interface DocRef { id: number; symbol: string; title: string }

/** Several documents for a Form.Item (value = ids): the chosen ones listed, a DocumentPicker to add more. */
export function DocumentsField({ value = [], onChange, initial = [], id }: { value?: number[]; onChange?: (v: number[]) => void; initial?: DocRef[]; id?: string }) {
  const t = useT();
  const [labels, setLabels] = useState<Record<number, string>>(() => Object.fromEntries(initial.map((d) => [d.id, `${d.symbol} — ${d.title}`])));
  return (
    <div data-testid="documents-field">
      {value.length > 0 && (
        <List
          size="small"
          bordered
          style={{ marginBottom: 8 }}
          dataSource={value}
          renderItem={(docId) => (
            <List.Item actions={[<Button key="rm" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => onChange?.(value.filter((v) => v !== docId))} />]}>
              {labels[docId] ?? t('words.chosenDocument')}
            </List.Item>
          )}
        />
      )}
      <DocumentPicker
        id={id}
        value={undefined}
        exclude={value}
        onPick={(d) => {
          setLabels((l) => ({ ...l, [d.id]: d.label }));
          onChange?.([...value, d.id]);
        }}
      />
    </div>
  );
}
