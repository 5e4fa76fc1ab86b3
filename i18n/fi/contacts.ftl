# The contacts step (Yhteyshenkilöt). Finnish.

contacts-intro = Tässä annettavia yhteystietoja käytetään muun muassa tiedottamiseen ja häiriöviestintään. Hallinnolliseksi yhteyshenkilöksi, tietosuojavastaavaksi, asiakkaan tekniseksi yhteyshenkilöksi ja häiriötiedotteen vastaanottajaksi nimetyt toimivat näissä rooleissa kaikissa organisaation Kanta-palveluissa. Yksi henkilö voi olla useammassa roolissa, tai jokaisessa roolissa voi olla eri henkilö.
contacts-organisation-note = Häiriötiedotteiden vastaanottoon ja teknisten asioiden hoitamiseen voi nimetä myös organisaatiotason yhteystiedon, esimerkiksi tietohallintopalveluja tarjoavan yrityksen. Valitse yhteystietotyyppi ennen yhteystietojen syöttämistä.
contacts-shared-note = Yhteystiedot ovat organisaation yhteisiä: muutos koskee kaikkia organisaation Kanta-palveluja.
contacts-missing-heading = Roolit, joihin ei ole vielä nimetty ketään
contacts-missing-none = Kaikkiin pakollisiin rooleihin on nimetty yhteystieto.
contacts-none = Yhteystietoja ei ole vielä. Lisää ensimmäinen yhteystieto.
# A service role with its service, as the guide writes it: "Laskutuksen yhteyshenkilö / Potilastiedon arkisto".
contacts-role-for-service = { $role } / { $service }
contact-heading = Yhteystieto { $number }
contact-heading-named = Yhteystieto { $number }: { $name }
contact-kind = Yhteystietotyyppi
contact-kind-person = Yhteyshenkilö
contact-kind-organisation = Organisaatio
contact-first-name = Etunimi
contact-last-name = Sukunimi
contact-organisation-name = Organisaation nimi
contact-phone = Puhelinnumero
contact-phone-sms-hint = Häiriötiedotteet lähetetään myös tekstiviestinä: anna matkapuhelinnumero.
contact-email = Sähköposti
contact-certificate-card = Varmennekortin rekisterinumero
contact-certificate-card-hint = 11 numeroa kortin etupuolelta, esimerkiksi 11122211121. Varmista, että nimi ja numero vastaavat DVV:n varmennehaun tietoja.
contact-common-roles = Kanta-palvelujen yhteiset roolit
contact-service-roles = Palvelukohtaiset roolit: { $service }
contact-other-services = Rooleja muissa palveluissa: { $roles }
contact-remove = Poista yhteystieto { $number }
contact-add = Lisää uusi yhteystieto
contact-edit = Muokkaa yhteystietoa { $number }
contact-edit-close = Sulje yhteystieto { $number }

# Deleting a contact (guide 4.1.3).
contact-remove-heading = Poistetaanko yhteystieto?
contact-remove-caution = Poista yhteystieto vain, kun olet varma, ettei henkilö enää työskentele organisaatiossanne.
contact-remove-common-roles = Kanta-palvelujen yhteiset roolit ({ $roles }) koskevat kaikkia organisaation Kanta-palveluja.
contact-remove-other-roles = Yhteystiedolla on rooleja myös muissa Kanta-palveluissa: { $roles }.
contact-remove-confirm = Poista yhteystieto
contact-remove-cancel = Peruuta
contact-remove-refused = Yhteystietoa ei voi poistaa: ilman sitä pakollinen rooli jäisi tyhjäksi ({ $roles }) käytössä olevissa palveluissa: { $services }. Nimeä rooliin ensin joku muu.
contact-removed = Yhteystieto poistettiin: { $name }.
contact-remove-undo = Kumoa poisto
