# Names of codes the UI shows (role-<role>, customer-type-<type>, application-status-<status>,
# signing-basis-<basis>). The UI builds these ids from codes in ui/src/lib/messages.ts; a core
# test checks every code has its message. Swedish.

role-administrative-contact = Administrativ kontaktperson
role-data-protection-officer = Dataskyddsombud
role-technical-contact = Kundens tekniska kontaktperson/kontaktpunkt
role-disturbance-notice-recipient = Mottagare av störningsmeddelanden
role-billing-contact = Kontaktperson i faktureringsärenden
role-archivist = Arkivarie
role-imaging-technical-contact = Teknisk kontaktpunkt för Arkivet över bildmaterial

customer-type-health-care-organisation = Organisation inom hälso- och sjukvården
customer-type-social-care-organisation = Organisation inom socialvården
customer-type-independent-practitioner = Självständig yrkesutövare
customer-type-pharmacy = Apotek
customer-type-pharmacist = Provisor eller farmaceut

application-status-draft = Utkast
application-status-ready = Klar att sändas
application-status-waiting-to-be-sent = Väntar på att sändas
application-status-sent = Sänd
application-status-received = Mottagen
application-status-in-processing = Under behandling
application-status-approved = Godkänd
application-status-returned = Returnerad för komplettering
application-status-refused = Kanta-tjänsten tog inte emot den

signing-basis-responsible-person = företagets ansvarsperson
signing-basis-mandate = Suomi.fi-ärendefullmakten ”Ibruktagande av social- och hälsovårdens digitala tjänster”

# What each role is for (guide 3.1.4), shown beside the role's checkbox.
role-administrative-contact-description = Kontaktas i ärenden som gäller kundrelationen, såsom ändringar i förbindelsen och i kontaktpersonernas uppgifter och kundnöjdhetsenkäter, och för informationen vidare i den egna organisationen.
role-data-protection-officer-description = Kontaktas i frågor som gäller dataskydd, till exempel när något som gäller behandlingen av klient- eller patientuppgifter behöver utredas.
role-technical-contact-description = Kontaktas vid störningar och i andra tekniska ärenden (system, förbindelsepunkter, dataförbindelser). Kan vara en person eller tjänstetillhandahållarens tekniska support.
role-disturbance-notice-recipient-description = Får meddelanden om störningar i Kanta-tjänsterna per e-post och sms, så telefonnumret måste kunna ta emot sms. Kan vara en person eller till exempel teknisk support.
role-billing-contact-description = Kontaktas i ärenden som gäller tjänstens fakturering; meddelanden om faktureringen skickas till kontaktpersonen.
role-archivist-description = Har rätt att använda tjänstens användargränssnitt för arkivarier, där handlingar i organisationens register kan granskas och makuleras. Behöver ett certifikatkort, vars registernummer på 11 tecken anges.
role-imaging-technical-contact-description = Kontaktas i tekniska ärenden som gäller Arkivet över bildmaterial, till exempel när fel i samband med bilddiagnostik utreds.
