# The PDFs: the signed commitment and the whole application, for printing and archiving. The
# field labels are the app's own (customer-, contact-, billing-...). Swedish.

pdf-application-title = Ansökan: { $service }
pdf-printed = Utskriven från Kanta Extranätet { $time }.
pdf-time = { $date } kl. { $time }
pdf-customer-heading = Kund
pdf-address = Adress
pdf-commitment-text-heading = Förbindelsens text
pdf-signature-heading = Underskrift
pdf-statement = Bekräftelse
pdf-signer = Undertecknare
pdf-basis = Grund
pdf-signed-at = Undertecknad
pdf-identifiers-heading = Identifierare
pdf-application-id = Ansökans identifierare
pdf-service = Tjänst
pdf-status = Status
pdf-fingerprint = SHA-256-kontrollsumma
pdf-fingerprint-note = Kontrollsumman är beräknad på ansökans exportfil (JSON), som appen sparar med funktionen ”Exportera ansökan till en fil”. Den som kontrollerar kan beräkna filens kontrollsumma till exempel med kommandot sha256sum och jämföra den med denna.
pdf-footer = { $title } · { $id } · Sida { $page } / { $pages }
pdf-subject = { $service }, { $organisation } ({ $businessId })
pdf-save-commitment = Spara förbindelsen som PDF-fil
pdf-save-application = Spara ansökan som PDF-fil
pdf-language = PDF-filens språk
pdf-heading = Utskrift och arkivering
pdf-intro = Spara PDF-filen i arkivet. Den öppnas efter att den sparats i ett visningsprogram, där du kan skriva ut den.
pdf-dialog-title = Spara PDF-fil
pdf-saved = PDF-filen sparades.
