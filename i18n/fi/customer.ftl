# The customer data step (Asiakastiedot). Finnish.

customer-intro = Nämä asiakkuuden perustiedot koskevat kaikkia organisaatiolla käytössä olevia Kanta-palveluja. Sähköpostiosoitteeseen lähetetään ilmoitus käyttöönottoluvan myöntämisestä ja kopio asiakkuuden sitoumuksesta.
customer-register-heading = Perusrekisteristä tulevat asiakastiedot
customer-register-note = Nimi, Y-tunnus ja OID-tunniste tulevat perusrekistereistä (THL:n SOTE-organisaatiorekisteri, Valviran rekisteri). Ilmoita niissä olevista virheistä suoraan rekisterinpitäjälle.
customer-name = Nimi
customer-business-id = Y-tunnus
customer-oid = OID-tunniste
customer-given-heading = Annettavat asiakastiedot
customer-street-address = Lähiosoite
customer-postal-code = Postinumero
customer-post-office = Postitoimipaikka
customer-email = Sähköposti
customer-phone = Puhelinnumero
customer-postal-code-hint = Viisi numeroa, esimerkiksi 00100.
customer-phone-hint = Esimerkiksi 040 123 4567 tai +358 40 123 4567.
