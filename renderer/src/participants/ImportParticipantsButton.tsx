import { useRef } from 'react';
import { Icon } from '../ui/Icon';
import { importParticipantsCsv } from './importParticipantsCsv';

/** Chooses a participants CSV (one row per participant, one column per attribute) and imports it. */
export function ImportParticipantsButton() {
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const data = new Uint8Array(await file.arrayBuffer());
    if (input.current) input.current.value = '';
    await importParticipantsCsv({ fileName: file.name, data });
  };

  return (
    <>
      <button type="button" className="btn btn--small" onClick={() => input.current?.click()}>
        <Icon name="upload" small /> Import CSV…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label="Participants CSV file"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
    </>
  );
}
