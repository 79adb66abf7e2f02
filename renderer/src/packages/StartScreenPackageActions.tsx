import { OpenPackageForm } from './OpenPackageForm';

/** Start-screen section: open a coder package, sent by the lead, as a new project. */
export function StartScreenPackageActions() {
  return (
    <section className="start__section" aria-labelledby="start-package">
      <h2 id="start-package" className="start__heading">
        Open a coder package
      </h2>
      <p className="muted">
        Coding on your own computer? Choose the package your lead sent you and where to keep your
        copy. When you are done, export your return and send it back.
      </p>
      <OpenPackageForm />
    </section>
  );
}
