# Names of codes the UI shows (role-<role>, customer-type-<type>, application-status-<status>,
# signing-basis-<basis>). The UI builds these ids from codes in ui/src/lib/messages.ts; a core
# test checks every code has its message. Swedish.

role-administrative-contact = Administrativ kontaktperson
role-data-protection-officer = Dataskyddsombud
role-technical-contact = Kundens tekniska kontaktperson
role-disturbance-notice-recipient = Mottagare av störningsmeddelanden
role-billing-contact = Kontaktperson i faktureringsärenden
role-archivist = Arkivarie
role-imaging-technical-contact = Teknisk kontaktperson för arkivet över bildmaterial

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
