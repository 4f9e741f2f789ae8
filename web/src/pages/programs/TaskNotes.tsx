import { Alert, Button, Card, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { TASK_STATUSES, useAddNote, type TaskDetail, type TaskStatus } from '../../api/programs';
import { FormError } from '../../components/FormError';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';

interface Values { body: string; status?: TaskStatus | 'keep' }

/** Progress notes, newest as the server lists them; a note may move the task's status. */
export function TaskNotes({ task, canWrite }: { task: TaskDetail; canWrite: boolean }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const add = useAddNote(task.id);
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  const submit = async (v: Values) => {
    setError(null);
    setDone(false);
    try {
      await add.mutateAsync({ body: v.body.trim(), status: v.status && v.status !== 'keep' ? v.status : undefined });
      form.resetFields();
      setDone(true);
    } catch (err) {
      setError(err);
      setExtra(applyFieldErrors(form, err));
    }
  };

  return (
    <Card size="small" title={t('tasks.notes')} className="section" data-testid="task-notes">
      {task.notes.length === 0 ? <EmptyState description={t('tasks.noNotes')} /> : (
        <List size="small" dataSource={task.notes} renderItem={(n) => (
          <List.Item key={n.id} data-testid="task-note">
            <List.Item.Meta
              title={<span>{n.author ?? n.orgName} <Typography.Text type="secondary" style={{ fontWeight: 400 }}>· {n.orgName} · {formatDateTime(n.createdAt)}</Typography.Text></span>}
              description={<>
                {n.status && <Tag color="blue" style={{ marginBottom: 4 }}>{tx('task.status', n.status)}</Tag>}
                <div style={{ whiteSpace: 'pre-wrap', color: 'inherit' }}>{n.body}</div>
              </>}
            />
          </List.Item>
        )} />
      )}
      {canWrite && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ status: 'keep' }} style={{ marginTop: 12 }}>
          <FormError error={error} extra={extra} />
          {done && <Alert type="success" showIcon title={t('tasks.noteAdded')} closable={{ onClose: () => setDone(false) }} style={{ marginBottom: 8 }} data-testid="note-added" />}
          <Form.Item name="body" label={t('tasks.noteBody')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} data-testid="note-body" />
          </Form.Item>
          <Form.Item name="status" label={t('tasks.noteStatus')}>
            <Select data-testid="note-status" options={[{ value: 'keep', label: t('tasks.noteStatusKeep') },
              ...TASK_STATUSES.map((s) => ({ value: s, label: tx('task.status', s) }))]} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="note-submit">{t('tasks.addNote')}</Button>
        </Form>
      )}
    </Card>
  );
}
