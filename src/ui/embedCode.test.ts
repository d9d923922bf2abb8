// embedCode.test.ts checks the iframe snippet: escaped attributes, a title, and a resize script bound to the chart's origin.
import { describe, expect, it } from 'vitest';
import { RESIZE_MESSAGE_TYPE, embedCode } from './embedCode';

describe('embedCode', () => {
  it('writes an iframe with a title and escaped attributes', () => {
    const code = embedCode({ src: 'https://uni.example/chimera/?s=abc&x="1"', title: 'Timeline <of> "cells"', resize: false });
    expect(code).toBe(
      '<iframe src="https://uni.example/chimera/?s=abc&amp;x=&quot;1&quot;" title="Timeline &lt;of&gt; &quot;cells&quot;" width="640" height="360" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('adds a resize script that only listens to the chart origin', () => {
    const code = embedCode({ src: 'https://uni.example/sub/chimera/?s=abc', title: 'T', resize: true, widthPx: 800, heightPx: 450 });
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(/width="800" height="450"/);
    expect(script).toContain('e.origin!=="https://uni.example"');
    expect(script).toContain(`e.data.type!==${JSON.stringify(RESIZE_MESSAGE_TYPE)}`);
    expect(script).toMatch(/^<script>.*<\/script>$/);
  });
});
