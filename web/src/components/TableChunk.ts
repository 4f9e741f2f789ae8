// Ant Design's Table as a chunk of its own (see DataTable): only wide screens load it.
export { Table as default } from 'antd';
