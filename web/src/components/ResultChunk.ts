// Ant Design's Result (with its large illustrations) as a chunk of its own: shown only on errors.
export { Result as default } from 'antd';
