import { Button, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useUpdateRecommendation, type RecommendationDetail } from '../../api/recommendations';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';

/** The team corrects what a recommendation asks or moves its deadline. */
export function EditRecommendation({ rec }: { rec: RecommendationDetail }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ body: string; deadline: Dayjs }>();
  const update = useUpdateRecommendation(rec.id);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="rec-edit">{t('rec.editRec')}</Button>
      <FormModal<{ body: string; deadline: Dayjs }>
        open={open}
        title={t('rec.editRec')}
        form={form}
        onClose={() => setOpen(false)}
        onSubmit={(v) => update.mutateAsync({ body: v.body.trim(), deadline: toApiDate(v.deadline)! })}
        success={t('common.saved')}
        initialValues={{ body: rec.body, deadline: fromApiDate(rec.deadline) }}
      >
        <Form.Item name="body" label={t('insp.recBody')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="deadline" label={t('insp.recDeadline')} rules={[{ required: true, message: t('common.required') }]}><DateField /></Form.Item>
      </FormModal>
    </>
  );
}
