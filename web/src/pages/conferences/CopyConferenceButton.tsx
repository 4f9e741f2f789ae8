import { CopyOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ConferenceDetail } from '../../api/conferences';
import { useCopyConference } from '../../api/planning';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';
import { toApiInstant } from '../../lib/format';

interface Values { title: string; startsAt: Dayjs; endsAt: Dayjs }

/** "Sao chép": a new conference like this one on new dates (POST /conferences/:id/copy), then opens it. */
export function CopyConferenceButton({ conf }: { conf: ConferenceDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const copy = useCopyConference(conf.id);
  const required = [{ required: true, message: t('common.required') }];
  return (
    <>
      <Button icon={<CopyOutlined />} onClick={() => setOpen(true)} data-testid="conference-copy">{t('copy.action')}</Button>
      <FormModal<Values>
        open={open} title={t('copy.title')} form={form} onClose={() => setOpen(false)} success={t('copy.done')} testId="copy-form"
        initialValues={{ title: conf.title }}
        onSubmit={async (v) => {
          const c = await copy.mutateAsync({ title: v.title.trim(), startsAt: toApiInstant(v.startsAt)!, endsAt: toApiInstant(v.endsAt)! });
          navigate(`/conferences/${c.id}`);
        }}>
        <Typography.Paragraph type="secondary">{t('copy.hint')}</Typography.Paragraph>
        <Form.Item name="title" label={t('conf.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('conf.startsAt')} rules={required}><DateField showTime /></Form.Item>
        <Form.Item name="endsAt" label={t('conf.endsAt')} dependencies={['startsAt']} rules={[...required, ({ getFieldValue }) => ({
          validator: (_, v: Dayjs | undefined) => (!v || !getFieldValue('startsAt') || v.isAfter(getFieldValue('startsAt')) ? Promise.resolve() : Promise.reject(new Error(t('conf.endBeforeStart')))),
        })]}><DateField showTime /></Form.Item>
      </FormModal>
    </>
  );
}
