# The contacts step (Kontaktpersoner). Swedish.

contacts-intro = Kontaktuppgifterna som anges här används bland annat för information och kommunikation om störningar. De som utses till administrativ kontaktperson, dataskyddsombud, kundens tekniska kontaktperson och mottagare av störningsmeddelanden har dessa roller i alla organisationens Kanta-tjänster. En person kan ha flera roller, eller så kan varje roll ha en egen person.
contacts-organisation-note = För att ta emot störningsmeddelanden och sköta tekniska ärenden kan du också ange en kontaktuppgift på organisationsnivå, till exempel ett företag som tillhandahåller IT-tjänster. Välj kontaktuppgiftstyp innan du anger uppgifterna.
contacts-shared-note = Kontaktuppgifterna är gemensamma för organisationen: en ändring gäller alla organisationens Kanta-tjänster.
contacts-missing-heading = Roller som ingen har utsetts till ännu
contacts-missing-none = En kontaktuppgift har utsetts till alla obligatoriska roller.
contacts-none = Det finns inga kontaktuppgifter ännu. Lägg till den första kontaktuppgiften.
# A service role with its service, as the guide writes it: "Laskutuksen yhteyshenkilö / Potilastiedon arkisto".
contacts-role-for-service = { $role } / { $service }
contact-heading = Kontaktuppgift { $number }
contact-heading-named = Kontaktuppgift { $number }: { $name }
contact-kind = Kontaktuppgiftstyp
contact-kind-person = Kontaktperson
contact-kind-organisation = Organisation
contact-first-name = Förnamn
contact-last-name = Efternamn
contact-organisation-name = Organisationens namn
contact-phone = Telefonnummer
contact-phone-sms-hint = Störningsmeddelanden skickas också som sms: ange ett mobilnummer.
contact-email = E-post
contact-certificate-card = Certifikatkortets registernummer
contact-certificate-card-hint = 11 siffror på kortets framsida, till exempel 11122211121. Kontrollera att namnet och numret motsvarar uppgifterna i MDB:s certifikatsökning.
contact-common-roles = Gemensamma roller för Kanta-tjänsterna
contact-service-roles = Tjänstespecifika roller: { $service }
contact-other-services = Roller i andra tjänster: { $roles }
contact-remove = Radera kontaktuppgift { $number }
contact-add = Lägg till ny kontaktuppgift
contact-edit = Ändra kontaktuppgift { $number }
contact-edit-close = Stäng kontaktuppgift { $number }

# Deleting a contact (guide 4.1.3).
contact-remove-heading = Radera kontaktuppgiften?
contact-remove-caution = Radera kontaktuppgiften bara när du är säker på att personen inte längre arbetar för er.
contact-remove-common-roles = De gemensamma rollerna för Kanta-tjänsterna ({ $roles }) gäller alla organisationens Kanta-tjänster.
contact-remove-other-roles = Kontaktuppgiften har roller också i andra Kanta-tjänster: { $roles }.
contact-remove-confirm = Radera kontaktuppgift
contact-remove-cancel = Avbryt
contact-remove-refused = Kontaktuppgiften kan inte raderas: utan den skulle en obligatorisk roll stå tom ({ $roles }) i tjänsterna som används: { $services }. Utse först någon annan till rollen.
contact-removed = Kontaktuppgiften raderades: { $name }.
contact-remove-undo = Ångra raderingen
