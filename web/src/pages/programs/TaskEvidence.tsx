import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Typography, Upload } from 'antd';
import { evidenceUrl, useDeleteEvidence, useUploadEvidence, type TaskDetail } from '../../api/programs';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatSize } from '../../lib/format';

// The same types as document attachments (the server checks them again, and the size).
const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

/** Evidence files of a task: download for whoever sees it, upload and delete for the responsible (or assigning) unit. */
export function TaskEvidence({ task, canWrite }: { task: TaskDetail; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadEvidence(task.id);
  const remove = useDeleteEvidence();

  return (
    <Card size="small" title={t('tasks.evidence')} className="section" data-testid="task-evidence"
      extra={canWrite && (
        <Upload accept={ACCEPT} showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file, { onSuccess: (e) => message.success(t('docs.uploaded', { name: e.filename })) });
            return false;
          }}>
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="evidence-upload">{t('tasks.uploadEvidence')}</Button>
        </Upload>
      )}>
      {upload.error && (
        <Alert type="error" showIcon closable={{ onClose: () => upload.reset() }} title={upload.error.message} style={{ marginBottom: 12 }} data-testid="evidence-error" />
      )}
      {canWrite && <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>{t('docs.uploadHint')}</Typography.Text>}
      {task.evidence.length === 0 ? <EmptyState description={t('tasks.noEvidence')} /> : (
        <List size="small" dataSource={task.evidence} renderItem={(e) => (
          <List.Item key={e.id} actions={canWrite ? [
            <Popconfirm key="del" title={t('common.delete')} description={e.filename} okText={t('common.delete')} cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync(e.id).then(() => message.success(t('common.deleted')), (err: Error) => message.error(err.message))}>
              <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`${t('common.delete')}: ${e.filename}`} />
            </Popconfirm>,
          ] : []}>
            <List.Item.Meta avatar={<PaperClipOutlined />}
              title={<a href={evidenceUrl(e.id)} download={e.filename} data-testid="evidence-link">{e.filename}</a>}
              description={`${formatSize(e.size)} · ${formatDateTime(e.createdAt)}`} />
          </List.Item>
        )} />
      )}
    </Card>
  );
}
