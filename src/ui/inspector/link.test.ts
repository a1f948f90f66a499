import { describe, expect, it } from 'vitest';
import { parseLinkInput } from './link';

describe('parseLinkInput', () => {
  it('keeps http, https and mailto links', () => {
    for (const link of ['https://crm.example.com/deals?id=4', 'http://intranet.local/playbook', 'mailto:sales@example.com']) {
      expect(parseLinkInput(` ${link} `)).toEqual({ ok: true, link });
    }
  });

  it('adds the scheme a bare address or email obviously needs', () => {
    expect(parseLinkInput('crm.example.com/deals')).toEqual({ ok: true, link: 'https://crm.example.com/deals' });
    expect(parseLinkInput('crm.example.com:8080/x')).toEqual({ ok: true, link: 'https://crm.example.com:8080/x' });
    expect(parseLinkInput('anna@example.com')).toEqual({ ok: true, link: 'mailto:anna@example.com' });
  });

  it('refuses other schemes and text that is no address', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'call Anna', 'localhost:3000']) {
      expect(parseLinkInput(text), text).toEqual({ ok: false });
    }
  });

  it('removes the link when emptied', () => {
    expect(parseLinkInput('   ')).toEqual({ ok: true, link: undefined });
  });
});
