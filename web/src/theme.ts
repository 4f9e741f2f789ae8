import type { ThemeConfig } from 'antd';

/**
 * Party red as the primary colour, gold as the accent; system fonts that render Vietnamese well.
 * Links are a dark blue, not the red: red text is kept for what needs attention (overdue, errors).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#0958d9',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f5f5f5' },
  },
};
