# Names of codes the UI shows (role-<role>, customer-type-<type>, application-status-<status>,
# signing-basis-<basis>). The UI builds these ids from codes in ui/src/lib/messages.ts; a core
# test checks every code has its message. Finnish.

role-administrative-contact = Hallinnollinen yhteyshenkilö
role-data-protection-officer = Tietosuojavastaava
role-technical-contact = Asiakkaan tekninen yhteyshenkilö
role-disturbance-notice-recipient = Häiriötiedotteen vastaanottaja
role-billing-contact = Laskutuksen yhteyshenkilö
role-archivist = Arkistonhoitaja
role-imaging-technical-contact = Kuva-aineistojen arkiston tekninen yhteyshenkilö

customer-type-health-care-organisation = Terveydenhuollon organisaatio
customer-type-social-care-organisation = Sosiaalihuollon organisaatio
customer-type-independent-practitioner = Itsenäinen ammatinharjoittaja
customer-type-pharmacy = Apteekki
customer-type-pharmacist = Proviisori tai farmaseutti

application-status-draft = Luonnos
application-status-ready = Valmis lähetettäväksi
application-status-waiting-to-be-sent = Odottaa lähetystä
application-status-sent = Lähetetty
application-status-received = Vastaanotettu
application-status-in-processing = Käsittelyssä
application-status-approved = Hyväksytty
application-status-returned = Palautettu korjattavaksi
application-status-refused = Kanta-palvelu ei ottanut vastaan

signing-basis-responsible-person = yrityksen vastuuhenkilö
signing-basis-mandate = Suomi.fi-valtuus ”Sosiaali- ja terveydenhuollon digitaalisten palvelujen käyttöönotto”
