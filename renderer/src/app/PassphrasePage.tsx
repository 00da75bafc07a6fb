/**
 * Unlocking the drafts, or choosing a passphrase the first time on a computer whose key store does
 * not really protect the key (DESIGN.md "Privacy and security"). The passphrase rules and messages are
 * the HostApi contract's (forms/host/hostApi.ts); the host's answer is shown as the field's error.
 */
import { useState, type FormEvent } from 'react';
import { NewPassphraseSchema, PassphraseSchema, type VaultStatus } from '../../../forms/host/hostApi';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Details } from '../components/Misc';
import { TextInput } from '../components/TextInput';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';

export interface PassphrasePageProps {
  mode: 'unlock' | 'set-up';
  status: VaultStatus;
  onUnlocked: (status: VaultStatus) => void;
}

const FIELD_ID = 'passphrase';

export function PassphrasePage({ mode, status, onUnlocked }: PassphrasePageProps) {
  const host = useHost();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const title = mode === 'unlock' ? 'Unlock your drafts' : 'Choose a passphrase to lock your drafts';
  usePageTitle(title, error !== undefined);

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const checked = (mode === 'unlock' ? PassphraseSchema : NewPassphraseSchema).safeParse(passphrase);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Enter your passphrase.');
      return;
    }
    setBusy(true);
    const result = mode === 'unlock' ? await host.unlockVault({ passphrase }) : await host.setUpPassphrase({ passphrase });
    setBusy(false);
    if (result.ok) {
      setError(undefined);
      onUnlocked(result.value);
    } else {
      // The passphrase is kept so a typo can be corrected rather than retyped (nothing cleared).
      setError(result.error.message);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={error ? [{ targetId: FIELD_ID, message: error }] : []} attempt={attempt} />
        <h1 className="govuk-heading-l">{title}</h1>
        {status.backendChanged && (
          <p className="govuk-body">The way this computer protected your drafts has changed. Use your passphrase to unlock them.</p>
        )}
        {mode === 'set-up' ? (
          <p className="govuk-body">
            Your answers are saved on this computer, locked with a passphrase only you know. Choose one you will remember: three random
            words work well. Nobody can recover your drafts without it.
          </p>
        ) : (
          <p className="govuk-body">Your drafts are locked. Enter the passphrase you chose to open them.</p>
        )}
        <form noValidate onSubmit={(event) => void handleSubmit(event)}>
          <TextInput
            id={FIELD_ID}
            label="Passphrase"
            type="password"
            autoComplete={mode === 'unlock' ? 'current-password' : 'new-password'}
            spellCheck={false}
            value={passphrase}
            onChange={setPassphrase}
            error={error}
          />
          <Button type="submit" disabled={busy}>
            {mode === 'unlock' ? 'Unlock' : 'Lock my drafts with this passphrase'}
          </Button>
        </form>
        <Details summary="Where are my drafts kept?">
          <p className="govuk-body app-break-word">In this folder on your computer: {status.draftsFolder}</p>
        </Details>
      </div>
    </div>
  );
}
