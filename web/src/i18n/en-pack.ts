// English, as a chunk of its own (loaded by loadLang): the dictionary and Ant Design's English texts.
export { en } from './en';
export { default as antdEn } from 'antd/locale/en_US';
