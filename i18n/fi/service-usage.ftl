# The service usage step of the Client Data Archive (Palvelun käyttö). Finnish.

service-usage-intro = Ilmoita palvelun käyttöön liittyvät tiedot: käytössä olevan asiakastietojärjestelmän profiili, arkistoitavat asiakirjaryhmät ja ne palvelutehtävät, joissa syntyviä tietoja organisaatiossa tallennetaan.
service-usage-system-profile = Järjestelmän profiili
service-usage-document-groups = Arkistoitavat asiakirjaryhmät
service-usage-service-tasks = Palvelutehtävät
