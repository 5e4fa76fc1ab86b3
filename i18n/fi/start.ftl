# The start screen: the organisation acted for, its applications, the services it may apply
# for, and what an application needs. Finnish.

start-heading = Palvelut ja asiakastiedot
start-organisation-heading = Organisaatio
start-customer-type = Asiakastyyppi
start-business-id = Y-tunnus
start-choose-organisation = Organisaatio, jonka puolesta asioit
start-choose-organisation-button = Vaihda organisaatio
start-choose-organisation-hint = Testiympäristössä voit kokeilla jokaista asiakastyyppiä. Kaikki organisaatiot ovat kuvitteellisia.
start-applications-heading = Hakemukset
start-applications-empty = Organisaatiolla ei ole vielä hakemuksia.
start-column-service = Palvelu
start-column-status = Tila
start-column-updated = Muokattu viimeksi
start-column-open = Hakemus
start-open-application = Avaa hakemus
start-services-heading = Haettavissa olevat palvelut
start-services-intro = Valitse palvelu, jonka käyttöönottoa haet. Organisaation tyyppi ja toimiala ratkaisevat, mitä palveluja se voi hakea.
start-apply = Hae käyttöönottoa
start-continue = Jatka hakemusta
start-view-sent = Näytä lähetetty hakemus
start-offer-apply = Ei hakemusta
start-offer-continue = Hakemus on kesken.
start-offer-sent = Hakemus on lähetetty.
start-offer-in-use = Palvelu on käytössä.
start-needs-heading = Ennen kuin aloitat
start-needs-intro = Hakemuksessa tarvitset:
start-needs-register = organisaatiosi tiedot SOTE-organisaatiorekisteristä, itsenäisten ammatinharjoittajien rekisteristä tai apteekkirekisteristä
start-needs-oid = liityntäpisteen OID-tunnuksen, yleensä tietojärjestelmätoimittajalta
start-needs-card = arkistonhoitajaksi nimettävän henkilön varmennekortin numeron
start-needs-timing = Hae käyttöönottoa noin kaksi viikkoa ennen kuin palvelu on valmis tuotantokäyttöön. Voit keskeyttää täyttämisen ja jatkaa myöhemmin.
