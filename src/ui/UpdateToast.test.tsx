// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { UpdateToast } from './UpdateToast';

describe('UpdateToast', () => {
  it('offers the new version and reloads only when asked', () => {
    const onReload = vi.fn();
    render(
      <I18nProvider language="en">
        <UpdateToast onReload={onReload} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain('A new version is available — Reload to update');
    expect(onReload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('speaks Chinese, and Dismiss keeps the running version without reloading', () => {
    const onReload = vi.fn();
    render(
      <I18nProvider language="zh-CN">
        <UpdateToast onReload={onReload} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(onReload).not.toHaveBeenCalled();
  });
});
