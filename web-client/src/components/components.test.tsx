import { useState } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHub, renderWith, mockFetch } from '../test/render';
import { ConnectionStatus } from './ConnectionStatus';
import { HubContext } from '../realtime/hub';
import { I18nProvider } from '../i18n/i18n';
import { NewPostsBanner } from './LiveFeed';
import { Reactions } from './Reactions';
import { renderMarkdown } from './Markdown';
import { RuleForm } from '../pages/admin/Rules';
import { Login } from '../pages/Login';

describe('NewPostsBanner', () => {
  it('counts distinct live posts of its group and keeps its slot when empty', () => {
    const { hub, container } = renderWith(<NewPostsBanner queryKey={['feed']} groupId="g1" />);
    expect(container.querySelector('.banner-slot')).not.toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    act(() => {
      hub.emit('postPublished', { postId: 'p1', groupId: 'g1' });
      hub.emit('postPublished', { postId: 'p1', groupId: 'g1' });
      hub.emit('postPublished', { postId: 'p2', groupId: 'other' });
      hub.emit('PostPublished', { postId: 'p3', groupId: 'g1' });
    });
    expect(screen.getByRole('button').textContent).toBe('2 new posts: show them');
    fireEvent.click(screen.getByRole('button'));
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('Reactions', () => {
  it('puts a reaction that is not mine and deletes one that is', async () => {
    const calls = mockFetch((method) => [200, { reactions: { like: method === 'PUT' ? 3 : 1 }, myReactions: method === 'PUT' ? ['like'] : [] }]);
    function Host() {
      const [state, setState] = useState({ reactions: { like: 2 } as Record<string, number | string>, mine: [] as string[] });
      return <Reactions target="posts" id="p1" reactions={state.reactions} mine={state.mine} onChange={(reactions, mine) => setState({ reactions, mine })} />;
    }
    renderWith(<Host />);
    const like = () => screen.getByRole('button', { name: 'React with Like' });
    expect(like().getAttribute('aria-pressed')).toBe('false');
    expect(like().textContent).toContain('2');
    fireEvent.click(like());
    await waitFor(() => expect(like().getAttribute('aria-pressed')).toBe('true'));
    expect(like().textContent).toContain('3');
    expect(calls[0]).toMatchObject({ method: 'PUT', path: '/api/posts/p1/reactions/like' });
    fireEvent.click(like());
    await waitFor(() => expect(like().getAttribute('aria-pressed')).toBe('false'));
    expect(calls[1]).toMatchObject({ method: 'DELETE', path: '/api/posts/p1/reactions/like' });
  });
});

describe('Markdown preview', () => {
  it('renders Markdown and strips scripts and event handlers', () => {
    const html = renderMarkdown('**bold** <img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('<script');
  });
});

describe('forms show server validation errors next to the field', () => {
  it('rule editor marks the points field invalid with the server message', async () => {
    mockFetch(() => [400, { title: 'One or more fields are invalid.', code: 'validation_failed', errors: { points: ['Points must be between 1 and 10000.'] } }]);
    renderWith(<RuleForm rule={null} catalogue={[{ eventType: 'PostPublished', description: '', recipients: ['actor'] }]} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText('Points'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Points must be between 1 and 10000.')).toBeTruthy();
    expect(screen.getByLabelText(/^Points/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Some fields need attention.')).toBeTruthy();
  });

  it('sign-in translates the invalid_credentials code into the chosen language', async () => {
    mockFetch(() => [401, { code: 'invalid_credentials', detail: 'Invalid email or password.' }]);
    renderWith(<Login />, { locale: 'zh-CN' });
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'a@b.c' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('邮箱或密码错误。');
  });

  it('rule editor shows the translated field message from the server code in Chinese', async () => {
    mockFetch(() => [400, {
      code: 'validation_failed',
      errors: { points: ["'Points' must be between 1 and 10000. You entered 0."] },
      fieldErrors: { points: [{ code: 'between', args: { from: 1, to: 10000 } }] },
    }]);
    renderWith(<RuleForm rule={null} catalogue={[{ eventType: 'PostPublished', description: '', recipients: ['actor'] }]} onDone={() => {}} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('须在 1 到 10000 之间。')).toBeTruthy();
    expect(screen.queryByText(/You entered/)).toBeNull();
  });
});

describe('ConnectionStatus', () => {
  it('says nothing before the first connection, announces a drop, and clears once reconnected', () => {
    const view = (connected: boolean) => (
      <I18nProvider initial="zh-CN">
        <HubContext.Provider value={{ ...fakeHub(), connected }}>
          <ConnectionStatus />
        </HubContext.Provider>
      </I18nProvider>
    );
    const { rerender } = render(view(false));
    const status = () => screen.getByTestId('connection');
    expect(status().dataset.state).toBe('idle');
    expect(status().textContent).toBe('');
    rerender(view(true));
    expect(status().dataset.state).toBe('connected');
    rerender(view(false));
    expect(status().dataset.state).toBe('reconnecting');
    expect(status().textContent).toBe('连接已断开，正在重新连接…');
    rerender(view(true));
    expect(status().textContent).toBe('');
  });
});
