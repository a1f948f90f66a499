import { useEffect, useRef, useState } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { StepCaption } from './StepCaption';
import { presenterChannelName, readToPresenter, type FromPresenter, type PresenterState } from './presenterChannel';
import './present.css';

function elapsed(since: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The presenter's second window (`#/presenter/<channel>`): the step's caption and notes, the next
 * step, a timer, and buttons that move the presentation. It follows the presenting tab over its
 * channel and holds no document of its own.
 */
export function PresenterView({ channel }: { channel: string }) {
  const t = useT();
  const [state, setState] = useState<PresenterState | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const send = useRef<(message: FromPresenter) => void>(() => undefined);

  useEffect(() => {
    const port = new BroadcastChannel(presenterChannelName(channel));
    port.onmessage = (event: MessageEvent<unknown>) => {
      const message = readToPresenter(event.data);
      if (message?.kind === 'state') {
        setState(message);
        setEnded(false);
      } else if (message?.kind === 'ended') setEnded(true);
    };
    send.current = (message) => port.postMessage(message);
    port.postMessage({ kind: 'hello' } satisfies FromPresenter);
    return () => port.close();
  }, [channel]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') send.current({ kind: 'move', by: 1 });
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') send.current({ kind: 'move', by: -1 });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (ended || state === null) {
    return (
      <main className="sf-presenter" aria-label={t('present.presenter')}>
        <p role="status">{ended ? t('present.presenterEnded') : t('present.presenterWaiting')}</p>
      </main>
    );
  }
  return (
    <main className="sf-presenter" aria-label={t('present.presenter')}>
      <header className="sf-presenter__bar">
        <span>{t('present.step', { number: state.step, count: state.count })}</span>
        <span className="sf-presenter__timer" role="timer" aria-label={t('present.elapsed')}>
          {elapsed(state.startedAt, now)}
        </span>
      </header>
      <section className="sf-presenter__now" aria-label={t('present.now')}>
        {state.node ? <StepCaption node={state.node} /> : <p>{t('present.empty')}</p>}
      </section>
      <section className="sf-presenter__next" aria-label={t('present.upNext')}>
        <h3>{t('present.upNext')}</h3>
        <p>{state.nextLabel ?? t('present.lastStep')}</p>
      </section>
      <div className="sf-present__controls">
        <button type="button" className="sf-button" onClick={() => send.current({ kind: 'move', by: -1 })} disabled={state.step <= 1}>
          <ChevronLeft size={18} aria-hidden="true" />
          {t('present.previous')}
        </button>
        <button type="button" className="sf-button sf-button--primary" onClick={() => send.current({ kind: 'move', by: 1 })} disabled={state.step >= state.count}>
          {t('present.next')}
          <ChevronRight size={18} aria-hidden="true" />
        </button>
      </div>
    </main>
  );
}
