import type { ThemeConfig } from 'antd';
import { LARGE_FONT } from './lib/textSize';

/**
 * Party red as the primary colour, gold as the accent; system fonts that render Vietnamese well.
 * Links are a dark blue, not the red: red text is kept for what needs attention (overdue, errors).
 *
 * Every text colour reaches a contrast of 4.5:1 (WCAG 2.1 AA) on white and on the grey page (#f5f5f5), and a tag's
 * text on its own light background: Ant Design's defaults for secondary text (45 % black), placeholders (25 %) and
 * the status and tag colours (green, orange, gold, the pale blue) fall short, so those are darkened here — only
 * the text shades; the light backgrounds and borders stay Ant Design's.
 */
const SHADE_7 = { green: '#237804', orange: '#ad4e00', gold: '#874d00', volcano: '#ad2102', cyan: '#006d75', lime: '#3f6600' };
// Ant Design keeps each shade under two names (green7 and green-7, one CSS variable): both are set.
const shade7 = Object.fromEntries(Object.entries(SHADE_7).flatMap(([c, v]) => [[`${c}7`, v], [`${c}-7`, v]]));

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#0958d9',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    // Descriptions, captions, statistic titles, empty states: 5.6:1 on white, 5.2:1 on the grey page.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // Placeholders and disabled text still read as lighter than a value, at 4.9:1.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    // Status colours as text (status tags, Typography success/warning/danger, form errors), with their light backgrounds.
    colorSuccess: '#237804', colorSuccessText: '#237804', colorSuccessBg: '#f6ffed', colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00', colorWarningText: '#ad4e00', colorWarningBg: '#fff7e6', colorWarningBorder: '#ffd591',
    colorError: '#cf1322', colorErrorText: '#cf1322', colorErrorBg: '#fff1f0', colorErrorBorder: '#ffa39e',
    colorInfo: '#0958d9', colorInfoText: '#0958d9', colorInfoBg: '#e6f4ff', colorInfoBorder: '#91caff',
    // Tag text (shade 7 of each preset colour) where Ant Design's is too light on the tag's shade 1.
    ...shade7,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f5f5f5' },
  },
};

const large: ThemeConfig = { ...theme, token: { ...theme.token, fontSize: LARGE_FONT } };

/** The theme with the device's text size: every font size of Ant Design derives from the fontSize token. */
export const themeFor = (largeText: boolean): ThemeConfig => (largeText ? large : theme);
