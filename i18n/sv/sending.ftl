# Sending: the online indicator, and how an application's delivery to the Kanta service goes.
# Swedish.

connection-online = Förbindelsen till Kanta-tjänsten fungerar
connection-offline = Ingen förbindelse till Kanta-tjänsten
connection-checking = Förbindelsen till Kanta-tjänsten kontrolleras
connection-undelivered = { $count ->
    [one] 1 ansökan väntar på att sändas
   *[other] { $count } ansökningar väntar på att sändas
}
connection-login-required = Logga in på nytt, så fortsätter sändningen.
connection-for-others = { $count ->
    [one] 1 av dem sänds först när en person som har rätt att uträtta ärenden för dess organisation loggar in.
   *[other] { $count } av dem sänds först när en person som har rätt att uträtta ärenden för deras organisationer loggar in.
}
delivery-heading = Sändning till Kanta-tjänsten
delivery-state-waiting = Väntar på att sändas. Ansökan sänds automatiskt när förbindelsen till Kanta-tjänsten fungerar; du kan stänga appen under tiden.
delivery-state-sending = Sänds till Kanta-tjänsten…
delivery-state-sent = Kanta-tjänsten tog emot ansökan { $time }.
delivery-state-failed = Ansökan sänds inte på nytt.
delivery-next-attempt = Nästa sändningsförsök { $time }.
delivery-attempts = { $count ->
    [one] 1 sändningsförsök
   *[other] { $count } sändningsförsök
}
delivery-problem-no-answer = Kanta-tjänsten svarade inte: nätförbindelsen saknas eller tjänsten är inte tillgänglig just nu. Sändningen försöks på nytt automatiskt.
delivery-problem-service-error = Det finns en tillfällig störning i Kanta-tjänsten (fel { $status }). Sändningen försöks på nytt automatiskt.
delivery-problem-login-required = Kanta-tjänsten godkände inte sessionen eftersom den har gått ut. Logga in på nytt, så sänds ansökan.
delivery-problem-another-person-required = Kanta-tjänsten tog inte emot ansökan av den inloggade personen, som inte sände den. Ansökan sänds när en person som har rätt att uträtta ärenden för organisationen loggar in.
delivery-problem-refused = Kanta-tjänsten tog inte emot ansökan (fel { $status }: { $code }). Kontakta Kanta-tjänsternas kundtjänst: kanta@kanta.fi. Uppge felet och ansökans identifierare.
delivery-returned-reason = Orsak till returneringen: { $reason }
