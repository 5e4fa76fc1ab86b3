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
start-applications-shown = Näytetään { $shown } viimeksi muokattua hakemusta, yhteensä { $total }.
start-show-more = Näytä lisää hakemuksia
start-column-service = Palvelu
start-column-status = Tila
start-column-updated = Muokattu viimeksi
start-open-application = Avaa hakemus
start-services-heading = Palvelut
start-services-intro = Valitse palvelu, jonka käyttöönottoa haet tai jonka tietoja haluat päivittää. Organisaation tyyppi ja toimiala ratkaisevat, mitä palveluja se voi hakea.
start-apply = Hae käyttöönottoa
start-continue = Jatka hakemusta
start-view-sent = Näytä lähetetty hakemus
start-open-in-use = Näytä ja päivitä tiedot
start-offer-apply = Ei hakemusta
start-offer-continue = Hakemus on kesken.
start-offer-sent = Hakemus on lähetetty.
start-offer-in-use = Palvelu on käytössä.
start-offer-returned = Hakemus palautettiin korjattavaksi.
start-latest-change = Viimeisin muutosilmoitus: { $kind }, { $state }
start-view-returned = Näytä palautettu hakemus
start-needs-heading = Ennen kuin aloitat
start-needs-intro = Hakemuksessa tarvitset:
start-needs-register = organisaatiosi tiedot SOTE-organisaatiorekisteristä, itsenäisten ammatinharjoittajien rekisteristä tai apteekkirekisteristä
start-needs-oid = liityntäpisteen OID-tunnuksen, yleensä tietojärjestelmätoimittajalta
start-needs-card = arkistonhoitajaksi nimettävän henkilön varmennekortin numeron
start-needs-timing = Hae käyttöönottoa noin kaksi viikkoa ennen kuin palvelu on valmis tuotantokäyttöön. Voit keskeyttää täyttämisen ja jatkaa myöhemmin.
start-column-progress = Edistyminen
start-progress = { $completed } / { $total } vaihetta valmiina
start-column-actions = Toiminnot
start-delete-application = Poista
start-delete-heading = Poistetaanko hakemus?
start-delete-text = Hakemus { $service } poistetaan. Organisaation asiakastiedot ja yhteyshenkilöt säilyvät, koska ne ovat yhteisiä kaikille hakemuksille.
start-delete-confirm = Poista hakemus
start-delete-cancel = Peruuta
start-deleted = Hakemus { $service } poistettiin.
start-undo-delete = Kumoa poisto
start-restored = Hakemus { $service } palautettiin.
start-import-heading = Tuo hakemus tiedostosta
start-import-intro = Voit tuoda hakemuksen JSON-tiedostosta, jonka olet vienyt tästä sovelluksesta tai jonka tietojärjestelmätoimittaja on laatinut (esimerkiksi pelkät liityntäpisteet ja järjestelmät). Näet tiedot ennen kuin ne tallennetaan.
start-import-file = Hakemustiedosto (JSON)
export-dialog-title = Vie hakemus tiedostoon
import-preview-heading = Tiedoston sisältö
import-preview-intro = Tarkista tiedot. Mitään ei ole vielä tallennettu.
import-target-new-application = Tiedostosta tehdään uusi hakemus: { $service }.
import-target-into-draft = Tiedot tuodaan keskeneräiseen hakemukseen: { $service }. Tiedoston osat korvaavat hakemuksen vastaavat osat.
import-takes = Tiedostosta tuodaan:
import-keeps = Organisaatiolla on jo omat tietonsa, joten näitä tiedoston osia ei tuoda:
import-part-connection-points = liityntäpisteet ja järjestelmät
import-part-service-usage = palvelun käyttö
import-part-billing = laskutustiedot
import-part-customer-data = asiakastiedot
import-part-contacts = yhteyshenkilöt
import-nothing = Tiedostossa ei ole hakemuksen tietoja.
import-connection-point = Liityntäpiste { $oid }
import-approvals-left-out = Tiedoston hyväksynnät ja allekirjoitukset jätetään pois. Ne tehdään tässä sovelluksessa ohjatun hakemuksen lopussa.
import-other-organisation = Tiedosto on tehty toiselle organisaatiolle (Y-tunnus { $businessId }). Tiedot tuodaan organisaatiolle, jonka puolesta asioit.
import-findings = { $count ->
    [0] Hakemuksessa ei ole virheitä tuonnin jälkeen.
    [one] Hakemuksessa on tuonnin jälkeen yksi korjattava tai täydennettävä kohta.
   *[other] Hakemuksessa on tuonnin jälkeen { $count } korjattavaa tai täydennettävää kohtaa.
}
import-confirm = Tuo tiedot
import-cancel = Peruuta
import-cancelled = Tuonti peruttiin. Mitään ei tallennettu.
import-choose-file = Valitse tiedosto
import-no-file = Tiedostoa ei ole valittu.
