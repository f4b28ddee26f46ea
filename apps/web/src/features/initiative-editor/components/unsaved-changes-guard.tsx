import { useEffect, useId, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '@/lib/i18n';

/**
 * While the form holds unsaved changes: leaving for another page in the app asks first, and
 * closing or reloading the tab triggers the browser's own warning.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const t = useT();
  const titleId = useId();
  const stayRef = useRef<HTMLButtonElement>(null);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked) stayRef.current?.focus();
  }, [blocked]);

  if (!blocked) return null;
  return (
    <div className="unsaved" role="alertdialog" aria-labelledby={titleId}>
      <p id={titleId} className="unsaved__title">
        {t('editor.unsaved.title')}
      </p>
      <div className="unsaved__actions">
        <button
          ref={stayRef}
          type="button"
          className="button button--primary"
          onClick={() => blocker.reset()}
        >
          {t('editor.unsaved.stay')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => blocker.proceed()}
        >
          {t('editor.unsaved.leave')}
        </button>
      </div>
    </div>
  );
}
