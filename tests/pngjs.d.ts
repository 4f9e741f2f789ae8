// pngjs (installed with qrcode) ships no types; the tests only read a PNG into RGBA pixels to decode a QR code.
declare module 'pngjs' {
  export const PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
}
