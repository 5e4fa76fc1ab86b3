# The billing step (Faktureringsuppgifter). Swedish.

billing-intro = Faktureringsuppgifterna består av kunduppgifterna från basregistren och de uppgifter som anges på den här blanketten. E-faktura används i första hand om du anger uppgifterna för den.
billing-given-heading = Faktureringsuppgifter
billing-language = Faktureringsspråk
billing-language-choice = Välj faktureringsspråk
billing-language-fi = Finska
billing-language-sv = Svenska
billing-e-invoice-address = E-fakturaadress
billing-e-invoice-address-hint = OVT-kod (till exempel 003712345678), Peppol-id eller IBAN-kontonummer, så som din operatör eller bank ger den.
billing-operator-id = Förmedlarkod
billing-operator-id-hint = Operatörens OVT-kod (till exempel 003721291126), bankens BIC eller operatörens egen kod (till exempel E204503).
billing-invoice-reference = Kundens fakturareferens
billing-address = Faktureringsadress
billing-postal-code = Postnummer
billing-post-office = Postanstalt
