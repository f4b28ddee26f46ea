import { Link } from 'react-router';
import { ApiRequestError, clientErrorCodes, type ClientErrorCode } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { PageTitle } from './page-title';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

function isClientCode(code: string): code is ClientErrorCode {
  return (clientErrorCodes as readonly string[]).includes(code);
}

/** The message to show for a failed request: the API's own message, or a translated client-side one. */
export function useErrorMessage(): (error: Error) => string {
  const t = useT();
  return (error) => {
    if (error instanceof ApiRequestError) {
      if (isClientCode(error.code)) return t(`error.${error.code}`, { status: error.status });
      return error.message;
    }
    return t('error.unexpected');
  };
}

export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const t = useT();
  const messageOf = useErrorMessage();
  const issues = error instanceof ApiRequestError ? error.issues : [];
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{t('error.title')}</h2>
      <p>{messageOf(error)}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {t('error.issue', { path: issue.path, message: issue.message })}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function NotFoundState({
  title,
  body,
  backTo,
  backLabel,
}: {
  title: string;
  body: string;
  backTo: string;
  backLabel: string;
}) {
  return (
    <div className="state state--not-found">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to={backTo} className="button button--primary">
          {backLabel}
        </Link>
      </p>
    </div>
  );
}

/** A failed request's message under the control that sent it, announced; nothing while it has not failed. */
export function RequestError({ error }: { error: Error | null }) {
  const messageOf = useErrorMessage();
  if (!error) return null;
  return (
    <p className="form-field__error" role="alert">
      {messageOf(error)}
    </p>
  );
}
