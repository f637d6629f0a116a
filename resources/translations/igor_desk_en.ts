<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <source>Databasen är en PostgreSQL-server; den säkerhetskopieras med pg_dump och återställs med pg_restore (se docs/operations.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antalet ärenden måste vara minst 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen innehåller redan {count} ärenden. Demodata läggs bara in i en databas utan ärenden; ange en ny databasfil med --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ogiltig inmatning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen {template}, rad {line}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen {template} finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagarlistan {file} kan inte läsas: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen profil för datoranvändaren {account}. Be en gruppchef lägga upp dig och ge dig en registreringskod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profilen för {account} är spärrad. Kontakta gruppchefen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen har redan profiler; be en gruppchef om en ny profil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj minst en roll: handläggare, gruppchef/administratör eller analytiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profilen finns inte eller är spärrad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasnyckeln finns inte i din nyckelring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasroller finns bara när databasen ligger på en server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan inte spärra din egen profil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profilen finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoranvändaren {account} har redan en profil i den här databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logotypen är för stor (högst 512 kB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logotypen måste vara en PNG-bild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet finns inte (det kan ha gallrats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj vem bedömningen gäller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj ett instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj låg, förhöjd eller hög.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste fyllas i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} kan inte ligga i framtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: datumet måste ligga efter bedömningsdatumet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} får vara högst {n} tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: bedömaren ska tillhöra din myndighet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En riskbedömning kan inte flyttas till ett annat ärende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskbedömningen är redan avslutad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange från vilket datum förbudet gäller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: slutdatumet ligger före startdatumet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange när han frihetsberövades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange när han släpptes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: han kan inte ha släppts i framtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: tiden ligger före tiden då frihetsberövandet började.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ta bort tiderna eller välj anhållen, häktad eller släppt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ta bort datumen eller välj typ av kontaktförbud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj en aktiv medarbetare i rätt myndighet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har fel form. Skriv t.ex. 5000-K123456-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {value} finns redan i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmälan finns inte längre i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parten finns inte längre i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange ett rimligt år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: numret finns redan hos en annan person i registret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: personen har skyddade personuppgifter och du är inte tilldelad ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ett barn i ärendet är under 18 år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet finns inte längre i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: svara ja, nej eller vet inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: uppföljningen ligger före avslutsdatumet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet är redan avslutat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ärendet kan inte avslutas före det öppnades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet är redan öppet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj skriftligt eller muntligt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj en part i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtycket är redan återkallat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-polis, stödsamtal — inte förhör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, stödsamtal — inte myndighetsutövning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-polis, säkerhetssamtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-polis, praktiskt stöd (transport, följe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-polis, första kontakt med anhållen — inte förhör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, arresteringssamtal — inte förhör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, motiverande samtal (MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, FREDA-bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet har ingen registrerad våldsutsatt, så det finns ingen etablerad kontakt med henne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen etablerad kontakt med den våldsutsatta (ingen kontakt där hon nåtts; misslyckade försök räknas inte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den våldsutsatta har inte erbjudits stöd och skydd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En öppen riskbedömning säger att kontakt med den misstänkte kan utsätta henne eller barnen för fara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktregeln är inte uppfylld för kontakt med den misstänkte:
{conditions}
Ange ett skäl för att ändå gå vidare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: stöd och skydd registreras för den våldsutsatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: datumet kan inte ligga i framtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: en kontakt som registreras kan inte ligga i framtiden. Planera den i kalendern i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj ett sätt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste fyllas i: säg i vilken roll kontakten hölls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ett misslyckat försök har inga samtalstyper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj en aktiv medarbetare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: du kan bara registrera kontakter för din egen myndighet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En kontakt kan inte flyttas till ett annat ärende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen finns redan i ett öppet ärende ({numbers}). Öppna det ärendet eller bekräfta att ett nytt ärende ska skapas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har fel form. Skriv till exempel 5000-K123456-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: skriv ett nummer eller välj reservnummer, inte båda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {value} är inget rimligt födelseår ({low}–{high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {value} stämmer inte med personnumret (född {born}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: skriv namn eller personnummer (eller ta bort parten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget telefonnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget postnummer (fem siffror).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: personen finns inte eller är spärrad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: personen hör inte till rätt myndighet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} har ett okänt värde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste väljas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: skriv personens eget stadsdelsområde när ärendet ligger utanför projektområdet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: hänvisning till eget stadsdelsområde gäller bara ärenden utanför projektområdet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: datumet {value} ligger i framtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: händelsen ({value}) kan inte ligga efter ärendets startdatum ({opened}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange minst en part, den våldsutsatta eller den misstänkta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: den våldsutsatta och den misstänkta kan inte ha samma nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: högst {limit} barn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {value} är inget födelseår för ett barn ({low}–{high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: skriv förnamn eller födelseår (eller ta bort raden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: högst {limit} nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {value} står två gånger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En annan arbetsstation registrerade samma person i samma ögonblick. Inget sparades; försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} är bara för polisen. Din profil hör till socialtjänsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} är bara för socialtjänsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen {template} har inget fält som heter {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet finns inte (längre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv vilken mottagare det gäller ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet {case} har ingen {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet {case} har inga barn registrerade. Lägg in barnen i ärendet först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevet finns inte eller är inte tillgängligt för dig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här dokumentet kan inte skrivas ut som kopia. Skapa det på nytt där det gjordes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet innehåller skyddade personuppgifter och visas bara för dem som har behov av dem (ärendets handläggare, transportens beställare och besättning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj vart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: datumet ligger före lotsningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har fel form. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” innehåller inget giltigt datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: kontrollsiffran i ”{value}” stämmer inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har ett födelsedatum i framtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din profil (analytiker) får inte importera Excel-ark. Be en handläggare eller gruppchefen importera filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Någon annan registrerade eller importerade samma ärenden samtidigt. Ingenting har importerats; kontrollera filen och försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärendet &quot;{case}&quot; har ingen person med rollen {role}; lägg till personen på bladet Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du kan bara importera kontakter som {own} har utfört; gruppchefen eller en administratör kan importera hela teamets blad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bladet saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubrikraden saknas (rad 1 ska ha kolumnnamnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolumnen finns två gånger i rubrikraden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolumnen saknas i rubrikraden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fler än {limit} fel; resten av arbetsboken lästes inte. Rätta felen ovan och kontrollera igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom cell; ange {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt värde &quot;{value}&quot;; tillåtna värden är {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom cell; ärendets beteckning saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; är ett datum, inte en ärendebeteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>för lång beteckning (högst {limit} tecken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom cell; ange ett datum (ÅÅÅÅ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogiltigt datum &quot;{value}&quot;; ange ett Excel-datum eller ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datumet {value} ligger i framtiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datumet {value} är före {earliest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogiltigt födelseår &quot;{value}&quot;; ange ett årtal med fyra siffror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>födelseåret {value} ligger utanför {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogiltigt värde &quot;{value}&quot;; ange 0 eller 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt område &quot;{value}&quot; – menade du &quot;{suggestion}&quot;? Skriv projektområdets namn exakt, eller namnet på stadsdelen utanför projektområdet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>för lång text (högst {limit} tecken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärendet &quot;{value}&quot; finns redan på rad {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärendet &quot;{value}&quot; har redan en person med rollen {role} på rad {first} (ett ärende har en våldsutsatt och högst en våldsutövare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ett misslyckat försök kan inte ha samtalsinnehåll; ange 0 eller ändra Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärendet &quot;{value}&quot; finns inte på bladet Ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamets Excel-ark för import till IGOR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden: en rad per ärende. Ärende är teamets egen beteckning och måste vara unik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källa: Tips polis, BINR, RVT, Egen identifiering, Tips allmänheten eller Annat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn: Ja eller Nej. Startdatum: ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område: tomt, Södermalm, Gamla stan eller Hammarby sjöstad (projektområdet), annars namnet på stadsdelen utanför.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer: högst en Våldsutsatt och en Våldsutövare per ärende. Inga namn – bara födelseår; namnen fylls i i programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RVT och RVC: Ja, Nej eller Redan aktuell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakter: en rad per kontakt eller försök. Typ: Digital, Fysisk eller Misslyckat försök. Utförd av: Polis eller Socialtjänst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalsinnehåll: 1 om samtalet hade det innehållet, annars 0 (tom cell räknas som 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stora och små bokstäver och mellanslag före och efter spelar ingen roll. Andra kolumner än de här hoppas över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samma fil kan importeras flera gånger: det som redan finns läggs inte till igen, och ingenting tas bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopierar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervall och antal säkerhetskopior måste vara minst 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopior görs här bara av en lokal databas. En gemensam server säkerhetskopieras av IT med pg_dump (se driftdokumentationen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} går inte att öppna med databasens nyckel. Den hör till en annan databas eller är skadad, och används inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} är skadad och används inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} innehåller ingen IGOR Desk-databas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} har schemaversion {current}, som är nyare än den här versionen av IGOR Desk känner till (senast {head}). Uppdatera programmet först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeln till databasen {path} saknas i nyckelringen; en säkerhetskopia kan bara återställas med den nyckel den skapades med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen {path} används av ett annat program just nu (ett annat IGOR Desk-fönster eller ett kommando). Stäng alla program som använder den och försök igen. Ingenting har ändrats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste vara ett helt antal år mellan {low} och {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} av de valda ärendena är inte (längre) aktuella för gallring. Inget har raderats; uppdatera listan och försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen finns inte längre (den kan ha tagits bort på en annan dator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: medarbetaren finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvällspass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj en typ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: transporter planeras på sidan Transporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: slutet måste ligga efter starten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: en händelse är minst 5 minuter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: en händelse kan vara högst 7 dygn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj minst en medarbetare eller ett rum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: en vald medarbetare finns inte längre eller är spärrad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ett valt rum eller fordon finns inte längre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ärendet finns inte (det kan ha gallrats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj ärendet först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj parter i det valda ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen upprepas inte; ändra den direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillfället finns inte längre i serien (det kan ha tagits bort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen är redan markerad som genomförd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen har inte börjat än och kan inte markeras som genomförd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj vem kontakten var med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen har blivit en registrerad kontakt. Ändra eller ta bort kontakten i ärendet i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen är för stor (högst 20 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen är ingen läsbar iCalendar-fil (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen innehåller inga händelser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen har fler än {n} händelser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelse {number} ({title}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiden går inte att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttid (DTSTART) saknas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sluttiden ligger inte efter starttiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>händelsen är längre än 7 dygn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubriken är längre än {n} tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platsen är längre än {n} tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beskrivningen är längre än {n} tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upprepningen {freq} stöds inte (bara daglig, veckovis och månadsvis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID är längre än 255 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serien som tillfället hör till finns inte i filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>krockar: {clashes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj daglig, veckovis eller månadsvis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: intervallet ska vara 1–52.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: okänd veckodag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange antingen slutdatum eller antal gånger, inte båda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: slutdatumet ligger före första tillfället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: antalet gånger ska vara 1–{max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upprepningen har fler än {max} tillfällen och kan inte läsas in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: upprepningsregeln {rule} tillåts inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upprepningsregeln {rule} går inte att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner per månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fysiska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendenas källa (antal ärenden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR i siffror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}. Ett ärende räknas om det var öppet under perioden, en person om hens ärende räknas och en kontakt om den ägde rum under perioden. Endast antal och andelar; inget innehåll ur anteckningar eller kontakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Våldsutsatta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtliga rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Födelseår, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner per person, medelvärde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner per person, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel som fått samtal: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel aktualiserade på RVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel som påbörjat kontakt på RVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel där våld och hot upphörde (av dem med utfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Födda {decade}-talet (antal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR – anonymiserad statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet Från: ange ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet Till: ange ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet Till: slutdatumet {to} ligger före startdatumet {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {value!r} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den anonymiserade exporten med en rad per person kräver behörigheten gruppchef/administratör eller analytiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden med enbart våldsutsatt registrerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden med enbart våldsutövare registrerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel ärenden med barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualiserat: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median antal dagar från händelse (eller ärendestart) till första kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel där våld och hot upphörde (avslutade ärenden med utfall, {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Födelseår, variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner per person, variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel digitala interaktioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga interaktioner men misslyckade försök (antal personer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel aktualiserade på RVT (inkl. redan aktuella)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel som påbörjat kontakt på RVC (inkl. redan aktuella)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer och interaktioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Våldsutsatta ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Våldsutövare ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner är nådda kontakter (digitala: telefon, sms, e-post, video; fysiska: övriga). Misslyckade försök räknas inte som interaktioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifika kontakter (tabell 2 och 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel som fått samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabell 2–3 Samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal samtal per person. Andel: andelen personer som fått minst ett sådant samtal. Samtal räknas i nådda kontakter, inte i misslyckade försök.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påbörjad stödkontakt på RVC (tabell 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtliga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal personer (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inklusive personer registrerade som redan aktuella. Samtliga: varje person en gång, även om hen finns i flera ärenden eller roller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabell 4 RVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ingen medarbetare angiven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summa {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakter per medarbetare och myndighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myndighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misslyckade försök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per medarbetare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR-statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara polisen kan {what} transporter. Din profil hör till socialtjänsten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan inte {what} den här transporten: bara beställaren, besättningen och ärendets handläggare har tillgång till adresserna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten finns inte (längre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ärendet {case} är avslutat. Öppna det igen först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: tiden har redan passerats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste vara senare än tidigast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste vara mellan 0 och 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ange vem som reser (den våldsutsatta, barn eller djur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En transport som är {status} kan inte ändras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} kan inte bytas för en transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den planerade starttiden {start} ligger utanför det nya tidsfönstret. Planera om transporten först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: det valda är inget fordon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {name} används inte längre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: välj minst en polis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: en vald person finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {name} är inte polis. Besättningen består bara av poliser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: {name} kan inte ingå i en besättning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste ligga mellan tidigast {earliest} och senast {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste vara mellan 5 och {n} minuter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field} måste vara mellan 0 och {n} minuter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risknivån i ärendet är hög och två poliser är standard. Planera ändå med en polis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten är redan {status} och kan inte ändras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten är {current} och kan inte {action}.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En transport blir {target} genom att begäras eller planeras, inte genom statusbyte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara polisen eller den som beställde transporten kan ställa in den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Körordern kan skrivas ut när transporten är planerad (den är nu {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minst två poliser i besättningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en registrerad säkerhetsbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveradressen går inte att tolka. Skriv den som användare@server:5432/databas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveradressen ska börja med postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveradressen behöver både server och databasnamn (server/databas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotcertifikatet {path} finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut dagslista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med rubrik och plats för skyddade personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalt visas bara typ och ärendenummer för händelser som gäller personer med skyddade personuppgifter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna i PDF-läsaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bokningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara dagslistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny händelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra händelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt: typen och ärendenumret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T.ex. Arresten, Polisstationen Södermalm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendenummer, t.ex. IGOR-2026-0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visas bara för medarbetarna i teamet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upprepas inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samma veckodag (t.ex. första tisdagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget slutdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal gånger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra hela serien (annars bara det här tillfället)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ä&amp;rende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upprepning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rum och fordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar på varningen – varför ska bokningen ändå göras så? (sparas och loggas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl att ändå planera samtalet med den misstänkte (sparas och loggas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Något gick fel som programmet inte räknade med ({reason}). Det du gjorde kan ha avbrutits; det som inte sparades finns kvar på skärmen. Tryck på Kopiera diagnostik och skicka texten till IT-supporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange ett ärendenummer för att kunna välja parter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fordon</source>
        <translation type="unfinished">vehicle</translation>
    </message>
    <message>
        <source>rum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: rubrik, plats och anteckning visas bara för ärendets ansvariga och deltagarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget ärende med det numret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skyddade personuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryssa för vem bokningen gäller (för kontaktregeln och mötesvarningen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet har inga registrerade parter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vecka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera som genomförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen har inget ärende. Den markeras som genomförd utan att bli en kontakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här typen av händelse blir ingen kontakt; den markeras som genomförd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreras som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalets syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl att ändå registrera kontakten (sparas och loggas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå till idag (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föregående (Alt+Vänsterpil, PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa (Alt+Högerpil, PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vec&amp;ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa din egen kalender, en kollegas eller hela teamets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela teamet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N, eller markera en tid och tryck Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra den markerade händelsen (Enter, F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Markera som genomförd: registrerar kontakten i ärendet (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort den markerade händelsen (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara de visade händelserna som en iCalendar-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs in händelser från en iCalendar-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut dagslista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera och importera .ics, skriv ut dagslista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tider utanför dag- och kvällspassen är skuggade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skuggat: {shifts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vecka {week}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den här dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den här veckan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den här månaden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i teamet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>för dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>för kollegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga bokningar {whose} {period}. Klicka på en tid och tryck Enter, eller tryck Ctrl+N, för att boka. Dra i en händelse för att flytta den, i nederkanten för att ändra längden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen sparades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporter planeras och ändras på sidan Transporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringen sparades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyttad till {day} {start}–{end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort tillfället {when} ur serien ”{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort ”{title}” {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen togs bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen är genomförd och registrerad som kontakt i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsen är markerad som genomförd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Några händelser gäller personer med skyddade personuppgifter. De exporteras normalt utan namn, plats och anteckning.

Vill du ändå ta med dem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera kalendern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} händelser exporterades till {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporterar kalendern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} händelser importerades; {unchanged} fanns redan och lämnades orörda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerar kalendern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkommande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddade personuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planeras på sidan Transporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Läs in på nytt: du ser den nya versionen och dina osparade ändringar försvinner.
Fortsätt redigera: dina ändringar finns kvar ovanpå den nya versionen; granska och spara igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs in på nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsätt redigera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändrat av någon annan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Våldsutsatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Misstänkt våldsutövare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer eller samordningsnummer, med eller utan sekel och bindestreck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge reservnummer (inget nummer känt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet ger ett tillfälligt reservnummer, R-ÅÅÅÅ-XXXXXX, tills det rätta är känt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adressen visas inte för andra och skrivs aldrig ut när personen har skydd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished">Personal identity number</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddade uppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer, ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (lämna tomt om okänt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inom projektområdet (Södermalm, Gamla stan, Hammarby sjöstad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personens eget stadsdelsområde, t.ex. Skärholmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hänvisa till eget stadsdelsområde nu (registreras som hänvisning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5000-K123456-25, flera med komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fokusperson (tas upp på genomgången med IGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tartdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelse&amp;datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadsdels&amp;område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bor &amp;tillsammans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anmälningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig &amp;polis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig soc&amp;ialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till &amp;barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn i hushållet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna det befintliga ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag har sett det öppna ärendet och vill ändå skapa ett &amp;nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget årtal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget datum. Skriv ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {role}, öppnat {opened}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnumret finns redan i ett öppet ärende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna det ärendet, eller bekräfta att ett nytt ärende behövs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet är inte skapat. Rätta de markerade fälten ({n} st).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utanför ({district})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: adressen visas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kontakt registrerad ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste kontakt {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fokusperson: tas upp på genomgången med IGV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(okänd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · skyddad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skydd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dold – visas bara för ansvarig polis och socialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen adress registrerad (skyddade personuppgifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen registrerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sammanboende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inte sammanboende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Går inte att nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erbjöds i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erbjudits stöd och skydd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök på namn, personnummer, ärendenummer eller anmälningsnummer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera ett nytt ärende (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utanför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fokuspersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inget filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa ärenden där senaste kontakten var minst så många dagar sedan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ocialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Områ&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fok&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kontakt &amp;på minst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mina ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen tilldelad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – {shown} inlästa, fler läses in när du bläddrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{text}” ser ut som ett personnummer men är inte giltigt: datumet eller kontrollsiffran stämmer inte. Kontrollera numret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget ärende matchar ”{text}” ({kind}) med de valda filtren.
Sök på början av för- eller efternamn, personnummer (med eller utan sekel och bindestreck), ärendenummer (IGOR-2026-0001 eller 2026-0001) eller anmälningsnummer (5000-K123456-25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga ärenden matchar de valda filtren.
Ändra filtren eller välj ”Rensa filter”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga öppna ärenden ännu.
Registrera det första med ”Nytt ärende” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sökning på namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sökning på personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sökning på födelsedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sökning på reservnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sökning på ärendenummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sökning på anmälningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ogiltigt personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din profil (analytiker) ger tillgång till statistiken, inte till uppgifterna i ärendena. Ärendelistan visas därför inte.
Behöver du arbeta med ärenden kontaktar du gruppchefen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendelista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ligger utanför projektområdet. Hänvisa personen till sitt eget stadsdelsområde (fliken Lotsning i ärendet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendeakten för {number} kan inte visas i den här versionen av IGOR Desk. Ärendet finns kvar i listan och inga uppgifter har ändrats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet har sparats av någon annan. Dina uppgifter finns kvar; spara igen för att lägga dem ovanpå den nya versionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD TT:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är ingen tidpunkt. Skriv ÅÅÅÅ-MM-DD TT:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bedömningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socialtjänsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv mottagarens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utskrivna kopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny utskrift (KOPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev och blanketter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparade brev i ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapar brevet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personuppgifter utelämnade – samtycke saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bygger på samtycke nr {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (sparat original – ny utskrift blir KOPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapar kopian …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeln till databasen saknas i nyckelringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den schemalagda säkerhetskopian misslyckades ({reason}). Kontakta IT-supporten och bifoga diagnostiken (Verktyg → Kopiera diagnostik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;ktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopierar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostiken är kopierad. Klistra in den i ärendet till IT-supporten. Den innehåller inga personuppgifter och inga lösenord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(önskat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från: {pickup}
Till: {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fordon ej valt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddade personuppgifter i ärendet: adresserna visas bara för beställaren, besättningen och ärendets handläggare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upphämtning på en adress som hör till den misstänkte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inställd: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ställ in transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten i ärende {case} ({purpose}, {status}) ställs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anledning (obligatorisk), t.ex. den våldsutsatta avbokade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ställ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anledning *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Körorder för transport {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Körordern är sparad bland ärendets brev. Den innehåller inga personnummer, ingen ärendehistorik och inga anteckningar; skyddade adresser skrivs inte ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veckan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föregående (Alt+Vänster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa (Alt+Höger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej avslutade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla fordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela besättningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla syften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa transporter där den här polisen ingår i besättningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny begäran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ställ in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Körorder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vecka {week}: {a} – {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} transporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} väntar på planering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga transporter {period} med de valda filtren.
Ändra filtren ovan eller visa en annan period med Alt+Vänster / Alt+Höger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga transporter {period}.

Behövs en säker transport? Välj ”Ny begäran…” (Ctrl+N).
Polisen planerar den sedan med fordon och besättning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en transport i listan för att se säkerhetskontrollen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(visas för beställaren, besättningen och ärendets handläggare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Önskat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upphämtning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resenärer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fordon</source>
        <translation type="unfinished">Vehicle</translation>
    </message>
    <message>
        <source>Besättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beställd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakttelefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetsanteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anledning till inställd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapar körordern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny säkerhetsbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var finns den misstänkte vid tiden? Vad har kontrollerats, och av vem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risknivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planera transport {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{purpose} · {when} · från {pickup} till {dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj fordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny säkerhetsbedömning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivs ut på körordern för besättningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fordon *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besättning *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planerad start *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beräknad tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal efteråt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetsbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag har övervägt risken: en polis räcker för den här transporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl att planera ändå *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. olika ingångar, han förs in via arresten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation type="unfinished">None</translation>
    </message>
    <message>
        <source>{day} – {level} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra transportbegäran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny transportbegäran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ärendenummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den våldsutsatta reser med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. katt i bur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadress, ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upphämtningen sker på en adress som hör till den misstänkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. Polisstationen Södermalm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>070-123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syns bara för beställaren, besättningen och ärendets handläggare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Djur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syfte *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upphämtning *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidigast *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara ändringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skicka begäran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen misstänkt i ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släppt {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>från {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>längst till {t} (antaget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gäller</source>
        <translation type="unfinished">concerns</translation>
    </message>
    <message>
        <source>gäller inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misstänkt</source>
        <translation type="unfinished">Suspect</translation>
    </message>
    <message>
        <source>Kontaktförbud</source>
        <translation type="unfinished">Restraining order</translation>
    </message>
    <message>
        <source>Frihetsberövandet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>täcker hela transporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>täcker INTE hela transporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} (bedömd {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen bedömning registrerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upphämtning hos misstänkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, nivå {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen kopplad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej vald – standard {d} polis(er)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} polis(er), standard {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten är avslutad; uppgifterna gäller i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krav när transporten planeras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planen uppfyller inte säkerhetskraven:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte planeras så här:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga hinder för planen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasadressen går inte att tolka: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En lokal databas behöver en filsökväg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databastypen {backend} stöds inte. Använd en lokal fil eller postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänt sslmode {mode} i databasadressen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotcertifikatet {path} (sslrootcert) finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasfilen {path} går inte att öppna med nyckeln i nyckelringen. Antingen hör nyckeln till en annan databas, eller så är filen skadad. Filen har inte ändrats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasfilen {path} finns, men nyckeln till den saknas i den här användarens nyckelring. Filen har inte ändrats. Logga in som den användare som skapade databasen, eller återställ nyckeln (se README: Nycklar och säkerhetskopior).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen databas i {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen inloggning till databasservern {server} i den här användarens nyckelring. Registrera dig med koden från gruppchefen (igor-desk enroll KOD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte att ansluta till databasservern {server}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen har schemaversion {current}, som är nyare än den här versionen av IGOR Desk känner till (senast {head}). Uppdatera programmet; databasen har inte ändrats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen innehåller tabeller men ingen schemaversion; den verkar inte vara en IGOR Desk-databas. Den har inte ändrats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgraderingen lämnade {count} trasiga kopplingar och avbröts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring i operativsystemet (t.ex. Windows Autentiseringshanteraren, macOS Nyckelringar eller Secret Service på Linux). IGOR Desk sparar sina nycklar endast där och kan inte starta utan den. Kontakta IT-supporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen är låst. Lås upp den (logga in på datorn på nytt eller öppna nyckelringen) och starta IGOR Desk igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen gick inte att läsa ({reason}). Kontakta IT-supporten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen är låst. Lås upp den och försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte att spara i nyckelringen ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din profil är spärrad och kan inte längre använda IGOR Desk. Kontakta gruppchefen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här kräver behörigheten gruppchef/administratör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din profil (analytiker) ger bara tillgång till statistiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen {path} finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen är för stor ({size} MB). Största tillåtna storlek är {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen {path} går inte att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen är ingen Excel-arbetsbok (.xlsx). Spara bladet i Excel som ”Excel-arbetsbok (*.xlsx)” och försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsboken packas upp till orimligt mycket data och öppnas inte (skydd mot skadliga filer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddet mot skadliga Excel-filer (defusedxml) är inte aktivt, så filen öppnas inte. Installera om programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsboken innehåller XML-konstruktioner som kan vara skadliga (t.ex. entitetsdeklarationer) och öppnas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Den kan vara skadad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladet {sheet} har fler än {limit} rader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladet {sheet} har fler än {limit} kolumner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bokningen krockar och sparades inte:
{clashes}
{free}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varning: den våldsutsatta och den misstänkte kan mötas på samma plats vid samma tid:
{risks}
Välj en annan tid eller plats, eller ange varför bokningen ändå ska göras så.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddad adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddat telefonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämnas inte ut (skyddade personuppgifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dold (skyddade personuppgifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adress lämnas inte ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visas bara för ärendets ansvariga polis och socialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disken är full{where}. {nothing} Frigör utrymme på disken (eller be IT-supporten om hjälp) och försök sedan igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är upptagen och svarade inte i tid. {nothing} Försök igen om en stund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasservern svarade inte i tid{where}. {nothing} Försök igen om en stund; om det upprepas, kontakta IT-supporten (servern kan vara överbelastad eller ha hängt sig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det går inte att nå databasservern{where}. {nothing} Kontrollera nätverket och försök igen om en stund; om det inte hjälper, kontakta IT-supporten (servern kan vara stoppad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är upptagen av en annan åtgärd{where}. {nothing} Försök igen om en stund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte användas ({reason}). {nothing} Försök igen; om felet består, kontakta IT-supporten och bifoga diagnostiken (Verktyg → Kopiera diagnostik).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Lägg till personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För- och efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppchef/administratör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytiker (endast statistik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Myndighet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roller:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till personal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa &amp;registreringskod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spärra profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa &amp;databasroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gruppchef/administratör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spärrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väntar på registrering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} är redan registrerad. En ny kod behövs bara vid ny dator eller förlorad nyckelring. Skapa en ny kod?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spärra profilen för {name}? Spärren gäller från personens nästa åtgärd och kan inte ångras här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasrollen {role} finns nu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bedömning senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen riskbedömning registrerad i ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta bedömningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En avslutad bedömning är inte längre aktuell och stoppar inte kontaktregeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt med den misstänkte kan utsätta henne eller barnen för fara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny riskbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bedömning &amp;senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bedömning försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · kontakt äventyrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hos {agency} visas inte (inget samtycke). En öppen bedömning där kontakt äventyrar henne stoppar ändå kontaktregeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra riskbedömning {instrument} från {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara ändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta bedömningen {instrument} från {date}? Den är sedan inte längre aktuell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>mån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sön</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augusti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Ö&amp;versikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mtycken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lotsning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Riskbedömningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakter ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Riskbedömningar ({n} försenad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Avslutat {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fokusperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} ({district})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källa: {source} · {area} · Öppnat {opened}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen registrerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Våldsutsatt: {victim}    Misstänkt: {suspect}    Ansvarig polis: {police}    Ansvarig socialsekreterare: {social}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast ändrat {when} av {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HÄKTAD sedan {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · till/omprövas {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANHÅLLEN sedan {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släppt {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frihetsberövad {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (gäller inte nu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen riskbedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen läsbar riskbedömning ({n} hos {agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: {level} · {instrument} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny riskbedömning skulle ha gjorts {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>händelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärendestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Första nådda kontakt: {days} efter {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nådd kontakt – {days} sedan {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nådd kontakt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Våldsutsatt</source>
        <translation type="unfinished">Victim</translation>
    </message>
    <message>
        <source>Misstänkt</source>
        <translation type="unfinished">Suspect</translation>
    </message>
    <message>
        <source>Polis</source>
        <translation type="unfinished">Police</translation>
    </message>
    <message>
        <source>Socialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagar sedan
kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseViewersDialog</name>
    <message>
        <source>Vem har öppnat ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje gång ärendet har öppnats, senaste först ({count} st).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Avsluta ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Vet inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. RVC Innerstaden, Manscentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfallet används för uppföljning och RRI-liknande siffror (andel ärenden där våldet och hoten upphörde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upphörde våldet och hoten, så långt känt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uppföljning den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lotsad vidare till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vslutat den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet är avslutat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför öppnas ärendet igen? (krävs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna ärendet igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl för att öppna igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vet inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutat {closed}. Upphörde våldet och hoten: {answer}. Uppföljning: {follow}. Lotsad vidare till: {referred}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnades senast igen med skälet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet har ändrats av någon annan. Dina uppgifter finns kvar; försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Registreringskod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge koden till {name} personligen. Den gäller en gång och till {expires}. Den visas bara nu. Personen loggar in på sin egen dator och anger koden när IGOR Desk startar (eller kör &lt;tt&gt;igor-desk enroll KOD&lt;/tt&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Ett aktivt samtycke låter {other} läsa det {own} har registrerat om personen (aldrig ändra). Ett återkallat samtycke slutar gälla direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämnat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrerat av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga samtycken registrerade för ärendets parter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkalla samtycket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. gäller utbyte med RVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lämnat den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkallat {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkalla samtycket från {name}? Den andra myndigheten ser genast inte längre det som registrerats om personen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ändra kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misslyckat försök (nådde inte fram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen ägs av din myndighet och visas för den andra bara med samtycke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl för att ändå kontakta honom (krävs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktregeln är uppfylld: etablerad kontakt med den våldsutsatta, stöd och skydd erbjudet och ingen öppen bedömning som säger att kontakt äventyrar henne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medarbetare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalet gällde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet har ingen part att registrera kontakt med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n7} senaste 7 dagarna, {n30} senaste 30 (båda myndigheterna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktregeln är inte uppfylld för kontakt med den misstänkte:
{lines}
Du kan gå vidare om du anger ett skäl; skälet sparas och loggas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Inga kontakter ännu. Registrera den första med Ny kontakt (Ctrl+K); misslyckade försök registreras också.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny kontakt (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hos {agency} visas inte: det finns inget aktivt samtycke. De räknas ändå i siffrorna för kontakter och i kontaktregeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n7} senaste 7 dagarna, {n30} senaste 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakter (båda myndigheterna): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort kontakten {when}? Det går inte att ångra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceWidget</name>
    <message>
        <source>&amp;Lokal databas på den här datorn (krypterad fil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemensam databasserver (PostgreSQL) för flera datorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj plats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna sparas krypterade i en fil på den här datorn; nyckeln ligger i operativsystemets nyckelring. Välj inte en nätverksenhet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>användare@server:5432/databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotcertifikat (.crt/.pem) från IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med ett rotcertifikat krypteras förbindelsen och serverns namn kontrolleras (TLS, verify-full). Lösenord sparas aldrig i inställningarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serveradress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotcertifikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var ska databasen ligga?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR Desk-databas (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotcertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikat (*.crt *.pem *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Registrera dig i IGOR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;&lt;br&gt;Har du fått en registreringskod av gruppchefen? Skriv den här. Den knyter datoranvändaren &lt;b&gt;{account}&lt;/b&gt; till din profil och sparar nyckeln i din nyckelring. Koden gäller en gång.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Importera teamets Excel-ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs in teamets Excel-ark med bladen Ärenden, Personer och Kontakter. Kontrollera filen först: alla fel visas med blad, rad och kolumn, och ingenting sparas förrän filen är felfri. Samma fil kan importeras igen utan att något dubbleras. Importerade personer har inga namn – bara födelseår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sökväg till arbetsboken (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en fil och tryck Kontrollera. Saknar ni ett blad att fylla i? Spara en tom mall med rätt kolumner och listor med de tillåtna värdena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara &amp;mall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontrollera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avbryt importen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj teamets Excel-ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-arbetsböcker (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara tom mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen kunde inte sparas: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen är sparad: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollerar filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}, rad {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läggs till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillagda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finns redan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fanns redan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De importerade personerna har inga namn, bara födelseår. Fyll i dem i ärendena när ni vet vilka de är.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsboken har {count} fel. Ingenting har importerats. Rätta felen i Excel, spara och kontrollera igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importen avbröts. Ingenting har sparats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importen misslyckades på grund av ett oväntat fel. Ingenting har sparats. Kopiera diagnostiken till den som sköter programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vänta tills importen är klar; den går inte att avbryta halvvägs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Välkommen till IGOR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGOR Desk startas för första gången på den här datorn. Välj var uppgifterna ska sparas. Valet kan ändras senare av en administratör under Verktyg → Inställningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om databasen är ny blir du den första administratören (gruppchef) och kan sedan lägga upp dina kollegor. Datoranvändare: &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För- och efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Första administratören</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Myndighet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kom igång</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om IGOR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inloggad: {name} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas: lokal krypterad fil {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas: server {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kontakt med servern – försöker igen …</source>
        <translation>No contact with the server – trying again …</translation>
    </message>
    <message>
        <source>Om IGOR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Databasschema: {schema} (programmet: {head})&lt;/p&gt;&lt;p&gt;Medföljande bibliotek och licenser:&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Förundersökning</source>
        <translation type="unfinished">Investigation</translation>
    </message>
    <message>
        <source>Kontaktförbud</source>
        <translation type="unfinished">Restraining order</translation>
    </message>
    <message>
        <source>Kontaktförbud från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktförbud till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frihetsberövande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frihetsberövad från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släppt / till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fokusperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig polis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig socialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Händelsedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn i hushållet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadsdel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Född</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. 5000-K123456-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation type="unfinished">None</translation>
    </message>
    <message>
        <source>Fokusperson (presenteras vid genomgången med IGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen stadsdel när personen bor utanför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rättsläge och ansvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polisanmälningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förundersökning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontaktförbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rihetsberövande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från / släppt eller till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Händelsedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig &amp;polis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig &amp;socialsekreterare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ångra ändringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendet har inga parter registrerade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, född {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga barn registrerade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (anmäld {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen polisanmälan registrerad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändrat av {name} kl. {time}. Dina osparade ändringar finns kvar.</source>
        <translation>Changed by {name} at {time}. Your unsaved changes are kept.</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Formuläret visar nu den nya versionen med dina ändringar. Båda har ändrat: {fields}. Kontrollera och spara igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formuläret visar nu den nya versionen med dina ändringar. Kontrollera och spara igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Uppgifter om {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN, samordningsnummer eller reservnummer (R…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Går att nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: adress och telefon visas bara för den polis och socialsekreterare som är ansvariga för ärendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Födelse&amp;år (utan nummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skydd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gatuadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sammanboende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Välj ärende och dokument och tryck på ”Skapa”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sida {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Den här delen av IGOR Desk är inte klar ännu. Den kommer i en senare version; inga uppgifter går förlorade under tiden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Blad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassessmentReminders</name>
    <message>
        <source>Riskbedömningar att göra om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara ärenden där jag är ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga försenade riskbedömningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>RVT och RVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsad till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga lotsningar registrerade. Registrera en nedan när någon har lotsats vidare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. Alla Kvinnors Hus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. påbörjat samtal, tackade nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrera lotsning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny lotsning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lotsad till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall &amp;den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrerad på RVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påbörjat kontakt med RVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget utfall ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra lotsning / registrera utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara ändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort lotsningen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj den säkerhetskopia som databasen ska ersättas med. Allt som skrivits efter den går förlorat; den nuvarande databasfilen sparas först i mappen för säkerhetskopior. Programmet avslutas efteråt och startas om av dig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} – {name} ({size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en annan fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en säkerhetskopia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersätta databasen med säkerhetskopian {name} (schemaversion {revision})?

Det som skrivits efter säkerhetskopian går förlorat. Programmet avslutas efteråt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är återställd. Den tidigare filen finns kvar som {previous}. IGOR Desk avslutas nu; starta programmet igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Gallring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade ärenden som passerat gallringstiden. Gallring raderar ärendet helt: parter, barn, kontakter, anteckningar, samtycken, bedömningar, remisser, brev, kalenderbokningar och transporter, och personer som inte finns i något annat ärende. Det går inte att ångra. Säkerhetskopior äldre än gallringen innehåller ärendet tills de rensas ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> år efter avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara gallringstid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallringstid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation type="unfinished">Closed</translation>
    </message>
    <message>
        <source>Gallra markerade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ärenden kan gallras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radera {count} ärenden och allt som hör till dem för gott? Det går inte att ångra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cases} ärenden och {persons} personer är raderade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallrar …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas för den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En ändrad databas används från nästa start av programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopior (lokal databas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör säkerhetskopior automatiskt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> timmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Antal att spara:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallring (gäller hela teamet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> år efter avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallringstid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nya databasen används från nästa start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snabbval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste 12 månaderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detta kvartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beräkna (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellerna som Excel-fil, ett blad per tabell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF-rapport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabeller och diagram som PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymiserad export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per person för utvärderare: roll, födelseår, antal och utfall; inga namn, nummer eller adresser. Små grupper (färre än 5) redovisas inte i sammanställningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den anonymiserade exporten (en rad per person) görs av gruppchef eller analytiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera Excel-ark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en period och tryck på Beräkna (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endast antal och andelar räknas, över båda myndigheternas kontakter; inget innehåll ur anteckningar eller kontakter visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärendenas källa (antal ärenden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga ärenden under perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaktioner per månad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga interaktioner under perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer och interaktioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påbörjad stödkontakt på RVC (tabell 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifika kontakter (tabell 2 och 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakter per medarbetare och myndighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beräknar statistiken för {start} – {end} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiken kunde inte beräknas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna har ändrats sedan statistiken beräknades. Tryck på Beräkna (F5) för att uppdatera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fysiska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga ärenden var öppna under perioden {start} – {end}. Välj en annan period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {start} – {end}: {cases} ärenden, {victims} våldsutsatta och {suspects} våldsutövare. Beräknat {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara tabellerna som Excel-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-filer (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara PDF-rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara anonymiserad export för utvärderare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import av Excel-ark finns inte i den här versionen av programmet ännu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Tidpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalet gällde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skäl trots kontaktregeln: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misslyckat försök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Skäl trots kontaktregeln] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBoard</name>
    <message>
        <source>mån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sön</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddad adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sträcka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resenärer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fordon och besättning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Transport: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clashes</name>
    <message>
        <source>ärende {case}: bokningen planerar in både den våldsutsatta och den misstänkte på {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärende {case}: {title} {when} på {place} gäller den andra parten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Närmaste lediga tider: {slots}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ledig tid hittades inom två veckor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Filen lästes inte in; ingenting sparades.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>excel_import</name>
    <message>
        <source>rad {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolumn {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsboken har {count} fel. Ingenting har importerats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser bladet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj ett av värdena i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange ett årtal med fyra siffror.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>adress</source>
        <translation>address</translation>
    </message>
    <message>
        <source>myndighetens namn</source>
        <translation>agency&apos;s name</translation>
    </message>
    <message>
        <source>djur</source>
        <translation>animals</translation>
    </message>
    <message>
        <source>område</source>
        <translation>area</translation>
    </message>
    <message>
        <source>bedömningsdatum</source>
        <translation>assessment date</translation>
    </message>
    <message>
        <source>bedömning</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>bedömare</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>födelseår</source>
        <translation>birth year</translation>
    </message>
    <message>
        <source>ärende</source>
        <translation>case</translation>
    </message>
    <message>
        <source>kanal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>barn</source>
        <translation>children</translation>
    </message>
    <message>
        <source>barnets födelseår</source>
        <translation>child&apos;s birth year</translation>
    </message>
    <message>
        <source>antal barn</source>
        <translation>number of children</translation>
    </message>
    <message>
        <source>avslutsdatum</source>
        <translation>closing date</translation>
    </message>
    <message>
        <source>gäller</source>
        <translation>concerns</translation>
    </message>
    <message>
        <source>kontaktförbud</source>
        <translation>restraining order</translation>
    </message>
    <message>
        <source>kontaktförbud från</source>
        <translation>restraining order from</translation>
    </message>
    <message>
        <source>kontaktförbud till</source>
        <translation>restraining order until</translation>
    </message>
    <message>
        <source>kontakttelefon</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <source>besättning</source>
        <translation>crew</translation>
    </message>
    <message>
        <source>frihetsberövande</source>
        <translation>custody</translation>
    </message>
    <message>
        <source>frihetsberövande sedan</source>
        <translation>in custody since</translation>
    </message>
    <message>
        <source>frihetsberövande till</source>
        <translation>in custody until</translation>
    </message>
    <message>
        <source>databasfil</source>
        <translation>database file</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>stadsdel</source>
        <translation>district</translation>
    </message>
    <message>
        <source>tidigast</source>
        <translation>earliest</translation>
    </message>
    <message>
        <source>slut</source>
        <translation>end</translation>
    </message>
    <message>
        <source>beräknad tid</source>
        <translation>estimated time</translation>
    </message>
    <message>
        <source>uppföljningsdatum</source>
        <translation>follow-up date</translation>
    </message>
    <message>
        <source>lämnat den</source>
        <translation>given on</translation>
    </message>
    <message>
        <source>stadsdelsområde</source>
        <translation>district</translation>
    </message>
    <message>
        <source>händelsedatum</source>
        <translation>incident date</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrument</translation>
    </message>
    <message>
        <source>typ</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>senast</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>margin</translation>
    </message>
    <message>
        <source>form</source>
        <translation>method</translation>
    </message>
    <message>
        <source>tidpunkt</source>
        <translation>time</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>ny bedömning senast</source>
        <translation>reassess by</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <source>antal gånger</source>
        <translation>number of times</translation>
    </message>
    <message>
        <source>erbjudits stöd och skydd</source>
        <translation>offered support and protection</translation>
    </message>
    <message>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>utfall</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>utfall den</source>
        <translation>outcome on</translation>
    </message>
    <message>
        <source>deltagare</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>parter</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>part</source>
        <translation>party</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>upphämtning</source>
        <translation>pick-up</translation>
    </message>
    <message>
        <source>planerad start</source>
        <translation>planned start</translation>
    </message>
    <message>
        <source>ansvarig polis</source>
        <translation>responsible officer</translation>
    </message>
    <message>
        <source>syfte</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>skäl</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>anledning</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>mottagare</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>upprepning</source>
        <translation>repetition</translation>
    </message>
    <message>
        <source>lotsad vidare till</source>
        <translation>referred on to</translation>
    </message>
    <message>
        <source>lotsad till</source>
        <translation>referred to</translation>
    </message>
    <message>
        <source>diarienummer</source>
        <translation>registration number</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>skäl för att öppna igen</source>
        <translation>reason for reopening</translation>
    </message>
    <message>
        <source>upprepas till</source>
        <translation>repeats until</translation>
    </message>
    <message>
        <source>anmälningsdatum</source>
        <translation>report date</translation>
    </message>
    <message>
        <source>anmälningsnummer</source>
        <translation>report numbers</translation>
    </message>
    <message>
        <source>resurser</source>
        <translation>resources</translation>
    </message>
    <message>
        <source>gallringstid</source>
        <translation>retention period</translation>
    </message>
    <message>
        <source>risknivå</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <source>säkerhetsanteckning</source>
        <translation>safety note</translation>
    </message>
    <message>
        <source>serveradress</source>
        <translation>server address</translation>
    </message>
    <message>
        <source>ansvarig socialsekreterare</source>
        <translation>responsible social worker</translation>
    </message>
    <message>
        <source>källa</source>
        <translation>source</translation>
    </message>
    <message>
        <source>medarbetare</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>samtalstyp</source>
        <translation>talk kind</translation>
    </message>
    <message>
        <source>tid</source>
        <translation>time</translation>
    </message>
    <message>
        <source>rubrik</source>
        <translation>title</translation>
    </message>
    <message>
        <source>resenärer</source>
        <translation>travellers</translation>
    </message>
    <message>
        <source>fordon</source>
        <translation>vehicle</translation>
    </message>
    <message>
        <source>upphörde våldet och hoten</source>
        <translation>did the violence and threats stop</translation>
    </message>
    <message>
        <source>återkallat den</source>
        <translation>withdrawn on</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Polis</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Socialtjänst</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Öppet</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Tips från polis</source>
        <translation>Tip from the police</translation>
    </message>
    <message>
        <source>BINR</source>
        <translation>BINR</translation>
    </message>
    <message>
        <source>RVT</source>
        <translation>RVT</translation>
    </message>
    <message>
        <source>Egen identifiering</source>
        <translation>Own identification</translation>
    </message>
    <message>
        <source>Tips från allmänheten</source>
        <translation>Tip from the public</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Inom projektområdet</source>
        <translation>Inside the project area</translation>
    </message>
    <message>
        <source>Utanför projektområdet</source>
        <translation>Outside the project area</translation>
    </message>
    <message>
        <source>Våldsutsatt</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Misstänkt våldsutövare</source>
        <translation>Suspected perpetrator</translation>
    </message>
    <message>
        <source>Nuvarande partner</source>
        <translation>Current partner</translation>
    </message>
    <message>
        <source>Tidigare partner</source>
        <translation>Former partner</translation>
    </message>
    <message>
        <source>Annan relation</source>
        <translation>Other relationship</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Samordningsnummer</source>
        <translation>Coordination number</translation>
    </message>
    <message>
        <source>Reservnummer</source>
        <translation>Reserve number</translation>
    </message>
    <message>
        <source>Endast födelseår</source>
        <translation>Birth year only</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Sekretessmarkering</source>
        <translation>Confidentiality marking</translation>
    </message>
    <message>
        <source>Skyddad folkbokföring</source>
        <translation>Protected registration</translation>
    </message>
    <message>
        <source>Fingerade personuppgifter</source>
        <translation>Fictitious identity</translation>
    </message>
    <message>
        <source>Ingen förundersökning</source>
        <translation>No investigation</translation>
    </message>
    <message>
        <source>Förundersökning pågår</source>
        <translation>Investigation ongoing</translation>
    </message>
    <message>
        <source>Förundersökning nedlagd</source>
        <translation>Investigation closed</translation>
    </message>
    <message>
        <source>Inget kontaktförbud</source>
        <translation>No restraining order</translation>
    </message>
    <message>
        <source>Kontaktförbud</source>
        <translation>Restraining order</translation>
    </message>
    <message>
        <source>Kontaktförbud avseende gemensam bostad</source>
        <translation>Restraining order concerning a shared home</translation>
    </message>
    <message>
        <source>Utvidgat kontaktförbud</source>
        <translation>Extended restraining order</translation>
    </message>
    <message>
        <source>Särskilt utvidgat kontaktförbud</source>
        <translation>Specially extended restraining order</translation>
    </message>
    <message>
        <source>Inte frihetsberövad</source>
        <translation>Not in custody</translation>
    </message>
    <message>
        <source>Anhållen</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <source>Häktad</source>
        <translation>Detained</translation>
    </message>
    <message>
        <source>Släppt</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Arresteringssamtal</source>
        <translation>Arrest-cell talk</translation>
    </message>
    <message>
        <source>Släppsamtal</source>
        <translation>Release talk</translation>
    </message>
    <message>
        <source>Följe (förhör, rättegång)</source>
        <translation>Accompaniment (interview, court)</translation>
    </message>
    <message>
        <source>Motivera till stödinsats för våld</source>
        <translation>Motivate to seek support for violence</translation>
    </message>
    <message>
        <source>Motivera till stöd för missbruk/beroende</source>
        <translation>Motivate to seek support for substance abuse/addiction</translation>
    </message>
    <message>
        <source>Motivera till polisanmälan</source>
        <translation>Motivate to report to the police</translation>
    </message>
    <message>
        <source>Motivera att delta i förundersökning</source>
        <translation>Motivate to take part in the investigation</translation>
    </message>
    <message>
        <source>Säkerhetsplanering</source>
        <translation>Safety planning</translation>
    </message>
    <message>
        <source>Avstämningssamtal</source>
        <translation>Check-in talk</translation>
    </message>
    <message>
        <source>Riskbedömning</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Skriftligt (undertecknad blankett)</source>
        <translation>Written (signed form)</translation>
    </message>
    <message>
        <source>Muntligt</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Redan aktuell</source>
        <translation>Already known</translation>
    </message>
    <message>
        <source>RVT (relationsvåldsteamet)</source>
        <translation>RVT (domestic violence team)</translation>
    </message>
    <message>
        <source>RVC (relationsvåldscentrum)</source>
        <translation>RVC (domestic violence centre)</translation>
    </message>
    <message>
        <source>Manscentrum</source>
        <translation>Men&apos;s centre</translation>
    </message>
    <message>
        <source>Kvinnojour</source>
        <translation>Women&apos;s shelter</translation>
    </message>
    <message>
        <source>Beroendevård</source>
        <translation>Addiction care</translation>
    </message>
    <message>
        <source>Ekonomiskt bistånd</source>
        <translation>Financial assistance</translation>
    </message>
    <message>
        <source>Psykiatri/hälso- och sjukvård</source>
        <translation>Psychiatry/health care</translation>
    </message>
    <message>
        <source>BOPS (brottsoffer- och personsäkerhet)</source>
        <translation>BOPS (victim and personal security)</translation>
    </message>
    <message>
        <source>BINR (utredning)</source>
        <translation>BINR (investigation)</translation>
    </message>
    <message>
        <source>Annat stadsdelsområde</source>
        <translation>Other district</translation>
    </message>
    <message>
        <source>FREDA-kortfrågor</source>
        <translation>FREDA short questions</translation>
    </message>
    <message>
        <source>FREDA-beskrivning</source>
        <translation>FREDA description</translation>
    </message>
    <message>
        <source>FREDA-farlighetsbedömning</source>
        <translation>FREDA danger assessment</translation>
    </message>
    <message>
        <source>SARA</source>
        <translation>SARA</translation>
    </message>
    <message>
        <source>PATRIARK</source>
        <translation>PATRIARK</translation>
    </message>
    <message>
        <source>SAM</source>
        <translation>SAM</translation>
    </message>
    <message>
        <source>PPIT</source>
        <translation>PPIT</translation>
    </message>
    <message>
        <source>Allmän säkerhetsbedömning</source>
        <translation>General safety assessment</translation>
    </message>
    <message>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Förhöjd</source>
        <translation>Elevated</translation>
    </message>
    <message>
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Stöd vid förhör</source>
        <translation>Support at interview</translation>
    </message>
    <message>
        <source>Stöd vid rättegång</source>
        <translation>Support at court</translation>
    </message>
    <message>
        <source>Genomgång med IGV</source>
        <translation>Briefing with IGV</translation>
    </message>
    <message>
        <source>Möte med RVT</source>
        <translation>Meeting with RVT</translation>
    </message>
    <message>
        <source>Bokning av samtalsrum</source>
        <translation>Talk room booking</translation>
    </message>
    <message>
        <source>Uppföljningssamtal</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Samtalsrum</source>
        <translation>Talk room</translation>
    </message>
    <message>
        <source>Fordon</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Förhör</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Rättegång</source>
        <translation>Court hearing</translation>
    </message>
    <message>
        <source>Läkarbesök</source>
        <translation>Doctor visit</translation>
    </message>
    <message>
        <source>Rättsmedicinsk undersökning</source>
        <translation>Forensic examination</translation>
    </message>
    <message>
        <source>Skyddat boende</source>
        <translation>Sheltered housing</translation>
    </message>
    <message>
        <source>Hämta tillhörigheter/djur</source>
        <translation>Fetch belongings/animals</translation>
    </message>
    <message>
        <source>Begärd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Inställd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Remiss</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Orosanmälan</source>
        <translation>Report of concern</translation>
    </message>
    <message>
        <source>Samtyckesblankett</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Kallelse/bekräftelse</source>
        <translation>Appointment/confirmation</translation>
    </message>
    <message>
        <source>Fokuspersoner för genomgång</source>
        <translation>Focus persons for the briefing</translation>
    </message>
    <message>
        <source>Körorder</source>
        <translation>Run sheet</translation>
    </message>
    <message>
        <source>Polistips</source>
        <translation>Police tip</translation>
    </message>
    <message>
        <source>Polissystem</source>
        <translation>Police systems</translation>
    </message>
    <message>
        <source>Allmänheten</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Stöd våld</source>
        <translation>Support violence</translation>
    </message>
    <message>
        <source>Missbruk</source>
        <translation>Addiction</translation>
    </message>
    <message>
        <source>Polisanmälan</source>
        <translation>Police report</translation>
    </message>
    <message>
        <source>Förundersökning</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Säkerhetsplan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <source>Avstämning</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Misstänkt</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Tips från polisen</source>
        <translation>Tip from the police</translation>
    </message>
    <message>
        <source>Anmälan från BINR</source>
        <translation>Report from BINR</translation>
    </message>
    <message>
        <source>Från RVT</source>
        <translation>From RVT</translation>
    </message>
    <message>
        <source>Egen identifiering i polisens system</source>
        <translation>Own identification in the police&apos;s systems</translation>
    </message>
    <message>
        <source>Motivera till att söka stödinsats för våld</source>
        <translation>Motivate to seek support for violence</translation>
    </message>
    <message>
        <source>Motivera till att söka stödinsats för missbruk</source>
        <translation>Motivate to seek support for addiction</translation>
    </message>
    <message>
        <source>Motivera till att göra polisanmälan</source>
        <translation>Motivate to report to the police</translation>
    </message>
    <message>
        <source>Motivera till att delta i förundersökning</source>
        <translation>Motivate to take part in the investigation</translation>
    </message>
    <message>
        <source>Avstämningssamtal (ej MI)</source>
        <translation>Check-in talk (not MI)</translation>
    </message>
    <message>
        <source>Våldsutövare</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <source>skriftligt, på samtyckesblankett</source>
        <translation>in writing, on a consent form</translation>
    </message>
    <message>
        <source>muntligt</source>
        <translation>verbally</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Kopiera diagnostik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostiken är kopierad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
