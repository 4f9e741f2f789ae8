import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Typography, Upload } from 'antd';
import { attachmentUrl, useDeleteAttachment, useUploadAttachment, type DocumentDetail } from '../../api/documents';
import { EmptyState } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime, formatSize } from '../../lib/format';

const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

/** Files of a document: download links for everyone, upload/delete for those who keep the registry. */
export function AttachmentsCard({ doc, canWrite }: { doc: DocumentDetail; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const upload = useUploadAttachment(doc.id);
  const remove = useDeleteAttachment();

  return (
    <Card
      title={t('docs.attachments')}
      className="section"
      data-testid="document-attachments"
      extra={canWrite && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file, { onSuccess: (a) => message.success(t('docs.uploaded', { name: a.filename })) });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-upload">{t('docs.upload')}</Button>
        </Upload>
      )}
    >
      {upload.error && (
        <Alert type="error" showIcon closable={{ onClose: () => upload.reset() }} title={upload.error.message} style={{ marginBottom: 12 }} data-testid="attachment-error" />
      )}
      {canWrite && <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>{t('docs.uploadHint')}</Typography.Text>}
      {doc.attachments.length === 0 ? <EmptyState description={t('docs.noAttachments')} /> : (
        <List
          size="small"
          dataSource={doc.attachments}
          renderItem={(a) => (
            <List.Item
              key={a.id}
              actions={canWrite ? [
                <Popconfirm key="del" title={t('common.delete')} description={a.filename} okText={t('common.delete')} cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(a.id).then(() => message.success(t('common.deleted')))}>
                  <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>,
              ] : []}
            >
              <List.Item.Meta
                avatar={<PaperClipOutlined />}
                title={<a href={attachmentUrl(a.id)} download={a.filename} data-testid="attachment-link">{a.filename}</a>}
                description={`${formatSize(a.size)} · ${formatDateTime(a.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
