// The light components: the phone pages and the shell use these instead of Ant Design (see lite.css).
export { Button, ButtonLink, type ButtonProps, type ButtonVariant } from './Button';
export { PasswordField, SelectField, TextAreaField, TextField, type Option } from './Field';
export { Alert, Card, Empty, Item, ItemList, Result, Skeleton, Spinner, Stat, Tag, type AlertType, type ResultStatus, type TagColor } from './Display';
export { Pager, Segmented, Tabs, type TabItem } from './Controls';
export { Dialog } from './Dialog';
export { SearchField } from './Search';
export { useWide } from './useWide';
export { RatingField, Stars, SwitchField } from './Choice';
export { Facts } from './Facts';
export { useNotice } from './Notice';
