/** A QR code the server drew as SVG, shown as an image (no markup injected into the page). */
export function QrImage({ svg, alt, size, testId }: { svg: string; alt: string; size?: number | string; testId?: string }) {
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return <img src={src} alt={alt} data-testid={testId} style={{ width: size ?? '100%', maxWidth: '100%', aspectRatio: '1 / 1', display: 'block', margin: '0 auto', imageRendering: 'pixelated' }} />;
}
