import { Icon } from './Icon';

/** A refusal or validation message in a form, announced to assistive technology. */
export function ErrorMessage({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="message message--error" role="alert">
      <Icon name="alert" small /> {error}
    </p>
  );
}
