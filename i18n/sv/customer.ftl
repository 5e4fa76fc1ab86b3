# The customer data step (Kunduppgifter). Swedish.

customer-intro = Dessa grunduppgifter om kundrelationen gäller alla Kanta-tjänster som organisationen använder. Till e-postadressen skickas meddelandet om att ansökan godkänts och en kopia av förbindelsen om kundrelationen.
customer-register-heading = Kunduppgifter från basregistret
customer-register-note = Namn, FO-nummer och OID kommer från basregistren (THL:s organisationsregister för social- och hälsovården, Valviras register). Anmäl fel i dem direkt till den registeransvarige.
customer-name = Namn
customer-business-id = FO-nummer
customer-oid = OID
customer-given-heading = Kunduppgifter som ska anges
customer-street-address = Gatuadress
customer-postal-code = Postnummer
customer-post-office = Postanstalt
customer-email = E-post
customer-phone = Telefonnummer
customer-postal-code-hint = Fem siffror, till exempel 00100.
customer-phone-hint = Till exempel 040 123 4567 eller +358 40 123 4567.
