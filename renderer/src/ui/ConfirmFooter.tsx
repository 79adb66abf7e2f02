import type { ReactNode } from 'react';

/**
 * A dialog's Cancel and confirm buttons. With `form` the confirm button submits that form, so
 * Enter in a field confirms too.
 */
export function ConfirmFooter({
  onCancel,
  onConfirm,
  children,
  disabled,
  destructive,
  form,
  autoFocus,
}: {
  onCancel: () => void;
  onConfirm?: () => void;
  /** The confirm button's content, e.g. "Merge". */
  children: ReactNode;
  disabled?: boolean;
  destructive?: boolean;
  form?: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className={destructive ? 'btn btn--primary btn--destructive' : 'btn btn--primary'}
        disabled={disabled}
        onClick={onConfirm}
        autoFocus={autoFocus}
      >
        {children}
      </button>
    </>
  );
}
