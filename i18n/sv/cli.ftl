# The command line (kanta-extranet check) and the messages for files that cannot be read
# (file-error-<kind>, also for importing). Swedish.

cli-check-summary = { $file }: { $errors ->
    [0] inga fel
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [0] inga varningar
    [one] 1 varning
   *[other] { $warnings } varningar
}.
cli-severity-error = fel
cli-severity-warning = varning

file-error-read = Filen kan inte läsas ({ $reason }). Kontrollera filens namn och behörigheter.
file-error-encoding = Filen är inte UTF-8-text. Spara den som en UTF-8-kodad JSON-fil.
file-error-too-large = Filen är för stor ({ $megabytes } MB, högst { $limit } MB). Kontrollera att du valde rätt fil.
file-error-syntax = Filen är inte giltig JSON på rad { $line }, kolumn { $column } (teknisk beskrivning: { $detail }). Rätta stället eller exportera filen på nytt från systemet.
file-error-truncated = Filen tar slut för tidigt på rad { $line }, kolumn { $column }. Filen har kanske kapats: spara eller exportera den på nytt.
file-error-shape = Filen är JSON men inte en ansökningsfil: på rad { $line }, kolumn { $column } finns ett fel (teknisk beskrivning: { $detail }). Jämför filen med schemat som kommandot kanta-extranet schema skriver ut.
file-error-unsupported-format = Filens formatversion { $found } stöds inte; den här appen läser version { $supported }. Uppdatera appen eller exportera filen i den här versionens format.
file-error-too-many-items = Filen har { $count } poster på stället { $at }, högst { $limit } godkänns. Kontrollera att du valde rätt fil, eller exportera filen på nytt från systemet.
file-error-text-too-long = Filen har en text på { $chars } tecken på stället { $at }, högst { $limit } tecken godkänns. Förkorta texten eller exportera filen på nytt från systemet.

cli-pdf-written = { $file }: PDF-filen har skrivits.
cli-pdf-not-signed = { $file }: ansökan har ingen undertecknad förbindelse, så förbindelsen kan inte skrivas ut. Underteckna förbindelsen i appen och exportera ansökan på nytt.
cli-pdf-not-valid = { $file }: ansökan kan inte skrivas ut eftersom den innehåller fel. Rätta dem (se kanta-extranet check) och försök på nytt.
cli-pdf-write = PDF-filen { $file } kan inte skrivas ({ $reason }). Kontrollera mappen och behörigheterna.
