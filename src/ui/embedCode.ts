// embedCode.ts writes the <iframe> snippet for embedding one chart, and the optional script that keeps its height fitted.

/** The message an embedded chart posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE_TYPE = 'chimera:resize';

export interface EmbedOptions {
  /** The embed URL (carries the whole state). */
  src: string;
  /** Accessible title of the iframe, read by screen readers. */
  title: string;
  widthPx?: number;
  heightPx?: number;
  /** Add the script that fits the iframe's height to the chart through postMessage. */
  resize: boolean;
}

export function embedCode(o: EmbedOptions): string {
  const width = o.widthPx ?? 640;
  const height = o.heightPx ?? 360;
  const iframe =
    `<iframe src="${escapeAttr(o.src)}" title="${escapeAttr(o.title)}" width="${width}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy"></iframe>`;
  if (!o.resize) return iframe;
  const origin = new URL(o.src).origin;
  // Only messages from the chart's own origin and from one of this page's iframes resize anything.
  const script =
    `<script>addEventListener('message',function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(RESIZE_MESSAGE_TYPE)})return;` +
    `var h=Number(e.data.height);if(!(h>0&&h<10000))return;` +
    `document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(h)+'px';});` +
    `});</script>`;
  return `${iframe}\n${script}`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
