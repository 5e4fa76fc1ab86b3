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

# What each role is for (guide 3.1.4), shown beside the role's checkbox.
role-administrative-contact-description = Kanta-palvelut ottaa yhteyttä asiakkuutta koskevissa asioissa, kuten sitoumuksen ja yhteyshenkilötietojen muutoksissa ja asiakastyytyväisyyskyselyissä, ja hän vie tiedon eteenpäin omassa organisaatiossaan.
role-data-protection-officer-description = Kanta-palvelut ottaa yhteyttä tietosuojaa koskevissa asioissa, esimerkiksi kun potilas- tai asiakastietojen käsittelyä on selvitettävä.
role-technical-contact-description = Kanta-palvelut ottaa yhteyttä häiriöissä ja muissa teknisissä asioissa (järjestelmät, liityntäpisteet, tietoliikenneyhteydet). Voi olla henkilö tai palveluntarjoajan tekninen tuki.
role-disturbance-notice-recipient-description = Saa tiedotteet Kanta-palvelujen häiriöistä sähköpostilla ja tekstiviestillä, joten puhelinnumeron on voitava vastaanottaa tekstiviestejä. Voi olla henkilö tai esimerkiksi tekninen tuki.
role-billing-contact-description = Kanta-palvelut ottaa yhteyttä palvelun laskutusta koskevissa asioissa; laskutusta koskevat viestit lähetetään hänelle.
role-archivist-description = Saa käyttää palvelun arkistonhoitajan käyttöliittymää, jossa voi tarkastella ja mitätöidä organisaation rekisterin asiakirjoja. Tarvitsee varmennekortin, jonka 11-merkkinen rekisterinumero annetaan.
role-imaging-technical-contact-description = Kanta-palvelut ottaa yhteyttä kuva-aineistojen arkiston teknisissä asioissa, kuten kuvantamisen vikojen selvittämisessä.
