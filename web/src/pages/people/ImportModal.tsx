import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { peopleTemplateUrl, useImportPeople, type ImportRowError } from '../../api/people';
import { DataTable } from '../../components/DataTable';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rows the server rejected (422 import_failed): nothing was imported, every problem is listed. */
function rowErrors(err: unknown): ImportRowError[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return [];
  return err.details as ImportRowError[];
}

export function ImportModal({ open, onClose, defaultOrgId }: { open: boolean; onClose: () => void; defaultOrgId?: number }) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [orgId, setOrgId] = useState<number | undefined>(defaultOrgId);
  const imp = useImportPeople();
  const errors = rowErrors(imp.error);

  const close = () => {
    setFile(null);
    imp.reset();
    onClose();
  };
  const submit = () => {
    if (!file) return;
    imp.mutate({ file, orgId }, {
      onSuccess: (r) => {
        message.success(t('people.imported', { count: r.imported }));
        close();
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('people.importTitle')}
      onCancel={close}
      onOk={submit}
      okText={t('people.import')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !file }}
      confirmLoading={imp.isPending}
      width={720}
      destroyOnHidden
      data-testid="people-import-modal"
    >
      <Form layout="vertical">
        <Form.Item label={`1. ${t('people.importStep1')}`}>
          <a href={peopleTemplateUrl()} download data-testid="people-template">
            <Button icon={<DownloadOutlined />}>{t('people.template')}</Button>
          </a>
        </Form.Item>
        <Form.Item label={`2. ${t('people.importStep2')}`}>
          <OrgPicker value={orgId} onChange={setOrgId} />
        </Form.Item>
        <Form.Item label={`3. ${t('people.importStep3')}`}>
          <Upload.Dragger
            accept={XLSX}
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              imp.reset();
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'import', name: file.name, status: 'done' }] : []}
            data-testid="people-import-file"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('people.chooseFile')}</p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {imp.error && <Alert type="error" showIcon title={imp.error.message} style={{ marginBottom: 12 }} data-testid="people-import-error" />}
      {errors.length > 0 && (
        <>
          <Typography.Text strong>{t('people.importErrors')}</Typography.Text>
          <DataTable<ImportRowError>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            dataSource={errors}
            pagination={errors.length > 10 ? { pageSize: 10 } : false}
            scroll={{ x: 480 }}
            columns={[
              { title: t('people.row'), dataIndex: 'row', width: 70 },
              { title: t('people.column'), dataIndex: 'column', width: 160 },
              { title: t('people.message'), dataIndex: 'message' },
            ]}
            data-testid="people-import-errors"
          />
        </>
      )}
    </Modal>
  );
}
