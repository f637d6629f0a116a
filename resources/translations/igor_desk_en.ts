<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <source>Databasen är en PostgreSQL-server; den säkerhetskopieras med pg_dump och återställs med pg_restore (se docs/operations.md).</source>
        <translation>The database is a PostgreSQL server; it is backed up with pg_dump and restored with pg_restore (see docs/operations.md).</translation>
    </message>
    <message>
        <source>Antalet ärenden måste vara minst 1.</source>
        <translation>The number of cases must be at least 1.</translation>
    </message>
    <message>
        <source>Databasen innehåller redan {count} ärenden. Demodata läggs bara in i en databas utan ärenden; ange en ny databasfil med --db.</source>
        <translation>The database already holds {count} cases. Demo data is only added to a database without cases; give a new database file with --db.</translation>
    </message>
    <message>
        <source>Ogiltig inmatning.</source>
        <translation>Invalid input.</translation>
    </message>
    <message>
        <source>Mallen {template}, rad {line}: </source>
        <translation>Template {template}, line {line}: </translation>
    </message>
    <message>
        <source>Mallen {template} finns inte.</source>
        <translation>The template {template} does not exist.</translation>
    </message>
    <message>
        <source>Mottagarlistan {file} kan inte läsas: {reason}</source>
        <translation>The recipient list {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Det finns ingen profil för datoranvändaren {account}. Be en gruppchef lägga upp dig och ge dig en registreringskod.</source>
        <translation>There is no profile for the computer user {account}. Ask a team leader to add you and give you an enrolment code.</translation>
    </message>
    <message>
        <source>Profilen för {account} är spärrad. Kontakta gruppchefen.</source>
        <translation>The profile for {account} is blocked. Contact the team leader.</translation>
    </message>
    <message>
        <source>Databasen har redan profiler; be en gruppchef om en ny profil.</source>
        <translation>The database already has profiles; ask a team leader for a new profile.</translation>
    </message>
    <message>
        <source>Välj minst en roll: handläggare, gruppchef/administratör eller analytiker.</source>
        <translation>Choose at least one role: case worker, team leader/administrator or analyst.</translation>
    </message>
    <message>
        <source>Profilen finns inte eller är spärrad.</source>
        <translation>The profile does not exist or is blocked.</translation>
    </message>
    <message>
        <source>Databasnyckeln finns inte i din nyckelring.</source>
        <translation>The database key is not in your keyring.</translation>
    </message>
    <message>
        <source>Databasroller finns bara när databasen ligger på en server.</source>
        <translation>Database roles exist only when the database is on a server.</translation>
    </message>
    <message>
        <source>Du kan inte spärra din egen profil.</source>
        <translation>You cannot block your own profile.</translation>
    </message>
    <message>
        <source>Profilen finns inte.</source>
        <translation>The profile does not exist.</translation>
    </message>
    <message>
        <source>Datoranvändaren {account} har redan en profil i den här databasen.</source>
        <translation>The computer user {account} already has a profile in this database.</translation>
    </message>
    <message>
        <source>Bara personen själv eller gruppchefen kan ändra kontaktuppgifterna.</source>
        <translation>Only the person or the team lead can change the contact details.</translation>
    </message>
    <message>
        <source>Fältet {field}: bara siffror, mellanslag, +, - och parenteser.</source>
        <translation>Field {field}: only digits, spaces, +, - and parentheses.</translation>
    </message>
    <message>
        <source>Fältet {field}: skriv en e-postadress, namn@exempel.se.</source>
        <translation>Field {field}: type an e-mail address, name@example.org.</translation>
    </message>
    <message>
        <source>Logotypen är för stor (högst 512 kB).</source>
        <translation>The logo is too large (at most 512 kB).</translation>
    </message>
    <message>
        <source>Logotypen måste vara en PNG-bild.</source>
        <translation>The logo must be a PNG image.</translation>
    </message>
    <message>
        <source>Ring tillbaka</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Kontrollera häktningsbeslut</source>
        <translation>Check the detention decision</translation>
    </message>
    <message>
        <source>Uppföljning efter frigivning</source>
        <translation>Follow-up after release</translation>
    </message>
    <message>
        <source>Förnya kontaktförbud</source>
        <translation>Renew the restraining order</translation>
    </message>
    <message>
        <source>Ny riskbedömning</source>
        <translation>New risk assessment</translation>
    </message>
    <message>
        <source>Ärendet finns inte (det kan ha gallrats).</source>
        <translation>The case does not exist (it may have been deleted under the retention rules).</translation>
    </message>
    <message>
        <source>Åtgärden är redan klarmarkerad.</source>
        <translation>The action is already marked done.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj vem bedömningen gäller.</source>
        <translation>Field {field}: choose whom the assessment concerns.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj ett instrument.</source>
        <translation>Field {field}: choose an instrument.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj låg, förhöjd eller hög.</source>
        <translation>Field {field}: choose low, elevated or high.</translation>
    </message>
    <message>
        <source>Fältet {field} måste fyllas i.</source>
        <translation>Field {field} must be filled in.</translation>
    </message>
    <message>
        <source>Fältet {field} kan inte ligga i framtiden.</source>
        <translation>Field {field} cannot be in the future.</translation>
    </message>
    <message>
        <source>Fältet {field}: datumet måste ligga efter bedömningsdatumet.</source>
        <translation>Field {field}: the date must be after the assessment date.</translation>
    </message>
    <message>
        <source>Fältet {field} får vara högst {n} tecken.</source>
        <translation>Field {field} may be at most {n} characters.</translation>
    </message>
    <message>
        <source>Fältet {field}: bedömaren ska tillhöra din myndighet.</source>
        <translation>Field {field}: the assessor must belong to your agency.</translation>
    </message>
    <message>
        <source>En riskbedömning kan inte flyttas till ett annat ärende.</source>
        <translation>A risk assessment cannot be moved to another case.</translation>
    </message>
    <message>
        <source>Riskbedömningen är redan avslutad.</source>
        <translation>The risk assessment is already closed.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange från vilket datum förbudet gäller.</source>
        <translation>Field {field}: give the date from which the order applies.</translation>
    </message>
    <message>
        <source>Fältet {field}: slutdatumet ligger före startdatumet.</source>
        <translation>Field {field}: the end date is before the start date.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange när han frihetsberövades.</source>
        <translation>Field {field}: give when he was taken into custody.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange när han släpptes.</source>
        <translation>Field {field}: give when he was released.</translation>
    </message>
    <message>
        <source>Fältet {field}: han kan inte ha släppts i framtiden.</source>
        <translation>Field {field}: he cannot have been released in the future.</translation>
    </message>
    <message>
        <source>Fältet {field}: tiden ligger före tiden då frihetsberövandet började.</source>
        <translation>Field {field}: the time is before the time custody began.</translation>
    </message>
    <message>
        <source>Fältet {field}: ta bort tiderna eller välj anhållen, häktad eller släppt.</source>
        <translation>Field {field}: remove the times or choose arrested, remanded in custody or released.</translation>
    </message>
    <message>
        <source>Fältet {field}: ta bort datumen eller välj typ av kontaktförbud.</source>
        <translation>Field {field}: remove the dates or choose a type of restraining order.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj en aktiv medarbetare i rätt myndighet.</source>
        <translation>Field {field}: choose an active staff member of the right agency.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har fel form. Skriv t.ex. 5000-K123456-25.</source>
        <translation>Field {field}: “{value}” has the wrong form. Write e.g. 5000-K123456-25.</translation>
    </message>
    <message>
        <source>Fältet {field}: {value} finns redan i ärendet.</source>
        <translation>Field {field}: {value} is already in the case.</translation>
    </message>
    <message>
        <source>Anmälan finns inte längre i ärendet.</source>
        <translation>The report is no longer in the case.</translation>
    </message>
    <message>
        <source>Parten finns inte längre i ärendet.</source>
        <translation>The party is no longer in the case.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange ett rimligt år.</source>
        <translation>Field {field}: give a plausible year.</translation>
    </message>
    <message>
        <source>Fältet {field}: numret finns redan hos en annan person i registret.</source>
        <translation>Field {field}: the number already belongs to another person in the register.</translation>
    </message>
    <message>
        <source>Fältet {field}: personen har skyddade personuppgifter och du är inte tilldelad ärendet.</source>
        <translation>Field {field}: the person has protected personal data and you are not assigned to the case.</translation>
    </message>
    <message>
        <source>Fältet {field}: ett barn i ärendet är under 18 år.</source>
        <translation>Field {field}: a child in the case is under 18.</translation>
    </message>
    <message>
        <source>Barnet finns inte längre i ärendet.</source>
        <translation>The child is no longer in the case.</translation>
    </message>
    <message>
        <source>Fältet {field}: svara ja, nej eller vet inte.</source>
        <translation>Field {field}: answer yes, no or don&apos;t know.</translation>
    </message>
    <message>
        <source>Fältet {field}: uppföljningen ligger före avslutsdatumet.</source>
        <translation>Field {field}: the follow-up is before the closing date.</translation>
    </message>
    <message>
        <source>Ärendet är redan avslutat.</source>
        <translation>The case is already closed.</translation>
    </message>
    <message>
        <source>Fältet {field}: ärendet kan inte avslutas före det öppnades.</source>
        <translation>Field {field}: the case cannot be closed before it was opened.</translation>
    </message>
    <message>
        <source>Ärendet är redan öppet.</source>
        <translation>The case is already open.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange 1–{most} månader.</source>
        <translation>Field {field}: give 1–{most} months.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj minst en riktning.</source>
        <translation>Field {field}: choose at least one direction.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj minst ett slags uppgifter.</source>
        <translation>Field {field}: choose at least one kind of record.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj skriftligt eller muntligt.</source>
        <translation>Field {field}: choose written or verbal.</translation>
    </message>
    <message>
        <source>Fältet {field}: kan inte vara före dagen samtycket lämnades.</source>
        <translation>Field {field}: cannot be before the day the consent was given.</translation>
    </message>
    <message>
        <source>Fältet {field}: kan inte vara före giltig från.</source>
        <translation>Field {field}: cannot be before valid from.</translation>
    </message>
    <message>
        <source>Fältet {field}: ett samtycke kan gälla högst {years} år.</source>
        <translation>Field {field}: a consent can be valid for at most {years} years.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj en part i ärendet.</source>
        <translation>Field {field}: choose a party in the case.</translation>
    </message>
    <message>
        <source>Samtycket är redan återkallat.</source>
        <translation>The consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>IGOR-polis, stödsamtal — inte förhör</source>
        <translation>IGOR police officer, support talk — not an interview</translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, stödsamtal — inte myndighetsutövning</source>
        <translation>IGOR social worker, support talk — not an exercise of official authority</translation>
    </message>
    <message>
        <source>IGOR-polis, säkerhetssamtal</source>
        <translation>IGOR police officer, safety talk</translation>
    </message>
    <message>
        <source>IGOR-polis, praktiskt stöd (transport, följe)</source>
        <translation>IGOR police officer, practical support (transport, accompaniment)</translation>
    </message>
    <message>
        <source>IGOR-polis, första kontakt med anhållen — inte förhör</source>
        <translation>IGOR police officer, first contact with an arrested person — not an interview</translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, arresteringssamtal — inte förhör</source>
        <translation>IGOR social worker, arrest-cell talk — not an interview</translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, motiverande samtal (MI)</source>
        <translation>IGOR social worker, motivational interviewing (MI)</translation>
    </message>
    <message>
        <source>IGOR-socialsekreterare, FREDA-bedömning</source>
        <translation>IGOR social worker, FREDA assessment</translation>
    </message>
    <message>
        <source>Ärendet har ingen registrerad våldsutsatt, så det finns ingen etablerad kontakt med henne.</source>
        <translation>The case has no registered victim, so there is no established contact with her.</translation>
    </message>
    <message>
        <source>Det finns ingen etablerad kontakt med den våldsutsatta (ingen kontakt där hon nåtts; misslyckade försök räknas inte).</source>
        <translation>There is no established contact with the victim (no contact in which she was reached; failed attempts do not count).</translation>
    </message>
    <message>
        <source>Den våldsutsatta har inte erbjudits stöd och skydd.</source>
        <translation>The victim has not been offered support and protection.</translation>
    </message>
    <message>
        <source>En öppen riskbedömning säger att kontakt med den misstänkte kan utsätta henne eller barnen för fara.</source>
        <translation>An open risk assessment says that contact with the suspect may put her or the children in danger.</translation>
    </message>
    <message>
        <source>Kontaktregeln är inte uppfylld för kontakt med den misstänkte:
{conditions}
Ange ett skäl för att ändå gå vidare.</source>
        <translation>The contact rule is not met for contact with the suspect:
{conditions}
Give a reason for going ahead anyway.</translation>
    </message>
    <message>
        <source>Fältet {field}: stöd och skydd registreras för den våldsutsatta.</source>
        <translation>Field {field}: support and protection are recorded for the victim.</translation>
    </message>
    <message>
        <source>Fältet {field}: datumet kan inte ligga i framtiden.</source>
        <translation>Field {field}: the date cannot be in the future.</translation>
    </message>
    <message>
        <source>Fältet {field}: en kontakt som registreras kan inte ligga i framtiden. Planera den i kalendern i stället.</source>
        <translation>Field {field}: a contact being recorded cannot be in the future. Plan it in the calendar instead.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj ett sätt.</source>
        <translation>Field {field}: choose a method.</translation>
    </message>
    <message>
        <source>Fältet {field} måste fyllas i: säg i vilken roll kontakten hölls.</source>
        <translation>Field {field} must be filled in: say in which role the contact was held.</translation>
    </message>
    <message>
        <source>Fältet {field}: ett misslyckat försök har inga samtalstyper.</source>
        <translation>Field {field}: a failed attempt has no talk kinds.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj en aktiv medarbetare.</source>
        <translation>Field {field}: choose an active staff member.</translation>
    </message>
    <message>
        <source>Fältet {field}: du kan bara registrera kontakter för din egen myndighet.</source>
        <translation>Field {field}: you can only record contacts for your own agency.</translation>
    </message>
    <message>
        <source>En kontakt kan inte flyttas till ett annat ärende.</source>
        <translation>A contact cannot be moved to another case.</translation>
    </message>
    <message>
        <source>Personen finns redan i ett öppet ärende ({numbers}). Öppna det ärendet eller bekräfta att ett nytt ärende ska skapas.</source>
        <translation>The person is already in an open case ({numbers}). Open that case or confirm that a new case is to be created.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har fel form. Skriv till exempel 5000-K123456-25.</source>
        <translation>Field {field}: “{value}” has the wrong form. Write for example 5000-K123456-25.</translation>
    </message>
    <message>
        <source>Fältet {field}: skriv ett nummer eller välj reservnummer, inte båda.</source>
        <translation>Field {field}: write a number or choose reserve number, not both.</translation>
    </message>
    <message>
        <source>Fältet {field}: {value} är inget rimligt födelseår ({low}–{high}).</source>
        <translation>Field {field}: {value} is not a plausible birth year ({low}–{high}).</translation>
    </message>
    <message>
        <source>Fältet {field}: {value} stämmer inte med personnumret (född {born}).</source>
        <translation>Field {field}: {value} does not match the personal identity number (born {born}).</translation>
    </message>
    <message>
        <source>Fältet {field}: skriv namn eller personnummer (eller ta bort parten).</source>
        <translation>Field {field}: write a name or personal identity number (or remove the party).</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget telefonnummer.</source>
        <translation>Field {field}: “{value}” is not a phone number.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget postnummer (fem siffror).</source>
        <translation>Field {field}: “{value}” is not a postcode (five digits).</translation>
    </message>
    <message>
        <source>Fältet {field}: personen finns inte eller är spärrad.</source>
        <translation>Field {field}: the person does not exist or is blocked.</translation>
    </message>
    <message>
        <source>Fältet {field}: personen hör inte till rätt myndighet.</source>
        <translation>Field {field}: the person does not belong to the right agency.</translation>
    </message>
    <message>
        <source>Fältet {field} har ett okänt värde.</source>
        <translation>Field {field} has an unknown value.</translation>
    </message>
    <message>
        <source>Fältet {field} måste väljas.</source>
        <translation>Field {field} must be chosen.</translation>
    </message>
    <message>
        <source>Fältet {field}: skriv personens eget stadsdelsområde när ärendet ligger utanför projektområdet.</source>
        <translation>Field {field}: write the person&apos;s own district when the case is outside the project area.</translation>
    </message>
    <message>
        <source>Fältet {field}: hänvisning till eget stadsdelsområde gäller bara ärenden utanför projektområdet.</source>
        <translation>Field {field}: a referral to the person&apos;s own district applies only to cases outside the project area.</translation>
    </message>
    <message>
        <source>Fältet {field}: datumet {value} ligger i framtiden.</source>
        <translation>Field {field}: the date {value} is in the future.</translation>
    </message>
    <message>
        <source>Fältet {field}: händelsen ({value}) kan inte ligga efter ärendets startdatum ({opened}).</source>
        <translation>Field {field}: the incident ({value}) cannot be after the case&apos;s start date ({opened}).</translation>
    </message>
    <message>
        <source>Fältet {field}: ange minst en part, den våldsutsatta eller den misstänkta.</source>
        <translation>Field {field}: give at least one party, the victim or the suspect.</translation>
    </message>
    <message>
        <source>Fältet {field}: den våldsutsatta och den misstänkta kan inte ha samma nummer.</source>
        <translation>Field {field}: the victim and the suspect cannot have the same number.</translation>
    </message>
    <message>
        <source>Fältet {field}: högst {limit} barn.</source>
        <translation>Field {field}: at most {limit} children.</translation>
    </message>
    <message>
        <source>Fältet {field}: {value} är inget födelseår för ett barn ({low}–{high}).</source>
        <translation>Field {field}: {value} is not a birth year for a child ({low}–{high}).</translation>
    </message>
    <message>
        <source>Fältet {field}: skriv förnamn eller födelseår (eller ta bort raden).</source>
        <translation>Field {field}: write a first name or birth year (or remove the row).</translation>
    </message>
    <message>
        <source>Fältet {field}: högst {limit} nummer.</source>
        <translation>Field {field}: at most {limit} numbers.</translation>
    </message>
    <message>
        <source>Fältet {field}: {value} står två gånger.</source>
        <translation>Field {field}: {value} appears twice.</translation>
    </message>
    <message>
        <source>En annan arbetsstation registrerade samma person i samma ögonblick. Inget sparades; försök igen.</source>
        <translation>Another workstation registered the same person at the same moment. Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>{title} är bara för polisen. Din profil hör till socialtjänsten.</source>
        <translation>{title} is for the police only. Your profile belongs to social services.</translation>
    </message>
    <message>
        <source>{title} är bara för socialtjänsten.</source>
        <translation>{title} is for social services only.</translation>
    </message>
    <message>
        <source>Mallen {template} har inget fält som heter {name}.</source>
        <translation>The template {template} has no field called {name}.</translation>
    </message>
    <message>
        <source>Ärendet finns inte (längre).</source>
        <translation>The case does not exist (any more).</translation>
    </message>
    <message>
        <source>Skriv vilken mottagare det gäller ({name}).</source>
        <translation>Write which recipient it concerns ({name}).</translation>
    </message>
    <message>
        <source>Ärendet {case} har ingen {role}.</source>
        <translation>Case {case} has no {role}.</translation>
    </message>
    <message>
        <source>Ärendet {case} har inga barn registrerade. Lägg in barnen i ärendet först.</source>
        <translation>Case {case} has no children registered. Add the children to the case first.</translation>
    </message>
    <message>
        <source>Brevet finns inte eller är inte tillgängligt för dig.</source>
        <translation>The letter does not exist or is not available to you.</translation>
    </message>
    <message>
        <source>Det här dokumentet kan inte skrivas ut som kopia. Skapa det på nytt där det gjordes.</source>
        <translation>This document cannot be printed as a copy. Create it again where it was made.</translation>
    </message>
    <message>
        <source>Dokumentet innehåller skyddade personuppgifter och visas bara för dem som har behov av dem (ärendets handläggare, transportens beställare och besättning).</source>
        <translation>The document contains protected personal data and is shown only to those who need it (the case&apos;s case workers, the transport&apos;s requester and crew).</translation>
    </message>
    <message>
        <source>Fältet {field}: välj vart.</source>
        <translation>Field {field}: choose where to.</translation>
    </message>
    <message>
        <source>Fältet {field}: datumet ligger före lotsningen.</source>
        <translation>Field {field}: the date is before the referral.</translation>
    </message>
    <message>
        <source>En lotsning som är {current} kan inte bli {to}.</source>
        <translation>A referral that is {current} cannot become {to}.</translation>
    </message>
    <message>
        <source>Fältet {field}: kan inte vara före förra steget ({day}).</source>
        <translation>Field {field}: cannot be before the previous step ({day}).</translation>
    </message>
    <message>
        <source>Fältet {field}: ange 1–365 dagar.</source>
        <translation>Field {field}: give 1–365 days.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har fel form. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</source>
        <translation>Field {field}: “{value}” has the wrong form. Write YYYYMMDD-NNNN or YYMMDD-NNNN.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” innehåller inget giltigt datum.</source>
        <translation>Field {field}: “{value}” contains no valid date.</translation>
    </message>
    <message>
        <source>Fältet {field}: kontrollsiffran i ”{value}” stämmer inte.</source>
        <translation>Field {field}: the check digit in “{value}” does not match.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” har ett födelsedatum i framtiden.</source>
        <translation>Field {field}: “{value}” has a date of birth in the future.</translation>
    </message>
    <message>
        <source>Din profil (analytiker) får inte importera Excel-ark. Be en handläggare eller gruppchefen importera filen.</source>
        <translation>Your profile (analyst) may not import Excel sheets. Ask a case worker or the team leader to import the file.</translation>
    </message>
    <message>
        <source>Någon annan registrerade eller importerade samma ärenden samtidigt. Ingenting har importerats; kontrollera filen och försök igen.</source>
        <translation>Someone else registered or imported the same cases at the same time. Nothing has been imported; check the file and try again.</translation>
    </message>
    <message>
        <source>ärendet &quot;{case}&quot; har ingen person med rollen {role}; lägg till personen på bladet Personer</source>
        <translation>case &quot;{case}&quot; has no person with the role {role}; add the person on the Persons sheet</translation>
    </message>
    <message>
        <source>du kan bara importera kontakter som {own} har utfört; gruppchefen eller en administratör kan importera hela teamets blad</source>
        <translation>you can only import contacts that {own} carried out; the team leader or an administrator can import the whole team&apos;s sheet</translation>
    </message>
    <message>
        <source>bladet saknas</source>
        <translation>the sheet is missing</translation>
    </message>
    <message>
        <source>rubrikraden saknas (rad 1 ska ha kolumnnamnen)</source>
        <translation>the header row is missing (row 1 must hold the column names)</translation>
    </message>
    <message>
        <source>kolumnen finns två gånger i rubrikraden</source>
        <translation>the column appears twice in the header row</translation>
    </message>
    <message>
        <source>kolumnen saknas i rubrikraden</source>
        <translation>the column is missing from the header row</translation>
    </message>
    <message>
        <source>fler än {limit} fel; resten av arbetsboken lästes inte. Rätta felen ovan och kontrollera igen</source>
        <translation>more than {limit} errors; the rest of the workbook was not read. Correct the errors above and check again</translation>
    </message>
    <message>
        <source>tom cell; ange {allowed}</source>
        <translation>empty cell; give {allowed}</translation>
    </message>
    <message>
        <source>okänt värde &quot;{value}&quot;; tillåtna värden är {allowed}</source>
        <translation>unknown value &quot;{value}&quot;; allowed values are {allowed}</translation>
    </message>
    <message>
        <source>tom cell; ärendets beteckning saknas</source>
        <translation>empty cell; the case reference is missing</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; är ett datum, inte en ärendebeteckning</source>
        <translation>&quot;{value}&quot; is a date, not a case reference</translation>
    </message>
    <message>
        <source>för lång beteckning (högst {limit} tecken)</source>
        <translation>reference too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>tom cell; ange ett datum (ÅÅÅÅ-MM-DD)</source>
        <translation>empty cell; give a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ogiltigt datum &quot;{value}&quot;; ange ett Excel-datum eller ÅÅÅÅ-MM-DD</source>
        <translation>invalid date &quot;{value}&quot;; give an Excel date or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>datumet {value} ligger i framtiden</source>
        <translation>the date {value} is in the future</translation>
    </message>
    <message>
        <source>datumet {value} är före {earliest}</source>
        <translation>the date {value} is before {earliest}</translation>
    </message>
    <message>
        <source>ogiltigt födelseår &quot;{value}&quot;; ange ett årtal med fyra siffror</source>
        <translation>invalid birth year &quot;{value}&quot;; give a four-digit year</translation>
    </message>
    <message>
        <source>födelseåret {value} ligger utanför {low}–{high}</source>
        <translation>the birth year {value} is outside {low}–{high}</translation>
    </message>
    <message>
        <source>ogiltigt värde &quot;{value}&quot;; ange 0 eller 1</source>
        <translation>invalid value &quot;{value}&quot;; give 0 or 1</translation>
    </message>
    <message>
        <source>okänt område &quot;{value}&quot; – menade du &quot;{suggestion}&quot;? Skriv projektområdets namn exakt, eller namnet på stadsdelen utanför projektområdet</source>
        <translation>unknown area &quot;{value}&quot; – did you mean &quot;{suggestion}&quot;? Write the project area&apos;s name exactly, or the name of the district outside the project area</translation>
    </message>
    <message>
        <source>för lång text (högst {limit} tecken)</source>
        <translation>text too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>ärendet &quot;{value}&quot; finns redan på rad {first}</source>
        <translation>case &quot;{value}&quot; is already on row {first}</translation>
    </message>
    <message>
        <source>ärendet &quot;{value}&quot; har redan en person med rollen {role} på rad {first} (ett ärende har en våldsutsatt och högst en våldsutövare)</source>
        <translation>case &quot;{value}&quot; already has a person with the role {role} on row {first} (a case has one victim and at most one perpetrator)</translation>
    </message>
    <message>
        <source>ett misslyckat försök kan inte ha samtalsinnehåll; ange 0 eller ändra Typ</source>
        <translation>a failed attempt cannot have talk content; give 0 or change Type</translation>
    </message>
    <message>
        <source>ärendet &quot;{value}&quot; finns inte på bladet Ärenden</source>
        <translation>case &quot;{value}&quot; is not on the Cases sheet</translation>
    </message>
    <message>
        <source>Teamets Excel-ark för import till IGOR Desk</source>
        <translation>The team&apos;s Excel sheet for import into IGOR Desk</translation>
    </message>
    <message>
        <source>Ärenden: en rad per ärende. Ärende är teamets egen beteckning och måste vara unik.</source>
        <translation>Cases: one row per case. Case is the team&apos;s own reference and must be unique.</translation>
    </message>
    <message>
        <source>Källa: Tips polis, BINR, RVT, Egen identifiering, Tips allmänheten eller Annat.</source>
        <translation>Source: Tips polis, BINR, RVT, Egen identifiering, Tips allmänheten or Annat.</translation>
    </message>
    <message>
        <source>Barn: Ja eller Nej. Startdatum: ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation>Children: Ja or Nej. Start date: a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Område: tomt, Södermalm, Gamla stan eller Hammarby sjöstad (projektområdet), annars namnet på stadsdelen utanför.</source>
        <translation>Area: empty, Södermalm, Gamla stan or Hammarby sjöstad (the project area), otherwise the name of the district outside.</translation>
    </message>
    <message>
        <source>Personer: högst en Våldsutsatt och en Våldsutövare per ärende. Inga namn – bara födelseår; namnen fylls i i programmet.</source>
        <translation>Persons: at most one Våldsutsatt and one Våldsutövare per case. No names – only birth years; the names are filled in in the program.</translation>
    </message>
    <message>
        <source>RVT och RVC: Ja, Nej eller Redan aktuell.</source>
        <translation>RVT and RVC: Ja, Nej or Redan aktuell.</translation>
    </message>
    <message>
        <source>Kontakter: en rad per kontakt eller försök. Typ: Digital, Fysisk eller Misslyckat försök. Utförd av: Polis eller Socialtjänst.</source>
        <translation>Contacts: one row per contact or attempt. Type: Digital, Fysisk or Misslyckat försök. Carried out by: Polis or Socialtjänst.</translation>
    </message>
    <message>
        <source>Samtalsinnehåll: 1 om samtalet hade det innehållet, annars 0 (tom cell räknas som 0).</source>
        <translation>Talk content: 1 if the talk had that content, otherwise 0 (an empty cell counts as 0).</translation>
    </message>
    <message>
        <source>Stora och små bokstäver och mellanslag före och efter spelar ingen roll. Andra kolumner än de här hoppas över.</source>
        <translation>Upper and lower case and spaces before and after do not matter. Columns other than these are skipped.</translation>
    </message>
    <message>
        <source>Samma fil kan importeras flera gånger: det som redan finns läggs inte till igen, och ingenting tas bort.</source>
        <translation>The same file can be imported several times: what already exists is not added again, and nothing is removed.</translation>
    </message>
    <message>
        <source>Säkerhetskopierar</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Intervall och antal säkerhetskopior måste vara minst 1.</source>
        <translation>The interval and the number of backups must be at least 1.</translation>
    </message>
    <message>
        <source>Säkerhetskopior görs här bara av en lokal databas. En gemensam server säkerhetskopieras av IT med pg_dump (se driftdokumentationen).</source>
        <translation>Backups are made here only of a local database. A shared server is backed up by IT with pg_dump (see the operations documentation).</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} går inte att öppna med databasens nyckel. Den hör till en annan databas eller är skadad, och används inte.</source>
        <translation>The backup {name} cannot be opened with the database&apos;s key. It belongs to another database or is damaged, and is not used.</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} är skadad och används inte.</source>
        <translation>The backup {name} is damaged and is not used.</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} innehåller ingen IGOR Desk-databas.</source>
        <translation>The backup {name} contains no IGOR Desk database.</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} har schemaversion {current}, som är nyare än den här versionen av IGOR Desk känner till (senast {head}). Uppdatera programmet först.</source>
        <translation>The backup {name} has schema version {current}, which is newer than this version of IGOR Desk knows (at most {head}). Update the program first.</translation>
    </message>
    <message>
        <source>Nyckeln till databasen {path} saknas i nyckelringen; en säkerhetskopia kan bara återställas med den nyckel den skapades med.</source>
        <translation>The key to the database {path} is missing from the keyring; a backup can only be restored with the key it was created with.</translation>
    </message>
    <message>
        <source>Databasen {path} används av ett annat program just nu (ett annat IGOR Desk-fönster eller ett kommando). Stäng alla program som använder den och försök igen. Ingenting har ändrats.</source>
        <translation>The database {path} is in use by another program right now (another IGOR Desk window or a command). Close every program that uses it and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Fältet {field} måste vara ett helt antal år mellan {low} och {high}.</source>
        <translation>Field {field} must be a whole number of years between {low} and {high}.</translation>
    </message>
    <message>
        <source>{count} av de valda ärendena är inte (längre) aktuella för gallring. Inget har raderats; uppdatera listan och försök igen.</source>
        <translation>{count} of the chosen cases are no longer due for deletion. Nothing has been deleted; refresh the list and try again.</translation>
    </message>
    <message>
        <source>Händelsen finns inte längre (den kan ha tagits bort på en annan dator).</source>
        <translation>The event no longer exists (it may have been removed on another computer).</translation>
    </message>
    <message>
        <source>Fältet {field}: medarbetaren finns inte.</source>
        <translation>Field {field}: the staff member does not exist.</translation>
    </message>
    <message>
        <source>Dagpass</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <source>Kvällspass</source>
        <translation>Evening shift</translation>
    </message>
    <message>
        <source>Fältet {field}: välj en typ.</source>
        <translation>Field {field}: choose a type.</translation>
    </message>
    <message>
        <source>Fältet {field}: transporter planeras på sidan Transporter.</source>
        <translation>Field {field}: transports are planned on the Transports page.</translation>
    </message>
    <message>
        <source>Fältet {field}: slutet måste ligga efter starten.</source>
        <translation>Field {field}: the end must be after the start.</translation>
    </message>
    <message>
        <source>Fältet {field}: en händelse är minst 5 minuter.</source>
        <translation>Field {field}: an event is at least 5 minutes.</translation>
    </message>
    <message>
        <source>Fältet {field}: en händelse kan vara högst 7 dygn.</source>
        <translation>Field {field}: an event can be at most 7 days.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj minst en medarbetare eller ett rum.</source>
        <translation>Field {field}: choose at least one staff member or a room.</translation>
    </message>
    <message>
        <source>Fältet {field}: en vald medarbetare finns inte längre eller är spärrad.</source>
        <translation>Field {field}: a chosen staff member no longer exists or is blocked.</translation>
    </message>
    <message>
        <source>Fältet {field}: ett valt rum eller fordon finns inte längre.</source>
        <translation>Field {field}: a chosen room or vehicle no longer exists.</translation>
    </message>
    <message>
        <source>Fältet {field}: ärendet finns inte (det kan ha gallrats).</source>
        <translation>Field {field}: the case does not exist (it may have been deleted under the retention rules).</translation>
    </message>
    <message>
        <source>Fältet {field}: välj ärendet först.</source>
        <translation>Field {field}: choose the case first.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj parter i det valda ärendet.</source>
        <translation>Field {field}: choose parties in the chosen case.</translation>
    </message>
    <message>
        <source>Händelsen upprepas inte; ändra den direkt.</source>
        <translation>The event does not repeat; change it directly.</translation>
    </message>
    <message>
        <source>Tillfället finns inte längre i serien (det kan ha tagits bort).</source>
        <translation>The occurrence is no longer in the series (it may have been removed).</translation>
    </message>
    <message>
        <source>Händelsen är redan markerad som genomförd.</source>
        <translation>The event is already marked as done.</translation>
    </message>
    <message>
        <source>Händelsen har inte börjat än och kan inte markeras som genomförd.</source>
        <translation>The event has not started yet and cannot be marked as done.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj vem kontakten var med.</source>
        <translation>Field {field}: choose whom the contact was with.</translation>
    </message>
    <message>
        <source>Händelsen har blivit en registrerad kontakt. Ändra eller ta bort kontakten i ärendet i stället.</source>
        <translation>The event has become a recorded contact. Change or remove the contact in the case instead.</translation>
    </message>
    <message>
        <source>Filen är för stor (högst 20 MB).</source>
        <translation>The file is too large (at most 20 MB).</translation>
    </message>
    <message>
        <source>Filen är ingen läsbar iCalendar-fil (.ics).</source>
        <translation>The file is not a readable iCalendar file (.ics).</translation>
    </message>
    <message>
        <source>Filen innehåller inga händelser.</source>
        <translation>The file contains no events.</translation>
    </message>
    <message>
        <source>Filen har fler än {n} händelser.</source>
        <translation>The file has more than {n} events.</translation>
    </message>
    <message>
        <source>Händelse {number} ({title}): {problem}</source>
        <translation>Event {number} ({title}): {problem}</translation>
    </message>
    <message>
        <source>tiden går inte att läsa.</source>
        <translation>the time cannot be read.</translation>
    </message>
    <message>
        <source>starttid (DTSTART) saknas.</source>
        <translation>start time (DTSTART) missing.</translation>
    </message>
    <message>
        <source>sluttiden ligger inte efter starttiden.</source>
        <translation>the end time is not after the start time.</translation>
    </message>
    <message>
        <source>händelsen är längre än 7 dygn.</source>
        <translation>the event is longer than 7 days.</translation>
    </message>
    <message>
        <source>rubriken är längre än {n} tecken.</source>
        <translation>the title is longer than {n} characters.</translation>
    </message>
    <message>
        <source>platsen är längre än {n} tecken.</source>
        <translation>the place is longer than {n} characters.</translation>
    </message>
    <message>
        <source>beskrivningen är längre än {n} tecken.</source>
        <translation>the description is longer than {n} characters.</translation>
    </message>
    <message>
        <source>upprepningen {freq} stöds inte (bara daglig, veckovis och månadsvis).</source>
        <translation>the repetition {freq} is not supported (only daily, weekly and monthly).</translation>
    </message>
    <message>
        <source>UID är längre än 255 tecken.</source>
        <translation>UID is longer than 255 characters.</translation>
    </message>
    <message>
        <source>serien som tillfället hör till finns inte i filen.</source>
        <translation>the series the occurrence belongs to is not in the file.</translation>
    </message>
    <message>
        <source>krockar: {clashes}.</source>
        <translation>clashes: {clashes}.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj daglig, veckovis eller månadsvis.</source>
        <translation>Field {field}: choose daily, weekly or monthly.</translation>
    </message>
    <message>
        <source>Fältet {field}: intervallet ska vara 1–52.</source>
        <translation>Field {field}: the interval must be 1–52.</translation>
    </message>
    <message>
        <source>Fältet {field}: okänd veckodag.</source>
        <translation>Field {field}: unknown weekday.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange antingen slutdatum eller antal gånger, inte båda.</source>
        <translation>Field {field}: give either an end date or a number of times, not both.</translation>
    </message>
    <message>
        <source>Fältet {field}: slutdatumet ligger före första tillfället.</source>
        <translation>Field {field}: the end date is before the first occurrence.</translation>
    </message>
    <message>
        <source>Fältet {field}: antalet gånger ska vara 1–{max}.</source>
        <translation>Field {field}: the number of times must be 1–{max}.</translation>
    </message>
    <message>
        <source>Upprepningen har fler än {max} tillfällen och kan inte läsas in.</source>
        <translation>The repetition has more than {max} occurrences and cannot be read.</translation>
    </message>
    <message>
        <source>Fältet {field}: upprepningsregeln {rule} tillåts inte.</source>
        <translation>Field {field}: the repetition rule {rule} is not allowed.</translation>
    </message>
    <message>
        <source>Upprepningsregeln {rule} går inte att läsa.</source>
        <translation>The repetition rule {rule} cannot be read.</translation>
    </message>
    <message>
        <source>Interaktioner per månad</source>
        <translation>Interactions per month</translation>
    </message>
    <message>
        <source>Digitala</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Fysiska</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Ärendenas källa (antal ärenden)</source>
        <translation>Source of the cases (number of cases)</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>IGOR i siffror</source>
        <translation>IGOR in figures</translation>
    </message>
    <message>
        <source>{period}. Ett ärende räknas om det var öppet under perioden, en person om hens ärende räknas och en kontakt om den ägde rum under perioden. Endast antal och andelar; inget innehåll ur anteckningar eller kontakter.</source>
        <translation>{period}. A case is counted if it was open during the period, a person if their case is counted, and a contact if it took place during the period. Counts and shares only; no content from notes or contacts.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Våldsutsatta</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Samtliga rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Antal personer</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source>Födelseår, median</source>
        <translation>Birth year, median</translation>
    </message>
    <message>
        <source>Interaktioner per person, medelvärde</source>
        <translation>Interactions per person, mean</translation>
    </message>
    <message>
        <source>Interaktioner per person, median</source>
        <translation>Interactions per person, median</translation>
    </message>
    <message>
        <source>Andel som fått samtal: {kind}</source>
        <translation>Share who had talks: {kind}</translation>
    </message>
    <message>
        <source>Andel aktualiserade på RVT</source>
        <translation>Share taken up by RVT</translation>
    </message>
    <message>
        <source>Andel som påbörjat kontakt på RVC</source>
        <translation>Share who started contact with RVC</translation>
    </message>
    <message>
        <source>Andel där våld och hot upphörde (av dem med utfall)</source>
        <translation>Share where violence and threats stopped (of those with an outcome)</translation>
    </message>
    <message>
        <source>Födda {decade}-talet (antal)</source>
        <translation>Born in the {decade}s (number)</translation>
    </message>
    <message>
        <source>Om filen</source>
        <translation>About the file</translation>
    </message>
    <message>
        <source>IGOR – anonymiserad statistik</source>
        <translation>IGOR – anonymised statistics</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Fältet Från: ange ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation>Field From: give a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Fältet Till: ange ett datum (ÅÅÅÅ-MM-DD).</source>
        <translation>Field To: give a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Fältet Till: slutdatumet {to} ligger före startdatumet {start}.</source>
        <translation>Field To: the end date {to} is before the start date {start}.</translation>
    </message>
    <message>
        <source>Fältet {field}: {value!r} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.</source>
        <translation>Field {field}: {value!r} is not a valid date; write YYYY-MM-DD, e.g. 2026-01-31.</translation>
    </message>
    <message>
        <source>Den anonymiserade exporten med en rad per person kräver behörigheten gruppchef/administratör eller analytiker.</source>
        <translation>The anonymised export with one row per person requires the team leader/administrator or analyst role.</translation>
    </message>
    <message>
        <source>färre än 5 personer</source>
        <translation>fewer than 5 people</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>N = {n}</source>
        <translation>N = {n}</translation>
    </message>
    <message>
        <source>Antal ärenden</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Ärenden med enbart våldsutsatt registrerad</source>
        <translation>Cases with only a victim registered</translation>
    </message>
    <message>
        <source>Ärenden med enbart våldsutövare registrerad</source>
        <translation>Cases with only a perpetrator registered</translation>
    </message>
    <message>
        <source>Andel ärenden med barn</source>
        <translation>Share of cases with children</translation>
    </message>
    <message>
        <source>Aktualiserat: {source}</source>
        <translation>Taken up: {source}</translation>
    </message>
    <message>
        <source>Median antal dagar från händelse (eller ärendestart) till första kontakt</source>
        <translation>Median number of days from incident (or case start) to first contact</translation>
    </message>
    <message>
        <source>Andel där våld och hot upphörde (avslutade ärenden med utfall, {n})</source>
        <translation>Share where violence and threats stopped (closed cases with an outcome, {n})</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Färre än {n} personer hade kontakt under perioden: kontakterna redovisas inte.</source>
        <translation>Fewer than {n} people had contact during the period: the contacts are not reported.</translation>
    </message>
    <message>
        <source>Färre än {n} personer hade kontakt under perioden: bara den egna myndighetens kontakter ({agency}) räknas.</source>
        <translation>Fewer than {n} people had contact during the period: only your own agency&apos;s contacts ({agency}) are counted.</translation>
    </message>
    <message>
        <source>Födelseår, variation</source>
        <translation>Birth year, spread</translation>
    </message>
    <message>
        <source>Interaktioner per person, variation</source>
        <translation>Interactions per person, spread</translation>
    </message>
    <message>
        <source>Andel digitala interaktioner</source>
        <translation>Share of digital interactions</translation>
    </message>
    <message>
        <source>Inga interaktioner men misslyckade försök (antal personer)</source>
        <translation>No interactions but failed attempts (number of persons)</translation>
    </message>
    <message>
        <source>Andel aktualiserade på RVT (inkl. redan aktuella)</source>
        <translation>Share taken up by RVT (incl. already known)</translation>
    </message>
    <message>
        <source>Andel som påbörjat kontakt på RVC (inkl. redan aktuella)</source>
        <translation>Share who started contact with RVC (incl. already known)</translation>
    </message>
    <message>
        <source>Personer och interaktioner</source>
        <translation>Persons and interactions</translation>
    </message>
    <message>
        <source>Våldsutsatta ({n})</source>
        <translation>Victims ({n})</translation>
    </message>
    <message>
        <source>Våldsutövare ({n})</source>
        <translation>Perpetrators ({n})</translation>
    </message>
    <message>
        <source>Interaktioner är nådda kontakter (digitala: telefon, sms, e-post, video; fysiska: övriga). Misslyckade försök räknas inte som interaktioner.</source>
        <translation>Interactions are contacts in which the person was reached (digital: phone, text message, email, video; in person: the others). Failed attempts do not count as interactions.</translation>
    </message>
    <message>
        <source>Specifika kontakter (tabell 2 och 3)</source>
        <translation>Specific contacts (tables 2 and 3)</translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Andel som fått samtal</source>
        <translation>Share who had talks</translation>
    </message>
    <message>
        <source>Tabell 2–3 Samtal</source>
        <translation>Tables 2–3 Talks</translation>
    </message>
    <message>
        <source>Antal samtal per person. Andel: andelen personer som fått minst ett sådant samtal. Samtal räknas i nådda kontakter, inte i misslyckade försök.</source>
        <translation>Number of talks per person. Share: the share of persons who had at least one such talk. Talks are counted in contacts where the person was reached, not in failed attempts.</translation>
    </message>
    <message>
        <source>Påbörjad stödkontakt på RVC (tabell 4)</source>
        <translation>Support contact started with RVC (table 4)</translation>
    </message>
    <message>
        <source>Samtliga</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Antal personer (N)</source>
        <translation>Number of persons (N)</translation>
    </message>
    <message>
        <source>Inklusive personer registrerade som redan aktuella. Samtliga: varje person en gång, även om hen finns i flera ärenden eller roller.</source>
        <translation>Including persons registered as already known. All: each person once, even if they appear in several cases or roles.</translation>
    </message>
    <message>
        <source>Tabell 4 RVC</source>
        <translation>Table 4 RVC</translation>
    </message>
    <message>
        <source>(ingen medarbetare angiven)</source>
        <translation>(no staff member given)</translation>
    </message>
    <message>
        <source>Summa {agency}</source>
        <translation>Total {agency}</translation>
    </message>
    <message>
        <source>Kontakter per medarbetare och myndighet</source>
        <translation>Contacts per staff member and agency</translation>
    </message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Myndighet</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Interaktioner</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Misslyckade försök</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Per medarbetare</source>
        <translation>Per staff member</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per månad</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Period {start} – {end}</source>
        <translation>Period {start} – {end}</translation>
    </message>
    <message>
        <source>IGOR-statistik</source>
        <translation>IGOR statistics</translation>
    </message>
    <message>
        <source>Bara polisen kan {what} transporter. Din profil hör till socialtjänsten.</source>
        <translation>Only the police can {what} transports. Your profile belongs to social services.</translation>
    </message>
    <message>
        <source>Du kan inte {what} den här transporten: bara beställaren, besättningen och ärendets handläggare har tillgång till adresserna.</source>
        <translation>You cannot {what} this transport: only the requester, the crew and the case&apos;s case workers have access to the addresses.</translation>
    </message>
    <message>
        <source>Transporten finns inte (längre).</source>
        <translation>The transport does not exist (any more).</translation>
    </message>
    <message>
        <source>Fältet {field}: ärendet {case} är avslutat. Öppna det igen först.</source>
        <translation>Field {field}: case {case} is closed. Reopen it first.</translation>
    </message>
    <message>
        <source>Fältet {field}: tiden har redan passerats.</source>
        <translation>Field {field}: the time has already passed.</translation>
    </message>
    <message>
        <source>Fältet {field} måste vara senare än tidigast.</source>
        <translation>Field {field} must be later than earliest.</translation>
    </message>
    <message>
        <source>Fältet {field} måste vara mellan 0 och 20.</source>
        <translation>Field {field} must be between 0 and 20.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange vem som reser (den våldsutsatta, barn eller djur).</source>
        <translation>Field {field}: give who is travelling (the victim, children or animals).</translation>
    </message>
    <message>
        <source>En transport som är {status} kan inte ändras.</source>
        <translation>A transport that is {status} cannot be changed.</translation>
    </message>
    <message>
        <source>Fältet {field} kan inte bytas för en transport.</source>
        <translation>Field {field} cannot be changed for a transport.</translation>
    </message>
    <message>
        <source>Den planerade starttiden {start} ligger utanför det nya tidsfönstret. Planera om transporten först.</source>
        <translation>The planned start time {start} is outside the new time window. Replan the transport first.</translation>
    </message>
    <message>
        <source>Fältet {field}: det valda är inget fordon.</source>
        <translation>Field {field}: the chosen item is not a vehicle.</translation>
    </message>
    <message>
        <source>Fältet {field}: {name} används inte längre.</source>
        <translation>Field {field}: {name} is no longer in use.</translation>
    </message>
    <message>
        <source>Fältet {field}: välj minst en polis.</source>
        <translation>Field {field}: choose at least one police officer.</translation>
    </message>
    <message>
        <source>Fältet {field}: en vald person finns inte.</source>
        <translation>Field {field}: a chosen person does not exist.</translation>
    </message>
    <message>
        <source>Fältet {field}: {name} är inte polis. Besättningen består bara av poliser.</source>
        <translation>Field {field}: {name} is not a police officer. The crew consists of police officers only.</translation>
    </message>
    <message>
        <source>Fältet {field}: {name} kan inte ingå i en besättning.</source>
        <translation>Field {field}: {name} cannot be part of a crew.</translation>
    </message>
    <message>
        <source>Fältet {field} måste ligga mellan tidigast {earliest} och senast {latest}.</source>
        <translation>Field {field} must be between earliest {earliest} and latest {latest}.</translation>
    </message>
    <message>
        <source>Fältet {field} måste vara mellan 5 och {n} minuter.</source>
        <translation>Field {field} must be between 5 and {n} minutes.</translation>
    </message>
    <message>
        <source>Fältet {field} måste vara mellan 0 och {n} minuter.</source>
        <translation>Field {field} must be between 0 and {n} minutes.</translation>
    </message>
    <message>
        <source>Risknivån i ärendet är hög och två poliser är standard. Planera ändå med en polis?</source>
        <translation>The risk level in the case is high and two police officers are the standard. Plan with one officer anyway?</translation>
    </message>
    <message>
        <source>Transporten är redan {status} och kan inte ändras.</source>
        <translation>The transport is already {status} and cannot be changed.</translation>
    </message>
    <message>
        <source>Transporten är {current} och kan inte {action}.{hint}</source>
        <translation>The transport is {current} and cannot {action}.{hint}</translation>
    </message>
    <message>
        <source>En transport blir {target} genom att begäras eller planeras, inte genom statusbyte.</source>
        <translation>A transport becomes {target} by being requested or planned, not by a status change.</translation>
    </message>
    <message>
        <source>Bara polisen eller den som beställde transporten kan ställa in den.</source>
        <translation>Only the police or whoever requested the transport can cancel it.</translation>
    </message>
    <message>
        <source>Körordern kan skrivas ut när transporten är planerad (den är nu {status}).</source>
        <translation>The run sheet can be printed when the transport is planned (it is now {status}).</translation>
    </message>
    <message>
        <source>Den kopplade säkerhetsbedömningen finns inte i ärendet eller är inte tillgänglig för dig.</source>
        <translation>The linked safety assessment is not in the case or is not available to you.</translation>
    </message>
    <message>
        <source>Den kopplade bedömningen är inte en allmän säkerhetsbedömning.</source>
        <translation>The linked assessment is not a general safety assessment.</translation>
    </message>
    <message>
        <source>Den kopplade säkerhetsbedömningen är avslutad.</source>
        <translation>The linked safety assessment is closed.</translation>
    </message>
    <message>
        <source>Säkerhetsbedömningen från {day} är äldre än {days} dagar före transporten. Gör en ny bedömning.</source>
        <translation>The safety assessment of {day} is older than {days} days before the transport. Make a new assessment.</translation>
    </message>
    <message>
        <source>minst två poliser i besättningen</source>
        <translation>at least two police officers in the crew</translation>
    </message>
    <message>
        <source>en registrerad säkerhetsbedömning</source>
        <translation>a recorded safety assessment</translation>
    </message>
    <message>
        <source>Upphämtningen sker på en adress som hör till den misstänkte. Det kräver att han är frihetsberövad under hela transporten, eller minst två poliser och en registrerad säkerhetsbedömning. Saknas: {missing}.</source>
        <translation>The pick-up is at an address connected with the suspect. That requires him to be in custody for the whole transport, or at least two police officers and a recorded safety assessment. Missing: {missing}.</translation>
    </message>
    <message>
        <source>Frihetsberövandet täcker inte hela transporten (slutar {ends}).</source>
        <translation>The custody does not cover the whole transport (it ends {ends}).</translation>
    </message>
    <message>
        <source>Transporten bygger på att den misstänkte är frihetsberövad. Kontrollera det samma dag innan ni åker.</source>
        <translation>The transport relies on the suspect being in custody. Check this on the same day before you leave.</translation>
    </message>
    <message>
        <source>Risknivån i ärendet är hög: två poliser är standard för transporten.</source>
        <translation>The risk level in the case is high: two police officers are the standard for the transport.</translation>
    </message>
    <message>
        <source>Den misstänkte är släppt{since}.</source>
        <translation>The suspect has been released{since}.</translation>
    </message>
    <message>
        <source>Skriv ut dagslista</source>
        <translation>Print day list</translation>
    </message>
    <message>
        <source>Ta med rubrik och plats för skyddade personer</source>
        <translation>Include title and place for protected persons</translation>
    </message>
    <message>
        <source>Normalt visas bara typ och ärendenummer för händelser som gäller personer med skyddade personuppgifter.</source>
        <translation>Normally only the type and case number are shown for events concerning persons with protected personal data.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Öppna i PDF-läsaren</source>
        <translation>Open in the PDF reader</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} bokningar</source>
        <translation>{n} bookings</translation>
    </message>
    <message>
        <source>Spara dagslistan</source>
        <translation>Save the day list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Ny händelse</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Ändra händelse</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Tomt: typen och ärendenumret</source>
        <translation>Empty: the type and the case number</translation>
    </message>
    <message>
        <source>T.ex. Arresten, Polisstationen Södermalm</source>
        <translation>E.g. the custody suite, Södermalm police station</translation>
    </message>
    <message>
        <source>Ärendenummer, t.ex. IGOR-2026-0012</source>
        <translation>Case number, e.g. IGOR-2026-0012</translation>
    </message>
    <message>
        <source>Visas bara för medarbetarna i teamet</source>
        <translation>Shown only to the staff members of the team</translation>
    </message>
    <message>
        <source>Upprepas inte</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Varje dag</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Varje vecka</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Varje månad</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>var </source>
        <translation>every </translation>
    </message>
    <message>
        <source>Samma veckodag (t.ex. första tisdagen)</source>
        <translation>Same weekday (e.g. the first Tuesday)</translation>
    </message>
    <message>
        <source>Inget slutdatum</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Antal gånger</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <source>Ändra hela serien (annars bara det här tillfället)</source>
        <translation>Change the whole series (otherwise only this occurrence)</translation>
    </message>
    <message>
        <source>&amp;Typ</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Rubrik</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;lut</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Ä&amp;rende</source>
        <translation>Ca&amp;se</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>&amp;Upprepning</source>
        <translation>&amp;Repetition</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rum och fordon</source>
        <translation>Rooms and vehicles</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Svar på varningen – varför ska bokningen ändå göras så? (sparas och loggas)</source>
        <translation>Answer to the warning – why should the booking be made like this anyway? (saved and logged)</translation>
    </message>
    <message>
        <source>Skäl att ändå planera samtalet med den misstänkte (sparas och loggas)</source>
        <translation>Reason for planning the talk with the suspect anyway (saved and logged)</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Något gick fel som programmet inte räknade med ({reason}). Det du gjorde kan ha avbrutits; det som inte sparades finns kvar på skärmen. Tryck på Kopiera diagnostik och skicka texten till IT-supporten.</source>
        <translation>Something went wrong that the program did not expect ({reason}). What you did may have been interrupted; what was not saved is still on the screen. Press Copy diagnostics and send the text to IT support.</translation>
    </message>
    <message>
        <source>Ange ett ärendenummer för att kunna välja parter.</source>
        <translation>Give a case number to be able to choose parties.</translation>
    </message>
    <message>
        <source>fordon</source>
        <translation>vehicle</translation>
    </message>
    <message>
        <source>rum</source>
        <translation>room</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: rubrik, plats och anteckning visas bara för ärendets ansvariga och deltagarna.</source>
        <translation>Protected personal data: title, place and note are shown only to those responsible for the case and the participants.</translation>
    </message>
    <message>
        <source>Inget ärende med det numret.</source>
        <translation>No case with that number.</translation>
    </message>
    <message>
        <source>skyddade personuppgifter</source>
        <translation>protected personal data</translation>
    </message>
    <message>
        <source>Kryssa för vem bokningen gäller (för kontaktregeln och mötesvarningen).</source>
        <translation>Tick whom the booking concerns (for the contact rule and the meeting warning).</translation>
    </message>
    <message>
        <source>Ärendet har inga registrerade parter.</source>
        <translation>The case has no registered parties.</translation>
    </message>
    <message>
        <source> dag</source>
        <translation> day</translation>
    </message>
    <message>
        <source> vecka</source>
        <translation> week</translation>
    </message>
    <message>
        <source> månad</source>
        <translation> month</translation>
    </message>
    <message>
        <source>Flytta till:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>Markera som genomförd</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <source>Händelsen har inget ärende. Den markeras som genomförd utan att bli en kontakt.</source>
        <translation>The event has no case. It is marked as done without becoming a contact.</translation>
    </message>
    <message>
        <source>Den här typen av händelse blir ingen kontakt; den markeras som genomförd.</source>
        <translation>This kind of event does not become a contact; it is marked as done.</translation>
    </message>
    <message>
        <source>Registreras som</source>
        <translation>Record as</translation>
    </message>
    <message>
        <source>Kontakt med</source>
        <translation>Contact with</translation>
    </message>
    <message>
        <source>Samtalets syfte</source>
        <translation>Purpose of the talk</translation>
    </message>
    <message>
        <source>Skäl att ändå registrera kontakten (sparas och loggas)</source>
        <translation>Reason for recording the contact anyway (saved and logged)</translation>
    </message>
    <message>
        <source>Inga händelser</source>
        <translation>No events</translation>
    </message>
    <message>
        <source>{n} händelser: {items}</source>
        <translation>{n} events: {items}</translation>
    </message>
    <message>
        <source>+{n} till</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Gå till idag (Ctrl+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <source>Föregående (Alt+Vänsterpil, PgUp)</source>
        <translation>Previous (Alt+Left, PgUp)</translation>
    </message>
    <message>
        <source>Nästa (Alt+Högerpil, PgDn)</source>
        <translation>Next (Alt+Right, PgDn)</translation>
    </message>
    <message>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Vec&amp;ka</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Månad</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Visa din egen kalender, en kollegas eller hela teamets</source>
        <translation>Show your own calendar, a colleague&apos;s or the whole team&apos;s</translation>
    </message>
    <message>
        <source>Min kalender</source>
        <translation>My calendar</translation>
    </message>
    <message>
        <source>Hela teamet</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Ctrl+N, eller markera en tid och tryck Enter</source>
        <translation>Ctrl+N, or select a time and press Enter</translation>
    </message>
    <message>
        <source>Ändra</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ändra den markerade händelsen (Enter, F2)</source>
        <translation>Edit the selected event (Enter, F2)</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Markera som genomförd: registrerar kontakten i ärendet (Ctrl+G)</source>
        <translation>Mark as done: records the contact in the case (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort den markerade händelsen (Delete)</source>
        <translation>Remove the selected event (Delete)</translation>
    </message>
    <message>
        <source>Exportera .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>Spara de visade händelserna som en iCalendar-fil</source>
        <translation>Save the events shown as an iCalendar file</translation>
    </message>
    <message>
        <source>Importera .ics…</source>
        <translation>Import .ics…</translation>
    </message>
    <message>
        <source>Läs in händelser från en iCalendar-fil</source>
        <translation>Read events from an iCalendar file</translation>
    </message>
    <message>
        <source>Skriv ut dagslista…</source>
        <translation>Print day list…</translation>
    </message>
    <message>
        <source>Mer</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Exportera och importera .ics, skriv ut dagslista</source>
        <translation>Export and import .ics, print day list</translation>
    </message>
    <message>
        <source>Tider utanför dag- och kvällspassen är skuggade</source>
        <translation>Times outside the day and evening shifts are shaded</translation>
    </message>
    <message>
        <source>Skuggat: {shifts}</source>
        <translation>Shaded: {shifts}</translation>
    </message>
    <message>
        <source>Vecka {week}, {span}</source>
        <translation>Week {week}, {span}</translation>
    </message>
    <message>
        <source>den här dagen</source>
        <translation>this day</translation>
    </message>
    <message>
        <source>den här veckan</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>den här månaden</source>
        <translation>this month</translation>
    </message>
    <message>
        <source>i teamet</source>
        <translation>in the team</translation>
    </message>
    <message>
        <source>för dig</source>
        <translation>for you</translation>
    </message>
    <message>
        <source>för kollegan</source>
        <translation>for the colleague</translation>
    </message>
    <message>
        <source>Inga bokningar {whose} {period}. Klicka på en tid och tryck Enter, eller tryck Ctrl+N, för att boka. Dra i en händelse för att flytta den, i nederkanten för att ändra längden.</source>
        <translation>No bookings {whose} {period}. Click a time and press Enter, or press Ctrl+N, to book. Drag an event to move it, or its bottom edge to change its length.</translation>
    </message>
    <message>
        <source>Händelsen sparades.</source>
        <translation>The event was saved.</translation>
    </message>
    <message>
        <source>Transporter planeras och ändras på sidan Transporter.</source>
        <translation>Transports are planned and changed on the Transports page.</translation>
    </message>
    <message>
        <source>Ändringen sparades.</source>
        <translation>The change was saved.</translation>
    </message>
    <message>
        <source>Flyttad till {day} {start}–{end}.</source>
        <translation>Moved to {day} {start}–{end}.</translation>
    </message>
    <message>
        <source>Ta bort tillfället {when} ur serien ”{title}”?</source>
        <translation>Remove the occurrence {when} from the series “{title}”?</translation>
    </message>
    <message>
        <source>Ta bort ”{title}” {when}?</source>
        <translation>Remove “{title}” {when}?</translation>
    </message>
    <message>
        <source>Händelsen togs bort.</source>
        <translation>The event was removed.</translation>
    </message>
    <message>
        <source>Händelsen är genomförd och registrerad som kontakt i ärendet.</source>
        <translation>The event is done and recorded as a contact in the case.</translation>
    </message>
    <message>
        <source>Händelsen är markerad som genomförd.</source>
        <translation>The event is marked as done.</translation>
    </message>
    <message>
        <source>Några händelser gäller personer med skyddade personuppgifter. De exporteras normalt utan namn, plats och anteckning.

Vill du ändå ta med dem?</source>
        <translation>Some events concern persons with protected personal data. They are normally exported without name, place and note.

Do you want to include them anyway?</translation>
    </message>
    <message>
        <source>Exportera kalendern</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{n} händelser exporterades till {file}.</source>
        <translation>{n} events were exported to {file}.</translation>
    </message>
    <message>
        <source>Exporterar kalendern …</source>
        <translation>Exporting the calendar …</translation>
    </message>
    <message>
        <source>Importera kalender</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;Alla filer (*)</source>
        <translation>iCalendar (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <source>{created} händelser importerades; {unchanged} fanns redan och lämnades orörda.</source>
        <translation>{created} events were imported; {unchanged} already existed and were left untouched.</translation>
    </message>
    <message>
        <source>Importerar kalendern …</source>
        <translation>Importing the calendar …</translation>
    </message>
    <message>
        <source>Ledig tid {day} {time}</source>
        <translation>Free time {day} {time}</translation>
    </message>
    <message>
        <source>Återkommande</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter</source>
        <translation>Protected personal data</translation>
    </message>
    <message>
        <source>Planeras på sidan Transporter</source>
        <translation>Planned on the Transports page</translation>
    </message>
    <message>
        <source>{message}

Läs in på nytt: du ser den nya versionen och dina osparade ändringar försvinner.
Fortsätt redigera: dina ändringar finns kvar ovanpå den nya versionen; granska och spara igen.</source>
        <translation>{message}

Reload: you see the new version and your unsaved changes are lost.
Continue editing: your changes stay on top of the new version; review and save again.</translation>
    </message>
    <message>
        <source>Läs in på nytt</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Fortsätt redigera</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>Ändrat av någon annan</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>&amp;Våldsutsatt</source>
        <translation>&amp;Victim</translation>
    </message>
    <message>
        <source>&amp;Misstänkt våldsutövare</source>
        <translation>&amp;Suspected perpetrator</translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
        <source>Personnummer eller samordningsnummer, med eller utan sekel och bindestreck.</source>
        <translation>Personal identity number or coordination number, with or without century and hyphen.</translation>
    </message>
    <message>
        <source>Ge reservnummer (inget nummer känt)</source>
        <translation>Give a reserve number (no number known)</translation>
    </message>
    <message>
        <source>Programmet ger ett tillfälligt reservnummer, R-ÅÅÅÅ-XXXXXX, tills det rätta är känt.</source>
        <translation>The program gives a temporary reserve number, R-YYYY-XXXXXX, until the right one is known.</translation>
    </message>
    <message>
        <source>ÅÅÅÅ</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>Adressen visas inte för andra och skrivs aldrig ut när personen har skydd.</source>
        <translation>The address is not shown to others and never printed when the person is protected.</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Skyddade uppgifter</source>
        <translation>Protected data</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postnummer, ort</source>
        <translation>Postcode, town</translation>
    </message>
    <message>
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Välj källa</source>
        <translation>Choose source</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (lämna tomt om okänt)</source>
        <translation>YYYY-MM-DD (leave empty if unknown)</translation>
    </message>
    <message>
        <source>Inom projektområdet (Södermalm, Gamla stan, Hammarby sjöstad)</source>
        <translation>Inside the project area (Södermalm, Gamla stan, Hammarby sjöstad)</translation>
    </message>
    <message>
        <source>Personens eget stadsdelsområde, t.ex. Skärholmen</source>
        <translation>The person&apos;s own district, e.g. Skärholmen</translation>
    </message>
    <message>
        <source>&amp;Hänvisa till eget stadsdelsområde nu (registreras som hänvisning)</source>
        <translation>&amp;Refer to own district now (recorded as a referral)</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Okänt</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>5000-K123456-25, flera med komma</source>
        <translation>5000-K123456-25, several separated by commas</translation>
    </message>
    <message>
        <source>&amp;Fokusperson (tas upp på genomgången med IGV)</source>
        <translation>&amp;Focus person (discussed at the briefing with IGV)</translation>
    </message>
    <message>
        <source>Ärendet</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Källa</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>S&amp;tartdatum</source>
        <translation>S&amp;tart date</translation>
    </message>
    <message>
        <source>Händelse&amp;datum</source>
        <translation>Incident &amp;date</translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Stadsdels&amp;område</source>
        <translation>Dis&amp;trict</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>Bor &amp;tillsammans</source>
        <translation>&amp;Living together</translation>
    </message>
    <message>
        <source>&amp;Anmälningsnummer</source>
        <translation>Report &amp;numbers</translation>
    </message>
    <message>
        <source>Ansvarig &amp;polis</source>
        <translation>Responsible &amp;officer</translation>
    </message>
    <message>
        <source>Ansvarig soc&amp;ialsekreterare</source>
        <translation>Responsible soc&amp;ial worker</translation>
    </message>
    <message>
        <source>Lägg till &amp;barn</source>
        <translation>Add &amp;child</translation>
    </message>
    <message>
        <source>Ta bort barn</source>
        <translation>Remove child</translation>
    </message>
    <message>
        <source>Barn i hushållet</source>
        <translation>Children in the household</translation>
    </message>
    <message>
        <source>Öppna det befintliga ärendet</source>
        <translation>Open the existing case</translation>
    </message>
    <message>
        <source>Jag har sett det öppna ärendet och vill ändå skapa ett &amp;nytt</source>
        <translation>I have seen the open case and still want to create a &amp;new one</translation>
    </message>
    <message>
        <source>Skapa ärende</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ingen ännu</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget årtal.</source>
        <translation>Field {field}: “{value}” is not a year.</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är inget datum. Skriv ÅÅÅÅ-MM-DD.</source>
        <translation>Field {field}: “{value}” is not a date. Write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{number}: {role}, öppnat {opened}</source>
        <translation>{number}: {role}, opened {opened}</translation>
    </message>
    <message>
        <source>Personnumret finns redan i ett öppet ärende:</source>
        <translation>The personal identity number is already in an open case:</translation>
    </message>
    <message>
        <source>Öppna det ärendet, eller bekräfta att ett nytt ärende behövs.</source>
        <translation>Open that case, or confirm that a new case is needed.</translation>
    </message>
    <message>
        <source>Öppna {number}</source>
        <translation>Open {number}</translation>
    </message>
    <message>
        <source>Ärendet är inte skapat. Rätta de markerade fälten ({n} st).</source>
        <translation>The case has not been created. Correct the marked fields ({n}).</translation>
    </message>
    <message>
        <source>{status} · {n} bev.</source>
        <translation>{status} · {n} actions</translation>
    </message>
    <message>
        <source> ({late} sen)</source>
        <translation> ({late} overdue)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Utanför ({district})</source>
        <translation>Outside ({district})</translation>
    </message>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Inom</source>
        <translation>Inside</translation>
    </message>
    <message>
        <source>Fokus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{n} öppna åtgärder (bevakning), varav {late} försenade.</source>
        <translation>{n} open actions (follow-up), {late} of them overdue.</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: adressen visas inte.</source>
        <translation>Protected personal data: the address is not shown.</translation>
    </message>
    <message>
        <source>Ingen kontakt registrerad ännu.</source>
        <translation>No contact recorded yet.</translation>
    </message>
    <message>
        <source>Senaste kontakt {date}</source>
        <translation>Last contact {date}</translation>
    </message>
    <message>
        <source>Fokusperson: tas upp på genomgången med IGV.</source>
        <translation>Focus person: discussed at the briefing with IGV.</translation>
    </message>
    <message>
        <source>(okänd)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <source>{name} · skyddad</source>
        <translation>{name} · protected</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Skydd</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Dold – visas bara för ansvarig polis och socialsekreterare</source>
        <translation>Hidden – shown only to the responsible police officer and social worker</translation>
    </message>
    <message>
        <source>Ingen adress registrerad (skyddade personuppgifter)</source>
        <translation>No address registered (protected personal data)</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>ingen registrerad</source>
        <translation>none registered</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>, sammanboende</source>
        <translation>, living together</translation>
    </message>
    <message>
        <source>, inte sammanboende</source>
        <translation>, not living together</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Går inte att nå</source>
        <translation>Cannot be reached</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Erbjöds i dag</source>
        <translation>Offered today</translation>
    </message>
    <message>
        <source>Erbjudits stöd och skydd</source>
        <translation>Offered support and protection</translation>
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Sök på namn, personnummer, ärendenummer eller anmälningsnummer (Ctrl+F)</source>
        <translation>Search by name, personal identity number, case number or report number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Registrera ett nytt ärende (Ctrl+N)</source>
        <translation>Register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Avslutade</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Utanför</source>
        <translation>Outside</translation>
    </message>
    <message>
        <source>Fokuspersoner</source>
        <translation>Focus persons</translation>
    </message>
    <message>
        <source>Inte fokus</source>
        <translation>Not focus</translation>
    </message>
    <message>
        <source>Med barn</source>
        <translation>With children</translation>
    </message>
    <message>
        <source>Utan barn</source>
        <translation>Without children</translation>
    </message>
    <message>
        <source>(inget filter)</source>
        <translation>(no filter)</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Visa ärenden där senaste kontakten var minst så många dagar sedan.</source>
        <translation>Show cases whose last contact was at least this many days ago.</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Polis</source>
        <translation>&amp;Police</translation>
    </message>
    <message>
        <source>S&amp;ocialsekreterare</source>
        <translation>S&amp;ocial worker</translation>
    </message>
    <message>
        <source>Områ&amp;de</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <source>Fok&amp;us</source>
        <translation>Foc&amp;us</translation>
    </message>
    <message>
        <source>&amp;Barn</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <source>Ingen kontakt &amp;på minst</source>
        <translation>No contact &amp;for at least</translation>
    </message>
    <message>
        <source>Mina ärenden</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Ingen tilldelad</source>
        <translation>None assigned</translation>
    </message>
    <message>
        <source>{n} ärenden</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source> – {shown} inlästa, fler läses in när du bläddrar</source>
        <translation> – {shown} loaded, more are loaded as you scroll</translation>
    </message>
    <message>
        <source>Inga ärenden</source>
        <translation>No cases</translation>
    </message>
    <message>
        <source>”{text}” ser ut som ett personnummer men är inte giltigt: datumet eller kontrollsiffran stämmer inte. Kontrollera numret.</source>
        <translation>“{text}” looks like a personal identity number but is not valid: the date or the check digit does not match. Check the number.</translation>
    </message>
    <message>
        <source>Inget ärende matchar ”{text}” ({kind}) med de valda filtren.
Sök på början av för- eller efternamn, personnummer (med eller utan sekel och bindestreck), ärendenummer (IGOR-2026-0001 eller 2026-0001) eller anmälningsnummer (5000-K123456-25).</source>
        <translation>No case matches “{text}” ({kind}) with the chosen filters.
Search by the beginning of the first name or surname, personal identity number (with or without century and hyphen), case number (IGOR-2026-0001 or 2026-0001) or report number (5000-K123456-25).</translation>
    </message>
    <message>
        <source>Inga ärenden matchar de valda filtren.
Ändra filtren eller välj ”Rensa filter”.</source>
        <translation>No cases match the chosen filters.
Change the filters or choose “Clear filters”.</translation>
    </message>
    <message>
        <source>Det finns inga öppna ärenden ännu.
Registrera det första med ”Nytt ärende” (Ctrl+N).</source>
        <translation>There are no open cases yet.
Register the first one with “New case” (Ctrl+N).</translation>
    </message>
    <message>
        <source>sökning på namn</source>
        <translation>search by name</translation>
    </message>
    <message>
        <source>sökning på personnummer</source>
        <translation>search by personal identity number</translation>
    </message>
    <message>
        <source>sökning på födelsedatum</source>
        <translation>search by date of birth</translation>
    </message>
    <message>
        <source>sökning på reservnummer</source>
        <translation>search by reserve number</translation>
    </message>
    <message>
        <source>sökning på ärendenummer</source>
        <translation>search by case number</translation>
    </message>
    <message>
        <source>sökning på anmälningsnummer</source>
        <translation>search by report number</translation>
    </message>
    <message>
        <source>ogiltigt personnummer</source>
        <translation>invalid personal identity number</translation>
    </message>
    <message>
        <source>Din profil (analytiker) ger tillgång till statistiken, inte till uppgifterna i ärendena. Ärendelistan visas därför inte.
Behöver du arbeta med ärenden kontaktar du gruppchefen.</source>
        <translation>Your profile (analyst) gives access to the statistics, not to the details of the cases. The case list is therefore not shown.
If you need to work with cases, contact the team leader.</translation>
    </message>
    <message>
        <source>Ärendelista</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>{number} ligger utanför projektområdet. Hänvisa personen till sitt eget stadsdelsområde (fliken Lotsning i ärendet).</source>
        <translation>{number} is outside the project area. Refer the person to their own district (the Referral tab in the case).</translation>
    </message>
    <message>
        <source>Ärendeakten för {number} kan inte visas i den här versionen av IGOR Desk. Ärendet finns kvar i listan och inga uppgifter har ändrats.</source>
        <translation>The case file for {number} cannot be shown in this version of IGOR Desk. The case stays in the list and no details have been changed.</translation>
    </message>
    <message>
        <source>Ärendet har sparats av någon annan. Dina uppgifter finns kvar; spara igen för att lägga dem ovanpå den nya versionen.</source>
        <translation>The case has been saved by someone else. Your details are still here; save again to put them on top of the new version.</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD TT:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Fältet {field}: ”{value}” är ingen tidpunkt. Skriv ÅÅÅÅ-MM-DD TT:MM.</source>
        <translation>Field {field}: “{value}” is not a point in time. Write YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dagar</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>1 kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{n} kontakter</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>1 bedömning</source>
        <translation>1 assessment</translation>
    </message>
    <message>
        <source>{n} bedömningar</source>
        <translation>{n} assessments</translation>
    </message>
    <message>
        <source>polisen</source>
        <translation>the police</translation>
    </message>
    <message>
        <source>socialtjänsten</source>
        <translation>social services</translation>
    </message>
    <message>
        <source>Sök ärende: nummer, personnummer eller namn</source>
        <translation>Search case: number, personal identity number or name</translation>
    </message>
    <message>
        <source>Skriv mottagarens namn</source>
        <translation>Write the recipient&apos;s name</translation>
    </message>
    <message>
        <source>Sö&amp;k ärende</source>
        <translation>Searc&amp;h case</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Vilken</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Skapat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Utskrivna kopior</source>
        <translation>Printed copies</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Ny utskrift (KOPIA)</source>
        <translation>New printout (COPY)</translation>
    </message>
    <message>
        <source>Brev och blanketter</source>
        <translation>Letters and forms</translation>
    </message>
    <message>
        <source>Sparade brev i ärendet</source>
        <translation>Saved letters in the case</translation>
    </message>
    <message>
        <source>Skapar brevet …</source>
        <translation>Creating the letter …</translation>
    </message>
    <message>
        <source>KOPIA</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>personuppgifter utelämnade – samtycke saknas</source>
        <translation>personal data left out – no consent</translation>
    </message>
    <message>
        <source>bygger på samtycke nr {id}</source>
        <translation>based on consent no. {id}</translation>
    </message>
    <message>
        <source>{title} (sparat original – ny utskrift blir KOPIA)</source>
        <translation>{title} (saved original – a new printout becomes a COPY)</translation>
    </message>
    <message>
        <source>Skapar kopian …</source>
        <translation>Creating the copy …</translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Nyckeln till databasen saknas i nyckelringen.</source>
        <translation>The database key is missing from the keyring.</translation>
    </message>
    <message>
        <source>Den schemalagda säkerhetskopian misslyckades ({reason}). Kontakta IT-supporten och bifoga diagnostiken (Verktyg → Kopiera diagnostik).</source>
        <translation>The scheduled backup failed ({reason}). Contact IT support and attach the diagnostics (Tools → Copy diagnostics).</translation>
    </message>
    <message>
        <source>Ver&amp;ktyg</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Säkerhetskopiera &amp;nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Återställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Gallring…</source>
        <translation>R&amp;etention…</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Språk…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>Kopiera &amp;diagnostik</source>
        <translation>Copy &amp;diagnostics</translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad:
{path}</source>
        <translation>The backup is saved:
{path}</translation>
    </message>
    <message>
        <source>Säkerhetskopierar …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <source>Diagnostiken är kopierad. Klistra in den i ärendet till IT-supporten. Den innehåller inga personuppgifter och inga lösenord.</source>
        <translation>The diagnostics have been copied. Paste them into the ticket to IT support. They contain no personal data and no passwords.</translation>
    </message>
    <message>
        <source>(önskat)</source>
        <translation>(requested)</translation>
    </message>
    <message>
        <source>Hon</source>
        <translation>Her</translation>
    </message>
    <message>
        <source>{n} barn</source>
        <translation>{n} children</translation>
    </message>
    <message>
        <source>Från: {pickup}
Till: {destination}</source>
        <translation>From: {pickup}
To: {destination}</translation>
    </message>
    <message>
        <source>Fordon ej valt</source>
        <translation>No vehicle chosen</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter i ärendet: adresserna visas bara för beställaren, besättningen och ärendets handläggare.</source>
        <translation>Protected personal data in the case: the addresses are shown only to the requester, the crew and the case&apos;s case workers.</translation>
    </message>
    <message>
        <source>Upphämtning på en adress som hör till den misstänkte.</source>
        <translation>Pick-up at an address connected with the suspect.</translation>
    </message>
    <message>
        <source>Inställd: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Ställ in transport</source>
        <translation>Cancel transport</translation>
    </message>
    <message>
        <source>Transporten i ärende {case} ({purpose}, {status}) ställs in.</source>
        <translation>The transport in case {case} ({purpose}, {status}) will be cancelled.</translation>
    </message>
    <message>
        <source>Anledning (obligatorisk), t.ex. den våldsutsatta avbokade</source>
        <translation>Reason (required), e.g. the victim cancelled</translation>
    </message>
    <message>
        <source>Ställ in</source>
        <translation>Cancel transport</translation>
    </message>
    <message>
        <source>Anledning *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Körorder för transport {id}</source>
        <translation>Run sheet for transport {id}</translation>
    </message>
    <message>
        <source>Körordern är sparad bland ärendets brev. Den innehåller inga personnummer, ingen ärendehistorik och inga anteckningar; skyddade adresser skrivs inte ut.</source>
        <translation>The run sheet is saved among the case&apos;s letters. It contains no personal identity numbers, no case history and no notes; protected addresses are not printed.</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Veckan</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Föregående (Alt+Vänster)</source>
        <translation>Previous (Alt+Left)</translation>
    </message>
    <message>
        <source>Nästa (Alt+Höger)</source>
        <translation>Next (Alt+Right)</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Ej avslutade</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Alla fordon</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>Hela besättningen</source>
        <translation>Whole crew</translation>
    </message>
    <message>
        <source>Alla syften</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <source>Visa transporter där den här polisen ingår i besättningen</source>
        <translation>Show transports where this police officer is part of the crew</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Ny begäran…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Planera…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Starta</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ställ in…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Körorder…</source>
        <translation>Run sheet…</translation>
    </message>
    <message>
        <source>Transporten</source>
        <translation>The transport</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Vecka {week}: {a} – {b}</source>
        <translation>Week {week}: {a} – {b}</translation>
    </message>
    <message>
        <source>1 transport</source>
        <translation>1 transport</translation>
    </message>
    <message>
        <source>{n} transporter</source>
        <translation>{n} transports</translation>
    </message>
    <message>
        <source>{n} väntar på planering</source>
        <translation>{n} awaiting planning</translation>
    </message>
    <message>
        <source>Inga transporter {period} med de valda filtren.
Ändra filtren ovan eller visa en annan period med Alt+Vänster / Alt+Höger.</source>
        <translation>No transports {period} with the chosen filters.
Change the filters above or show another period with Alt+Left / Alt+Right.</translation>
    </message>
    <message>
        <source>Inga transporter {period}.

Behövs en säker transport? Välj ”Ny begäran…” (Ctrl+N).
Polisen planerar den sedan med fordon och besättning.</source>
        <translation>No transports {period}.

Need a secure transport? Choose “New request…” (Ctrl+N).
The police then plan it with a vehicle and crew.</translation>
    </message>
    <message>
        <source>Välj en transport i listan för att se säkerhetskontrollen.</source>
        <translation>Choose a transport in the list to see the safety check.</translation>
    </message>
    <message>
        <source>(visas för beställaren, besättningen och ärendets handläggare)</source>
        <translation>(shown to the requester, the crew and the case&apos;s case workers)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Önskat</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Upphämtning</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Resenärer</source>
        <translation>Travellers</translation>
    </message>
    <message>
        <source>Fordon</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Besättning</source>
        <translation>Crew</translation>
    </message>
    <message>
        <source>Beställd av</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Kontakttelefon</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Säkerhetsanteckning</source>
        <translation>Safety note</translation>
    </message>
    <message>
        <source>Anledning till inställd</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>Skapar körordern …</source>
        <translation>Creating the run sheet …</translation>
    </message>
    <message>
        <source>Ny säkerhetsbedömning</source>
        <translation>New safety assessment</translation>
    </message>
    <message>
        <source>Var finns den misstänkte vid tiden? Vad har kontrollerats, och av vem?</source>
        <translation>Where is the suspect at the time? What has been checked, and by whom?</translation>
    </message>
    <message>
        <source>Risknivå</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Planera transport {case}</source>
        <translation>Plan transport {case}</translation>
    </message>
    <message>
        <source>{purpose} · {when} · från {pickup} till {dest}</source>
        <translation>{purpose} · {when} · from {pickup} to {dest}</translation>
    </message>
    <message>
        <source>Välj fordon</source>
        <translation>Choose vehicle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ny säkerhetsbedömning…</source>
        <translation>New safety assessment…</translation>
    </message>
    <message>
        <source>Skrivs ut på körordern för besättningen.</source>
        <translation>Printed on the run sheet for the crew.</translation>
    </message>
    <message>
        <source>Fordon *</source>
        <translation>Vehicle *</translation>
    </message>
    <message>
        <source>Besättning *</source>
        <translation>Crew *</translation>
    </message>
    <message>
        <source>Planerad start *</source>
        <translation>Planned start *</translation>
    </message>
    <message>
        <source>Beräknad tid</source>
        <translation>Estimated time</translation>
    </message>
    <message>
        <source>Marginal efteråt</source>
        <translation>Margin afterwards</translation>
    </message>
    <message>
        <source>Säkerhetsbedömning</source>
        <translation>Safety assessment</translation>
    </message>
    <message>
        <source>Jag har övervägt risken: en polis räcker för den här transporten</source>
        <translation>I have considered the risk: one police officer is enough for this transport</translation>
    </message>
    <message>
        <source>Skäl att planera ändå *</source>
        <translation>Reason for planning anyway *</translation>
    </message>
    <message>
        <source>t.ex. olika ingångar, han förs in via arresten</source>
        <translation>e.g. different entrances, he is brought in through the custody suite</translation>
    </message>
    <message>
        <source>Planera</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{day} – {level} ({who})</source>
        <translation>{day} – {level} ({who})</translation>
    </message>
    <message>
        <source>Ändra transportbegäran</source>
        <translation>Edit transport request</translation>
    </message>
    <message>
        <source>Ny transportbegäran</source>
        <translation>New transport request</translation>
    </message>
    <message>
        <source>Skriv ärendenummer</source>
        <translation>Write the case number</translation>
    </message>
    <message>
        <source>Välj syfte</source>
        <translation>Choose purpose</translation>
    </message>
    <message>
        <source>Den våldsutsatta reser med</source>
        <translation>The victim travels with</translation>
    </message>
    <message>
        <source> barn</source>
        <translation> children</translation>
    </message>
    <message>
        <source>t.ex. katt i bur</source>
        <translation>e.g. cat in a carrier</translation>
    </message>
    <message>
        <source>Gatuadress, ort</source>
        <translation>Street address, town</translation>
    </message>
    <message>
        <source>Upphämtningen sker på en adress som hör till den misstänkte</source>
        <translation>The pick-up is at an address connected with the suspect</translation>
    </message>
    <message>
        <source>t.ex. Polisstationen Södermalm</source>
        <translation>e.g. Södermalm police station</translation>
    </message>
    <message>
        <source>070-123 45 67</source>
        <translation>070-123 45 67</translation>
    </message>
    <message>
        <source>Syns bara för beställaren, besättningen och ärendets handläggare.</source>
        <translation>Visible only to the requester, the crew and the case&apos;s case workers.</translation>
    </message>
    <message>
        <source>Djur</source>
        <translation>Animals</translation>
    </message>
    <message>
        <source>Ärende *</source>
        <translation>Case *</translation>
    </message>
    <message>
        <source>Syfte *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <source>Upphämtning *</source>
        <translation>Pick-up *</translation>
    </message>
    <message>
        <source>Destination *</source>
        <translation>Destination *</translation>
    </message>
    <message>
        <source>Tidigast *</source>
        <translation>Earliest *</translation>
    </message>
    <message>
        <source>Senast *</source>
        <translation>Latest *</translation>
    </message>
    <message>
        <source>Spara ändringen</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <source>Skicka begäran</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Ingen misstänkt i ärendet</source>
        <translation>No suspect in the case</translation>
    </message>
    <message>
        <source>Släppt {t}</source>
        <translation>Released {t}</translation>
    </message>
    <message>
        <source>från {t}</source>
        <translation>from {t}</translation>
    </message>
    <message>
        <source>till {t}</source>
        <translation>until {t}</translation>
    </message>
    <message>
        <source>längst till {t} (antaget)</source>
        <translation>at most until {t} (assumed)</translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>gäller</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>gäller inte</source>
        <translation>not in force</translation>
    </message>
    <message>
        <source>Säkerhetskontroll</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <source>Välj en transport.</source>
        <translation>Choose a transport.</translation>
    </message>
    <message>
        <source>Misstänkt</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Kontaktförbud</source>
        <translation>Restraining order</translation>
    </message>
    <message>
        <source>Frihetsberövandet</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>täcker hela transporten</source>
        <translation>covers the whole transport</translation>
    </message>
    <message>
        <source>täcker INTE hela transporten</source>
        <translation>does NOT cover the whole transport</translation>
    </message>
    <message>
        <source>{level} (bedömd {day})</source>
        <translation>{level} (assessed {day})</translation>
    </message>
    <message>
        <source>ingen bedömning registrerad</source>
        <translation>no assessment recorded</translation>
    </message>
    <message>
        <source>Upphämtning hos misstänkt</source>
        <translation>Pick-up at the suspect&apos;s address</translation>
    </message>
    <message>
        <source>{day}, nivå {level}</source>
        <translation>{day}, level {level}</translation>
    </message>
    <message>
        <source>ingen kopplad</source>
        <translation>none linked</translation>
    </message>
    <message>
        <source>ej vald – standard {d} polis(er)</source>
        <translation>not chosen – standard {d} officer(s)</translation>
    </message>
    <message>
        <source>{n} polis(er), standard {d}</source>
        <translation>{n} officer(s), standard {d}</translation>
    </message>
    <message>
        <source>Transporten är avslutad; uppgifterna gäller i dag.</source>
        <translation>The transport is finished; the details are as of today.</translation>
    </message>
    <message>
        <source>Krav när transporten planeras:</source>
        <translation>Requirements when the transport is planned:</translation>
    </message>
    <message>
        <source>Planen uppfyller inte säkerhetskraven:</source>
        <translation>The plan does not meet the safety requirements:</translation>
    </message>
    <message>
        <source>Kan inte planeras så här:</source>
        <translation>Cannot be planned like this:</translation>
    </message>
    <message>
        <source>Inga hinder för planen.</source>
        <translation>No obstacles to the plan.</translation>
    </message>
    <message>
        <source>Databasadressen går inte att tolka: {value}</source>
        <translation>The database address cannot be understood: {value}</translation>
    </message>
    <message>
        <source>En lokal databas behöver en filsökväg.</source>
        <translation>A local database needs a file path.</translation>
    </message>
    <message>
        <source>Databastypen {backend} stöds inte. Använd en lokal fil eller postgresql://.</source>
        <translation>The database type {backend} is not supported. Use a local file or postgresql://.</translation>
    </message>
    <message>
        <source>Okänt sslmode {mode} i databasadressen.</source>
        <translation>Unknown sslmode {mode} in the database address.</translation>
    </message>
    <message>
        <source>Rotcertifikatet {path} (sslrootcert) finns inte.</source>
        <translation>The root certificate {path} (sslrootcert) does not exist.</translation>
    </message>
    <message>
        <source>Databasservern {server} kunde inte verifieras: dess certifikat är inte utfärdat av rotcertifikatet {root}. Förbindelsen avbröts utan att något skickades. Välj rätt rotcertifikat (fråga IT) – eller så är det inte er server som svarar.</source>
        <translation>The database server {server} could not be verified: its certificate was not issued by the root certificate {root}. The connection was closed before anything was sent. Choose the right root certificate (ask IT) – or it is not your server that answers.</translation>
    </message>
    <message>
        <source>Databasserverns certifikat gäller inte namnet {host}. Skriv servernamnet så som det står i certifikatet (fråga IT). Förbindelsen avbröts.</source>
        <translation>The database server&apos;s certificate is not valid for the name {host}. Type the server name as it appears in the certificate (ask IT). The connection was closed.</translation>
    </message>
    <message>
        <source>Databasservern {server} erbjuder ingen krypterad förbindelse (TLS), men TLS-läget {mode} kräver det. Be IT slå på TLS på servern.</source>
        <translation>The database server {server} offers no encrypted connection (TLS), but the TLS mode {mode} requires one. Ask IT to enable TLS on the server.</translation>
    </message>
    <message>
        <source>Rotcertifikatet {root} kunde inte läsas. Välj filen från IT igen.</source>
        <translation>The root certificate {root} could not be read. Choose the file from IT again.</translation>
    </message>
    <message>
        <source>Databasfilen {path} går inte att öppna med nyckeln i nyckelringen. Antingen hör nyckeln till en annan databas, eller så är filen skadad. Filen har inte ändrats.</source>
        <translation>The database file {path} cannot be opened with the key in the keyring. Either the key belongs to another database, or the file is damaged. The file has not been changed.</translation>
    </message>
    <message>
        <source>Databasfilen {path} finns, men nyckeln till den saknas i den här användarens nyckelring. Filen har inte ändrats. Logga in som den användare som skapade databasen, eller återställ nyckeln (se README: Nycklar och säkerhetskopior).</source>
        <translation>The database file {path} exists, but its key is missing from this user&apos;s keyring. The file has not been changed. Sign in as the user who created the database, or restore the key (see README: Keys and backups).</translation>
    </message>
    <message>
        <source>Det finns ingen databas i {path}.</source>
        <translation>There is no database in {path}.</translation>
    </message>
    <message>
        <source>Det finns ingen inloggning till databasservern {server} i den här användarens nyckelring. Registrera dig med koden från gruppchefen (igor-desk enroll KOD).</source>
        <translation>There is no login to the database server {server} in this user&apos;s keyring. Enrol with the code from the team leader (igor-desk enroll CODE).</translation>
    </message>
    <message>
        <source>Det gick inte att ansluta till databasservern {server}: {reason}</source>
        <translation>Could not connect to the database server {server}: {reason}</translation>
    </message>
    <message>
        <source>Databasen har schemaversion {current}, som är nyare än den här versionen av IGOR Desk känner till (senast {head}). Uppdatera programmet; databasen har inte ändrats.</source>
        <translation>The database has schema version {current}, which is newer than this version of IGOR Desk knows (at most {head}). Update the program; the database has not been changed.</translation>
    </message>
    <message>
        <source>Databasen innehåller tabeller men ingen schemaversion; den verkar inte vara en IGOR Desk-databas. Den har inte ändrats.</source>
        <translation>The database contains tables but no schema version; it does not seem to be an IGOR Desk database. It has not been changed.</translation>
    </message>
    <message>
        <source>Databasen på servern har schemaversion {current}, men den här versionen av IGOR Desk behöver {head}. Be IT uppgradera servern (igor-desk server upgrade, se docs/server.md); databasen har inte ändrats.</source>
        <translation>The database on the server has schema version {current}, but this version of IGOR Desk needs {head}. Ask IT to upgrade the server (igor-desk server upgrade, see docs/server.md); the database has not been changed.</translation>
    </message>
    <message>
        <source>Uppgraderingen lämnade {count} trasiga kopplingar och avbröts.</source>
        <translation>The upgrade left {count} broken links and was aborted.</translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring i operativsystemet (t.ex. Windows Autentiseringshanteraren, macOS Nyckelringar eller Secret Service på Linux). IGOR Desk sparar sina nycklar endast där och kan inte starta utan den. Kontakta IT-supporten.</source>
        <translation>There is no keyring in the operating system (e.g. Windows Credential Manager, macOS Keychain or Secret Service on Linux). IGOR Desk keeps its keys only there and cannot start without it. Contact IT support.</translation>
    </message>
    <message>
        <source>Nyckelringen är låst. Lås upp den (logga in på datorn på nytt eller öppna nyckelringen) och starta IGOR Desk igen.</source>
        <translation>The keyring is locked. Unlock it (sign in to the computer again or open the keyring) and start IGOR Desk again.</translation>
    </message>
    <message>
        <source>Nyckelringen gick inte att läsa ({reason}). Kontakta IT-supporten.</source>
        <translation>The keyring could not be read ({reason}). Contact IT support.</translation>
    </message>
    <message>
        <source>Nyckelringen är låst. Lås upp den och försök igen.</source>
        <translation>The keyring is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>Det gick inte att spara i nyckelringen ({reason}).</source>
        <translation>Could not save to the keyring ({reason}).</translation>
    </message>
    <message>
        <source>Din profil är spärrad och kan inte längre använda IGOR Desk. Kontakta gruppchefen.</source>
        <translation>Your profile is blocked and can no longer use IGOR Desk. Contact the team leader.</translation>
    </message>
    <message>
        <source>Det här kräver behörigheten gruppchef/administratör.</source>
        <translation>This requires the team leader/administrator role.</translation>
    </message>
    <message>
        <source>Din profil (analytiker) ger bara tillgång till statistiken.</source>
        <translation>Your profile (analyst) gives access to the statistics only.</translation>
    </message>
    <message>
        <source>Filen {path} finns inte.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Filen är för stor ({size} MB). Största tillåtna storlek är {limit} MB.</source>
        <translation>The file is too large ({size} MB). The largest allowed size is {limit} MB.</translation>
    </message>
    <message>
        <source>Filen {path} går inte att läsa.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <source>Filen är ingen Excel-arbetsbok (.xlsx). Spara bladet i Excel som ”Excel-arbetsbok (*.xlsx)” och försök igen.</source>
        <translation>The file is not an Excel workbook (.xlsx). Save the sheet in Excel as “Excel Workbook (*.xlsx)” and try again.</translation>
    </message>
    <message>
        <source>Arbetsboken packas upp till orimligt mycket data och öppnas inte (skydd mot skadliga filer).</source>
        <translation>The workbook unpacks into an unreasonable amount of data and is not opened (protection against malicious files).</translation>
    </message>
    <message>
        <source>Skyddet mot skadliga Excel-filer (defusedxml) är inte aktivt, så filen öppnas inte. Installera om programmet.</source>
        <translation>The protection against malicious Excel files (defusedxml) is not active, so the file is not opened. Reinstall the program.</translation>
    </message>
    <message>
        <source>Arbetsboken innehåller XML-konstruktioner som kan vara skadliga (t.ex. entitetsdeklarationer) och öppnas inte.</source>
        <translation>The workbook contains XML constructs that may be malicious (e.g. entity declarations) and is not opened.</translation>
    </message>
    <message>
        <source>Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Den kan vara skadad.</source>
        <translation>The file cannot be read as an Excel workbook (.xlsx). It may be damaged.</translation>
    </message>
    <message>
        <source>Bladet {sheet} har fler än {limit} rader.</source>
        <translation>The sheet {sheet} has more than {limit} rows.</translation>
    </message>
    <message>
        <source>Bladet {sheet} har fler än {limit} kolumner.</source>
        <translation>The sheet {sheet} has more than {limit} columns.</translation>
    </message>
    <message>
        <source>Bokningen krockar och sparades inte:
{clashes}
{free}</source>
        <translation>The booking clashes and was not saved:
{clashes}
{free}</translation>
    </message>
    <message>
        <source>Varning: den våldsutsatta och den misstänkte kan mötas på samma plats vid samma tid:
{risks}
Välj en annan tid eller plats, eller ange varför bokningen ändå ska göras så.</source>
        <translation>Warning: the victim and the suspect may meet at the same place at the same time:
{risks}
Choose another time or place, or give the reason why the booking should be made like this anyway.</translation>
    </message>
    <message>
        <source>Skyddad adress</source>
        <translation>Protected address</translation>
    </message>
    <message>
        <source>Skyddat telefonnummer</source>
        <translation>Protected phone number</translation>
    </message>
    <message>
        <source>Lämnas inte ut (skyddade personuppgifter)</source>
        <translation>Not disclosed (protected personal data)</translation>
    </message>
    <message>
        <source>Dold (skyddade personuppgifter)</source>
        <translation>Hidden (protected personal data)</translation>
    </message>
    <message>
        <source>Adress lämnas inte ut</source>
        <translation>Address not disclosed</translation>
    </message>
    <message>
        <source>Visas bara för ärendets ansvariga polis och socialsekreterare</source>
        <translation>Shown only to the case&apos;s responsible police officer and social worker</translation>
    </message>
    <message>
        <source>Disken är full{where}. {nothing} Frigör utrymme på disken (eller be IT-supporten om hjälp) och försök sedan igen.</source>
        <translation>The disk is full{where}. {nothing} Free up space on the disk (or ask IT support for help) and then try again.</translation>
    </message>
    <message>
        <source>Databasen är upptagen och svarade inte i tid. {nothing} Försök igen om en stund.</source>
        <translation>The database is busy and did not answer in time. {nothing} Try again in a moment.</translation>
    </message>
    <message>
        <source>Databasservern svarade inte i tid{where}. {nothing} Försök igen om en stund; om det upprepas, kontakta IT-supporten (servern kan vara överbelastad eller ha hängt sig).</source>
        <translation>The database server did not answer in time{where}. {nothing} Try again in a moment; if it happens again, contact IT support (the server may be overloaded or have hung).</translation>
    </message>
    <message>
        <source>Det går inte att nå databasservern{where}. {nothing} Kontrollera nätverket och försök igen om en stund; om det inte hjälper, kontakta IT-supporten (servern kan vara stoppad).</source>
        <translation>The database server cannot be reached{where}. {nothing} Check the network and try again in a moment; if that does not help, contact IT support (the server may be stopped).</translation>
    </message>
    <message>
        <source>Databasen är upptagen av en annan åtgärd{where}. {nothing} Försök igen om en stund.</source>
        <translation>The database is busy with another operation{where}. {nothing} Try again in a moment.</translation>
    </message>
    <message>
        <source>Databasen kunde inte användas ({reason}). {nothing} Försök igen; om felet består, kontakta IT-supporten och bifoga diagnostiken (Verktyg → Kopiera diagnostik).</source>
        <translation>The database could not be used ({reason}). {nothing} Try again; if the error persists, contact IT support and attach the diagnostics (Tools → Copy diagnostics).</translation>
    </message>
    <message>
        <source>--sslmode, --sslrootcert och tidsgränserna gäller bara en databasserver (--db postgresql://…).</source>
        <translation>--sslmode, --sslrootcert and the timeouts apply only to a database server (--db postgresql://…).</translation>
    </message>
    <message>
        <source>Lösenorden är inte lika.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Ange både --admin-name och --agency för den första administratören.</source>
        <translation>Give both --admin-name and --agency for the first administrator.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange bara serverns namn eller IP-adress.</source>
        <translation>Field {field}: give only the server&apos;s name or IP address.</translation>
    </message>
    <message>
        <source>Fältet {field}: ange ett heltal mellan 1 och 65535.</source>
        <translation>Field {field}: give a whole number between 1 and 65535.</translation>
    </message>
    <message>
        <source>Fältet {field}: namnet får inte innehålla mellanslag eller /.</source>
        <translation>Field {field}: the name must not contain spaces or /.</translation>
    </message>
    <message>
        <source>Fältet {field}: bara små bokstäver a–z, siffror och _, och första tecknet en bokstav.</source>
        <translation>Field {field}: only lower-case letters a–z, digits and _, with a letter first.</translation>
    </message>
    <message>
        <source>Fältet {field}: okänt värde {value}; välj ett av {modes}.</source>
        <translation>Field {field}: unknown value {value}; choose one of {modes}.</translation>
    </message>
    <message>
        <source>Fältet {field}: filen {path} finns inte.</source>
        <translation>Field {field}: the file {path} does not exist.</translation>
    </message>
    <message>
        <source>Fältet {field}: TLS-läget {mode} kontrollerar servern mot ett rotcertifikat; välj filen från IT (eller skriv system för datorns egna).</source>
        <translation>Field {field}: TLS mode {mode} checks the server against a root certificate; choose the file from IT (or type system for the computer&apos;s own).</translation>
    </message>
    <message>
        <source>Fältet {field}: ange sekunder, {low}–{high}.</source>
        <translation>Field {field}: give seconds, {low}–{high}.</translation>
    </message>
    <message>
        <source>Serverkommandona gäller bara en PostgreSQL-server (postgresql://…).</source>
        <translation>The server commands apply only to a PostgreSQL server (postgresql://…).</translation>
    </message>
    <message>
        <source>Fältet {field}: lösenordet måste ha minst {n} tecken.</source>
        <translation>Field {field}: the password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Schemat är redan aktuellt ({revision}).</source>
        <translation>The schema is already up to date ({revision}).</translation>
    </message>
    <message>
        <source>Schemat uppgraderat: {before} → {after}.</source>
        <translation>Schema upgraded: {before} → {after}.</translation>
    </message>
    <message>
        <source>tomt</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Anslut som databasens ägare ({owner}), inte som {me}.</source>
        <translation>Connect as the database&apos;s owner ({owner}), not as {me}.</translation>
    </message>
    <message>
        <source>Databasens ägare {me} behöver CREATEROLE (inloggningsroller för personalen). Som postgres: ALTER ROLE {me} CREATEROLE;</source>
        <translation>The database owner {me} needs CREATEROLE (login roles for the staff). As postgres: ALTER ROLE {me} CREATEROLE;</translation>
    </message>
    <message>
        <source>Ansluten som {me} till {server}.</source>
        <translation>Connected as {me} to {server}.</translation>
    </message>
    <message>
        <source>Schemat: {before} → {after} (Alembic).</source>
        <translation>Schema: {before} → {after} (Alembic).</translation>
    </message>
    <message>
        <source>Grupproller skapade: {roles}.</source>
        <translation>Group roles created: {roles}.</translation>
    </message>
    <message>
        <source>Grupproller fanns redan: {roles}.</source>
        <translation>Group roles already existed: {roles}.</translation>
    </message>
    <message>
        <source>Behörigheter och radsäkerhet: {rls} tabeller med RLS, {policies} policyer, {definers} SECURITY DEFINER-funktioner.</source>
        <translation>Privileges and row-level security: {rls} tables with RLS, {policies} policies, {definers} SECURITY DEFINER functions.</translation>
    </message>
    <message>
        <source>Varning: ägaren saknar pg_signal_backend, så en spärrad inloggning avslutas inte direkt. Som postgres: GRANT pg_signal_backend TO {me};</source>
        <translation>Warning: the owner lacks pg_signal_backend, so a revoked login is not ended at once. As postgres: GRANT pg_signal_backend TO {me};</translation>
    </message>
    <message>
        <source>Databasen har redan personal; ingen ny administratör skapad.</source>
        <translation>The database already has staff; no new administrator created.</translation>
    </message>
    <message>
        <source>Ingen administratör skapad (ange --admin-name och --agency för att skapa den första).</source>
        <translation>No administrator created (give --admin-name and --agency to create the first one).</translation>
    </message>
    <message>
        <source>Första administratören {name} ({agency}) skapad: inloggningsroll {role} (medlem av {groups}, CREATEROLE), bunden till datoranvändaren {account}.</source>
        <translation>First administrator {name} ({agency}) created: login role {role} (member of {groups}, CREATEROLE), bound to the computer user {account}.</translation>
    </message>
    <message>
        <source>Registreringskod för {account}: {code} (gäller en gång, i 24 timmar). Ge den personligen; {account} kör igor-desk enroll KOD vid sin egen dator.</source>
        <translation>Enrollment code for {account}: {code} (valid once, for 24 hours). Hand it over in person; {account} runs igor-desk enroll CODE at their own computer.</translation>
    </message>
    <message>
        <source>Databasen är inte förberedd (ingen schemaversion). Kör igor-desk server init.</source>
        <translation>The database is not prepared (no schema version). Run igor-desk server init.</translation>
    </message>
    <message>
        <source>Databasens schemaversion {current} är nyare än programmets ({head}). Uppdatera programmet.</source>
        <translation>The database&apos;s schema version {current} is newer than the program&apos;s ({head}). Update the program.</translation>
    </message>
    <message>
        <source>Schemaversionen {current} ligger efter programmets {head}. Kör igor-desk server upgrade.</source>
        <translation>Schema version {current} is behind the program&apos;s {head}. Run igor-desk server upgrade.</translation>
    </message>
    <message>
        <source>Kontrollen bygger en jämförelsedatabas med migreringarna och behöver rätten CREATEDB för {role} (som postgres: ALTER ROLE {role} CREATEDB;).</source>
        <translation>The check builds a reference database from the migrations and needs the CREATEDB privilege for {role} (as postgres: ALTER ROLE {role} CREATEDB;).</translation>
    </message>
    <message>
        <source>tabellen</source>
        <translation>the table</translation>
    </message>
    <message>
        <source>vyn</source>
        <translation>the view</translation>
    </message>
    <message>
        <source>sekvensen</source>
        <translation>the sequence</translation>
    </message>
    <message>
        <source>kolumnen {table}.{column}</source>
        <translation>the column {table}.{column}</translation>
    </message>
    <message>
        <source>funktionen {name}</source>
        <translation>the function {name}</translation>
    </message>
    <message>
        <source>schemat {name}</source>
        <translation>the schema {name}</translation>
    </message>
    <message>
        <source>standardrättigheterna ({role}, typ {kind})</source>
        <translation>the default privileges ({role}, type {kind})</translation>
    </message>
    <message>
        <source>Tabellen {table} saknas.</source>
        <translation>The table {table} is missing.</translation>
    </message>
    <message>
        <source>Objektet {table} finns inte i migreringarna.</source>
        <translation>The object {table} is not in the migrations.</translation>
    </message>
    <message>
        <source>Tabellen {table}: radsäkerheten (ROW LEVEL SECURITY) är avslagen.</source>
        <translation>Table {table}: row-level security (ROW LEVEL SECURITY) is off.</translation>
    </message>
    <message>
        <source>Tabellen {table}: FORCE ROW LEVEL SECURITY är avslaget.</source>
        <translation>Table {table}: FORCE ROW LEVEL SECURITY is off.</translation>
    </message>
    <message>
        <source>Tabellen {table}: radsäkerheten skiljer sig från migreringarna.</source>
        <translation>Table {table}: row-level security differs from the migrations.</translation>
    </message>
    <message>
        <source>Tabellen {table}: policyn {policy} saknas.</source>
        <translation>Table {table}: the policy {policy} is missing.</translation>
    </message>
    <message>
        <source>Tabellen {table}: policyn {policy} finns inte i migreringarna.</source>
        <translation>Table {table}: the policy {policy} is not in the migrations.</translation>
    </message>
    <message>
        <source>Tabellen {table}: policyn {policy} skiljer sig från migreringarna.</source>
        <translation>Table {table}: the policy {policy} differs from the migrations.</translation>
    </message>
    <message>
        <source>Funktionen {name} saknas.</source>
        <translation>The function {name} is missing.</translation>
    </message>
    <message>
        <source>Funktionen {name} finns inte i migreringarna.</source>
        <translation>The function {name} is not in the migrations.</translation>
    </message>
    <message>
        <source>Funktionen {name}: SECURITY DEFINER eller search_path skiljer sig från migreringarna.</source>
        <translation>Function {name}: SECURITY DEFINER or search_path differs from the migrations.</translation>
    </message>
    <message>
        <source>{grantee} har {privilege} på {object} – mer än migreringarna ger.</source>
        <translation>{grantee} has {privilege} on {object} – more than the migrations grant.</translation>
    </message>
    <message>
        <source>{grantee} saknar {privilege} på {object}.</source>
        <translation>{grantee} lacks {privilege} on {object}.</translation>
    </message>
    <message>
        <source>Funktionen {name} är SECURITY DEFINER utan fast search_path.</source>
        <translation>The function {name} is SECURITY DEFINER without a fixed search_path.</translation>
    </message>
    <message>
        <source>Grupprollen {role} saknas.</source>
        <translation>The group role {role} is missing.</translation>
    </message>
    <message>
        <source>Grupprollen {role} har {attribute}.</source>
        <translation>The group role {role} has {attribute}.</translation>
    </message>
    <message>
        <source>Grupprollen {role} är medlem av {other}.</source>
        <translation>The group role {role} is a member of {other}.</translation>
    </message>
    <message>
        <source>Personalrollen {role} har {attribute}.</source>
        <translation>The staff role {role} has {attribute}.</translation>
    </message>
    <message>
        <source>Personalrollen {role} har CREATEROLE men är inte administratör.</source>
        <translation>The staff role {role} has CREATEROLE but is not an administrator.</translation>
    </message>
    <message>
        <source>Personalrollen {role} är spärrad men kan fortfarande logga in.</source>
        <translation>The staff role {role} is revoked but can still log in.</translation>
    </message>
    <message>
        <source>Personalrollen {role} är medlem av {other} – mer än avsett.</source>
        <translation>The staff role {role} is a member of {other} – more than intended.</translation>
    </message>
    <message>
        <source>Personalrollen {role} är inte medlem av {other}.</source>
        <translation>The staff role {role} is not a member of {other}.</translation>
    </message>
    <message>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Teamets händelser och transporter i dag och i morgon</source>
        <translation>The team&apos;s events and transports today and tomorrow</translation>
    </message>
    <message>
        <source>Nya ärenden sedan jag tittade senast</source>
        <translation>New cases since I last looked</translation>
    </message>
    <message>
        <source>Riskbedömningar att göra om (teamet)</source>
        <translation>Risk assessments to redo (team)</translation>
    </message>
    <message>
        <source>Uppföljningar inom en vecka (teamet)</source>
        <translation>Follow-ups within a week (team)</translation>
    </message>
    <message>
        <source>Planerade kontakter som inte är registrerade (teamet)</source>
        <translation>Planned contacts not recorded (team)</translation>
    </message>
    <message>
        <source>Mina händelser och transporter i dag och i morgon</source>
        <translation>My events and transports today and tomorrow</translation>
    </message>
    <message>
        <source>Transporter som väntar på planering</source>
        <translation>Transports waiting to be planned</translation>
    </message>
    <message>
        <source>Nya ärenden och tips sedan jag tittade senast</source>
        <translation>New cases and tips since I last looked</translation>
    </message>
    <message>
        <source>Riskbedömningar att göra om</source>
        <translation>Risk assessments to redo</translation>
    </message>
    <message>
        <source>Uppföljningar inom en vecka</source>
        <translation>Follow-ups within a week</translation>
    </message>
    <message>
        <source>Planerade kontakter som inte är registrerade</source>
        <translation>Planned contacts not recorded</translation>
    </message>
    <message>
        <source>Inget inbokat i dag eller i morgon. Nya händelser bokas i Kalender (Ctrl+2).</source>
        <translation>Nothing booked today or tomorrow. New events are booked in Calendar (Ctrl+2).</translation>
    </message>
    <message>
        <source>Inga transporter väntar på planering.</source>
        <translation>No transports are waiting to be planned.</translation>
    </message>
    <message>
        <source>Inga nya ärenden eller tips sedan du tittade senast. Alla ärenden finns under Ärenden (Ctrl+1).</source>
        <translation>No new cases or tips since you last looked. All cases are under Cases (Ctrl+1).</translation>
    </message>
    <message>
        <source>Ingen riskbedömning i dina ärenden ska göras om i dag. Datumet för nästa bedömning sätts när en bedömning registreras.</source>
        <translation>No risk assessment in your cases is due today. The date of the next assessment is set when an assessment is recorded.</translation>
    </message>
    <message>
        <source>Inga uppföljningar de närmaste sju dagarna.</source>
        <translation>No follow-ups in the next seven days.</translation>
    </message>
    <message>
        <source>Alla planerade kontakter de senaste 14 dagarna är registrerade som hållna.</source>
        <translation>All planned contacts of the last 14 days are recorded as held.</translation>
    </message>
    <message>
        <source>i dag {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <source>i morgon {time}</source>
        <translation>tomorrow {time}</translation>
    </message>
    <message>
        <source>{what}, i dag</source>
        <translation>{what}, today</translation>
    </message>
    <message>
        <source>{what}, försenad {n} d</source>
        <translation>{what}, {n} d overdue</translation>
    </message>
    <message>
        <source>försenad {n} d</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>om {n} d</source>
        <translation>in {n} d</translation>
    </message>
    <message>
        <source>Visa &amp;teamet</source>
        <translation>Show &amp;team</translation>
    </message>
    <message>
        <source>Gruppchef: allt som är på tur i hela teamet</source>
        <translation>Team lead: everything due in the whole team</translation>
    </message>
    <message>
        <source>&amp;Markera nya som sedda</source>
        <translation>&amp;Mark new as seen</translation>
    </message>
    <message>
        <source>&amp;Uppdatera (F5)</source>
        <translation>&amp;Refresh (F5)</translation>
    </message>
    <message>
        <source>Min dag</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Enter eller dubbelklick öppnar</source>
        <translation>Enter or double-click opens</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Öppna ärenden</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Händelser denna vecka</source>
        <translation>Events this week</translation>
    </message>
    <message>
        <source>Transporter denna vecka</source>
        <translation>Transports this week</translation>
    </message>
    <message>
        <source>Arbetsbelastning</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Min dag – {day}</source>
        <translation>My day – {day}</translation>
    </message>
    <message>
        <source>Teamets dag – {day}</source>
        <translation>The team&apos;s day – {day}</translation>
    </message>
    <message>
        <source>Snabbsök</source>
        <translation>Quick search</translation>
    </message>
    <message>
        <source>Personnummer, namn, ärendenummer, anmälningsnummer, medarbetare, händelse</source>
        <translation>Personal identity number, name, case number, report number, staff member, event</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Skriv minst två tecken. Enter öppnar, Esc stänger.</source>
        <translation>Type at least two characters. Enter opens, Esc closes.</translation>
    </message>
    <message>
        <source>{n} träffar. Enter öppnar den markerade.</source>
        <translation>{n} matches. Enter opens the selected one.</translation>
    </message>
    <message>
        <source>Personnumret är inte giltigt (kontrollsiffran).</source>
        <translation>The personal identity number is not valid (check digit).</translation>
    </message>
    <message>
        <source>Inget hittades för ”{text}”.</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
    <message>
        <source>Ärende {number} – {names} ({status})</source>
        <translation>Case {number} – {names} ({status})</translation>
    </message>
    <message>
        <source>Medarbetare: {name}</source>
        <translation>Staff member: {name}</translation>
    </message>
    <message>
        <source>Händelse {when}: {title}</source>
        <translation>Event {when}: {title}</translation>
    </message>
    <message>
        <source>Det finns ändringar som inte är sparade.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Vill du spara dem innan du stänger?</source>
        <translation>Do you want to save them before closing?</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>S&amp;läng</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Åtgärder (bevakning)</source>
        <translation>Actions (follow-up)</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Myndighet</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Markera som klar</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Skapa bevakningar från reglerna</source>
        <translation>Create actions from the rules</translation>
    </message>
    <message>
        <source>Ny riskbedömning som ska göras, frihetsberövande eller kontaktförbud som upphör, lotsning som väntar på svar.</source>
        <translation>A risk assessment due, a detention or contact ban ending, a referral waiting for an answer.</translation>
    </message>
    <message>
        <source>Egen åtgärd</source>
        <translation>Own action</translation>
    </message>
    <message>
        <source>vad ska göras</source>
        <translation>what is to be done</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>&amp;Mall</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>&amp;Åtgärd</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>A&amp;nsvarig</source>
        <translation>Res&amp;ponsible</translation>
    </message>
    <message>
        <source>Klart &amp;senast</source>
        <translation>Due &amp;by</translation>
    </message>
    <message>
        <source>{date} ({who})</source>
        <translation>{date} ({who})</translation>
    </message>
    <message>
        <source>FÖRSENAD</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{n} åtgärder hos {agency} visas inte (inget samtycke som omfattar dem).</source>
        <translation>{n} actions of {agency} are not shown (no consent covering them).</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Lägg till personal</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <source>För- och efternamn</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Gruppchef/administratör</source>
        <translation>Team leader/administrator</translation>
    </message>
    <message>
        <source>Analytiker (endast statistik)</source>
        <translation>Analyst (statistics only)</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Myndighet:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Roller:</source>
        <translation>Roles:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Myndighet</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Datoranvändare</source>
        <translation>Computer user</translation>
    </message>
    <message>
        <source>Databasroll</source>
        <translation>Database role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Lägg till personal…</source>
        <translation>&amp;Add staff…</translation>
    </message>
    <message>
        <source>Skapa &amp;registreringskod</source>
        <translation>Create &amp;enrolment code</translation>
    </message>
    <message>
        <source>&amp;Spärra profil</source>
        <translation>&amp;Block profile</translation>
    </message>
    <message>
        <source>Skapa &amp;databasroll</source>
        <translation>Create &amp;database role</translation>
    </message>
    <message>
        <source>&amp;Kontaktuppgifter…</source>
        <translation>&amp;Contact details…</translation>
    </message>
    <message>
        <source>handläggare</source>
        <translation>case worker</translation>
    </message>
    <message>
        <source>gruppchef/administratör</source>
        <translation>team leader/administrator</translation>
    </message>
    <message>
        <source>analytiker</source>
        <translation>analyst</translation>
    </message>
    <message>
        <source>Spärrad</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Väntar på registrering</source>
        <translation>Awaiting enrolment</translation>
    </message>
    <message>
        <source>{name} är redan registrerad. En ny kod behövs bara vid ny dator eller förlorad nyckelring. Skapa en ny kod?</source>
        <translation>{name} is already enrolled. A new code is only needed for a new computer or a lost keyring. Create a new code?</translation>
    </message>
    <message>
        <source>Spärra profilen för {name}? Spärren gäller från personens nästa åtgärd och kan inte ångras här.</source>
        <translation>Block the profile of {name}? The block applies from the person&apos;s next action and cannot be undone here.</translation>
    </message>
    <message>
        <source>Databasrollen {role} finns nu.</source>
        <translation>The database role {role} now exists.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Bedömare</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Ny bedömning senast</source>
        <translation>Reassess by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Ingen riskbedömning registrerad i ärendet.</source>
        <translation>No risk assessment recorded in the case.</translation>
    </message>
    <message>
        <source>Avsluta bedömningen</source>
        <translation>Close the assessment</translation>
    </message>
    <message>
        <source>En avslutad bedömning är inte längre aktuell och stoppar inte kontaktregeln.</source>
        <translation>A closed assessment is no longer current and does not stop the contact rule.</translation>
    </message>
    <message>
        <source>Kontakt med den misstänkte kan utsätta henne eller barnen för fara</source>
        <translation>Contact with the suspect may put her or the children in danger</translation>
    </message>
    <message>
        <source>Spara bedömning</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ny bedömning</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Ny riskbedömning</source>
        <translation>New risk assessment</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <source>&amp;Gäller</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Nivå</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>Ny bedömning &amp;senast</source>
        <translation>Reassess &amp;by</translation>
    </message>
    <message>
        <source>&amp;Bedömning</source>
        <translation>Ass&amp;essment</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ny bedömning försenad</source>
        <translation>Reassessment overdue</translation>
    </message>
    <message>
        <source>Aktuell</source>
        <translation>Current</translation>
    </message>
    <message>
        <source> · kontakt äventyrar</source>
        <translation> · contact endangers</translation>
    </message>
    <message>
        <source>{name}, {agency}</source>
        <translation>{name}, {agency}</translation>
    </message>
    <message>
        <source>{n} hos {agency} visas inte (inget samtycke). En öppen bedömning där kontakt äventyrar henne stoppar ändå kontaktregeln.</source>
        <translation>{n} held by {agency} not shown (no consent). An open assessment saying that contact endangers her still stops the contact rule.</translation>
    </message>
    <message>
        <source>Ändra riskbedömning {instrument} från {date}</source>
        <translation>Edit risk assessment {instrument} of {date}</translation>
    </message>
    <message>
        <source>Spara ändring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>Avsluta bedömningen {instrument} från {date}? Den är sedan inte längre aktuell.</source>
        <translation>Close the assessment {instrument} of {date}? It will then no longer be current.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Ö&amp;versikt</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>&amp;Kontakter</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Sa&amp;mtycken</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <source>&amp;Lotsning</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>&amp;Riskbedömningar</source>
        <translation>&amp;Risk assessments</translation>
    </message>
    <message>
        <source>A&amp;vslut</source>
        <translation>C&amp;losure</translation>
    </message>
    <message>
        <source>&amp;Bevakning</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Vem har öppnat &amp;ärendet…</source>
        <translation>Who has opened the &amp;case…</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Bevakning ({n}, {late} försenade)</source>
        <translation>&amp;Follow-up ({n}, {late} overdue)</translation>
    </message>
    <message>
        <source>&amp;Bevakning ({n})</source>
        <translation>&amp;Follow-up ({n})</translation>
    </message>
    <message>
        <source>&amp;Kontakter ({n})</source>
        <translation>&amp;Contacts ({n})</translation>
    </message>
    <message>
        <source>&amp;Riskbedömningar ({n} försenad)</source>
        <translation>&amp;Risk assessments ({n} overdue)</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Avslutat {date}</source>
        <translation>Closed {date}</translation>
    </message>
    <message>
        <source>Fokusperson</source>
        <translation>Focus person</translation>
    </message>
    <message>
        <source>{area} ({district})</source>
        <translation>{area} ({district})</translation>
    </message>
    <message>
        <source>Källa: {source} · {area} · Öppnat {opened}</source>
        <translation>Source: {source} · {area} · Opened {opened}</translation>
    </message>
    <message>
        <source>ingen registrerad</source>
        <translation>none registered</translation>
    </message>
    <message>
        <source>Våldsutsatt: {victim}    Misstänkt: {suspect}    Ansvarig polis: {police}    Ansvarig socialsekreterare: {social}</source>
        <translation>Victim: {victim}    Suspect: {suspect}    Responsible officer: {police}    Responsible social worker: {social}</translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Senast ändrat {when} av {who}</source>
        <translation>Last changed {when} by {who}</translation>
    </message>
    <message>
        <source>Samtycke soc → polis</source>
        <translation>Consent social services → police</translation>
    </message>
    <message>
        <source>Samtycke polis → soc</source>
        <translation>Consent police → social services</translation>
    </message>
    <message>
        <source>{direction}: {state}</source>
        <translation>{direction}: {state}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>none</translation>
    </message>
    <message>
        <source>gick ut {date}</source>
        <translation>expired {date}</translation>
    </message>
    <message>
        <source>t.o.m. {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>bara {kinds}, {until}</source>
        <translation>only {kinds}, {until}</translation>
    </message>
    <message>
        <source>går snart ut, {until}</source>
        <translation>expires soon, {until}</translation>
    </message>
    <message>
        <source>gäller, {until}</source>
        <translation>in force, {until}</translation>
    </message>
    <message>
        <source>HÄKTAD sedan {since}</source>
        <translation>REMANDED IN CUSTODY since {since}</translation>
    </message>
    <message>
        <source> · till/omprövas {until}</source>
        <translation> · until/review {until}</translation>
    </message>
    <message>
        <source>ANHÅLLEN sedan {since}</source>
        <translation>ARRESTED since {since}</translation>
    </message>
    <message>
        <source>Släppt {until}</source>
        <translation>Released {until}</translation>
    </message>
    <message>
        <source>Frihetsberövad {since}</source>
        <translation>In custody {since}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{kind} {span}</source>
        <translation>{kind} {span}</translation>
    </message>
    <message>
        <source>{text} (gäller inte nu)</source>
        <translation>{text} (not in force now)</translation>
    </message>
    <message>
        <source>Ingen riskbedömning</source>
        <translation>No risk assessment</translation>
    </message>
    <message>
        <source>Ingen läsbar riskbedömning ({n} hos {agency})</source>
        <translation>No readable risk assessment ({n} held by {agency})</translation>
    </message>
    <message>
        <source>Risk: {level} · {instrument} {date}</source>
        <translation>Risk: {level} · {instrument} {date}</translation>
    </message>
    <message>
        <source>Ny riskbedömning skulle ha gjorts {date}</source>
        <translation>A new risk assessment was due {date}</translation>
    </message>
    <message>
        <source>händelsen</source>
        <translation>the incident</translation>
    </message>
    <message>
        <source>ärendestart</source>
        <translation>case start</translation>
    </message>
    <message>
        <source>Första nådda kontakt: {days} efter {start}</source>
        <translation>First contact reached: {days} after {start}</translation>
    </message>
    <message>
        <source>Ingen nådd kontakt – {days} sedan {start}</source>
        <translation>No contact reached – {days} since {start}</translation>
    </message>
    <message>
        <source>Ingen nådd kontakt</source>
        <translation>No contact reached</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Våldsutsatt</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Misstänkt</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Polis</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Socialsekreterare</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Fokus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Dagar sedan
kontakt</source>
        <translation>Days since
contact</translation>
    </message>
    <message>
        <source>Öppnat</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>CaseViewersDialog</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Myndighet</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Datoranvändare</source>
        <translation>Computer user</translation>
    </message>
    <message>
        <source>Arbetsstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Vem har öppnat ärendet</source>
        <translation>Who has opened the case</translation>
    </message>
    <message>
        <source>Varje gång ärendet har öppnats, senaste först ({count} st).</source>
        <translation>Every time the case has been opened, latest first ({count}).</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Vet inte</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>t.ex. RVC Innerstaden, Manscentrum</source>
        <translation>e.g. RVC Inner City, Men&apos;s centre</translation>
    </message>
    <message>
        <source>Utfallet används för uppföljning och RRI-liknande siffror (andel ärenden där våldet och hoten upphörde).</source>
        <translation>The outcome is used for follow-up and RRI-like figures (share of cases where the violence and threats stopped).</translation>
    </message>
    <message>
        <source>Upphörde våldet och hoten, så långt känt?</source>
        <translation>Did the violence and threats stop, as far as is known?</translation>
    </message>
    <message>
        <source>&amp;Uppföljning den</source>
        <translation>&amp;Follow-up on</translation>
    </message>
    <message>
        <source>&amp;Lotsad vidare till</source>
        <translation>&amp;Referred on to</translation>
    </message>
    <message>
        <source>A&amp;vslutat den</source>
        <translation>C&amp;losed on</translation>
    </message>
    <message>
        <source>Ärendet är avslutat</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <source>Varför öppnas ärendet igen? (krävs)</source>
        <translation>Why is the case being reopened? (required)</translation>
    </message>
    <message>
        <source>Öppna ärendet igen</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Skäl för att öppna igen</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>vet inte</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>Avslutat {closed}. Upphörde våldet och hoten: {answer}. Uppföljning: {follow}. Lotsad vidare till: {referred}.</source>
        <translation>Closed {closed}. Violence and threats stopped: {answer}. Follow-up: {follow}. Referred on to: {referred}.</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Öppnades senast igen med skälet: {reason}</source>
        <translation>Last reopened with the reason: {reason}</translation>
    </message>
    <message>
        <source>Ärendet har ändrats av någon annan. Dina uppgifter finns kvar; försök igen.</source>
        <translation>The case has been changed by someone else. Your details are still here; try again.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Registreringskod</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Ge koden till {name} personligen. Den gäller en gång och till {expires}. Den visas bara nu. Personen loggar in på sin egen dator och anger koden när IGOR Desk startar (eller kör &lt;tt&gt;igor-desk enroll KOD&lt;/tt&gt;).</source>
        <translation>Give the code to {name} in person. It is valid once and until {expires}. It is shown only now. The person signs in on their own computer and enters the code when IGOR Desk starts (or runs &lt;tt&gt;igor-desk enroll CODE&lt;/tt&gt;).</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Lämnat</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ett samtycke låter {other} läsa det {own} har registrerat om personen (aldrig ändra) – bara i den riktning, av det slag och under den tid samtycket anger. Ett återkallat samtycke slutar gälla direkt.</source>
        <translation>A consent lets {other} read what {own} has recorded about the person (never change it) – only in the direction, of the kinds and for the period the consent states. A withdrawn consent ends at once.</translation>
    </message>
    <message>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Giltigt</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Form / registrerat av</source>
        <translation>Form / recorded by</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Inga samtycken registrerade för ärendets parter.</source>
        <translation>No consents recorded for the case&apos;s parties.</translation>
    </message>
    <message>
        <source>Återkalla samtycket…</source>
        <translation>Withdraw the consent…</translation>
    </message>
    <message>
        <source>namn och funktion på den som hörde samtycket</source>
        <translation>name and role of the person who heard the consent</translation>
    </message>
    <message>
        <source>Socialtjänsten → polisen</source>
        <translation>Social services → police</translation>
    </message>
    <message>
        <source>Polisen → socialtjänsten</source>
        <translation>Police → social services</translation>
    </message>
    <message>
        <source>t.ex. RVC Innerstaden; Alla Kvinnors Hus</source>
        <translation>e.g. RVC Innerstaden; Alla Kvinnors Hus</translation>
    </message>
    <message>
        <source>t.ex. gäller utbyte med RVT</source>
        <translation>e.g. applies to exchange with RVT</translation>
    </message>
    <message>
        <source>Registrera samtycke</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Nytt samtycke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Omfattar</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>&amp;Namngivna mottagare</source>
        <translation>&amp;Named recipients</translation>
    </message>
    <message>
        <source>till och med</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Giltigt från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Lämnat den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>{method}, {who}</source>
        <translation>{method}, {who}</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> (vittne: {w})</source>
        <translation> (witness: {w})</translation>
    </message>
    <message>
        <source>Båda riktningarna</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <source>Soc → polis</source>
        <translation>Social → police</translation>
    </message>
    <message>
        <source>Polis → soc</source>
        <translation>Police → social</translation>
    </message>
    <message>
        <source>allt</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>{kinds}; mottagare: {names}</source>
        <translation>{kinds}; recipients: {names}</translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Anteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>{name} – {role}</source>
        <translation>{name} – {role}</translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <source>Återkallat {when}</source>
        <translation>Withdrawn {when}</translation>
    </message>
    <message>
        <source>Gäller från {date}</source>
        <translation>Valid from {date}</translation>
    </message>
    <message>
        <source>Har gått ut</source>
        <translation>Has expired</translation>
    </message>
    <message>
        <source>Går ut {date}</source>
        <translation>Expires {date}</translation>
    </message>
    <message>
        <source>Återkalla samtycket från {name}? Den andra myndigheten ser genast inte längre det som registrerats om personen.</source>
        <translation>Withdraw the consent of {name}? The other agency at once no longer sees what has been recorded about the person.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ändra kontakt</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <source>{name} – {role}</source>
        <translation>{name} – {role}</translation>
    </message>
    <message>
        <source>Misslyckat försök (nådde inte fram)</source>
        <translation>Failed attempt (did not get through)</translation>
    </message>
    <message>
        <source>Anteckningen ägs av din myndighet och visas för den andra bara med samtycke.</source>
        <translation>The note is owned by your agency and shown to the other only with consent.</translation>
    </message>
    <message>
        <source>Skäl för att ändå kontakta honom (krävs)</source>
        <translation>Reason for contacting him anyway (required)</translation>
    </message>
    <message>
        <source>Kontaktregeln är uppfylld: etablerad kontakt med den våldsutsatta, stöd och skydd erbjudet och ingen öppen bedömning som säger att kontakt äventyrar henne.</source>
        <translation>The contact rule is met: established contact with the victim, support and protection offered and no open assessment saying that contact endangers her.</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <source>&amp;Tidpunkt</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Sätt</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Medarbetare</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Samtalet gällde</source>
        <translation>The talk concerned</translation>
    </message>
    <message>
        <source>&amp;Anteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Spara (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ärendet har ingen part att registrera kontakt med.</source>
        <translation>The case has no party to record a contact with.</translation>
    </message>
    <message>
        <source>{name}: {n7} senaste 7 dagarna, {n30} senaste 30 (båda myndigheterna)</source>
        <translation>{name}: {n7} in the last 7 days, {n30} in the last 30 (both agencies)</translation>
    </message>
    <message>
        <source>Kontaktregeln är inte uppfylld för kontakt med den misstänkte:
{lines}
Du kan gå vidare om du anger ett skäl; skälet sparas och loggas.</source>
        <translation>The contact rule is not met for contact with the suspect:
{lines}
You can go ahead if you give a reason; the reason is saved and logged.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Inga kontakter ännu. Registrera den första med Ny kontakt (Ctrl+K); misslyckade försök registreras också.</source>
        <translation>No contacts yet. Record the first with New contact (Ctrl+K); failed attempts are recorded too.</translation>
    </message>
    <message>
        <source>Ny kontakt (Ctrl+K)</source>
        <translation>New contact (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{n} hos {agency} visas inte: det finns inget aktivt samtycke. De räknas ändå i siffrorna för kontakter och i kontaktregeln.</source>
        <translation>{n} held by {agency} not shown: there is no active consent. They still count in the contact figures and in the contact rule.</translation>
    </message>
    <message>
        <source>{name}: {n7} senaste 7 dagarna, {n30} senaste 30</source>
        <translation>{name}: {n7} in the last 7 days, {n30} in the last 30</translation>
    </message>
    <message>
        <source>Kontakter (båda myndigheterna): </source>
        <translation>Contacts (both agencies): </translation>
    </message>
    <message>
        <source>Ta bort kontakten {when}? Det går inte att ångra.</source>
        <translation>Remove the contact {when}? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceWidget</name>
    <message>
        <source>disable – okrypterat (bara för test)</source>
        <translation>disable – unencrypted (for testing only)</translation>
    </message>
    <message>
        <source>allow – krypterat om servern kräver det</source>
        <translation>allow – encrypted if the server requires it</translation>
    </message>
    <message>
        <source>prefer – krypterat om servern kan</source>
        <translation>prefer – encrypted if the server can</translation>
    </message>
    <message>
        <source>require – krypterat, servern kontrolleras inte</source>
        <translation>require – encrypted, the server is not verified</translation>
    </message>
    <message>
        <source>verify-ca – krypterat, certifikatet kontrolleras</source>
        <translation>verify-ca – encrypted, the certificate is verified</translation>
    </message>
    <message>
        <source>verify-full – krypterat, certifikat och namn kontrolleras</source>
        <translation>verify-full – encrypted, certificate and name verified</translation>
    </message>
    <message>
        <source>&amp;Lokal databas på den här datorn (krypterad fil)</source>
        <translation>&amp;Local database on this computer (encrypted file)</translation>
    </message>
    <message>
        <source>&amp;Gemensam databasserver (PostgreSQL) för flera datorer</source>
        <translation>&amp;Shared database server (PostgreSQL) for several computers</translation>
    </message>
    <message>
        <source>Välj plats…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <source>Uppgifterna sparas krypterade i en fil på den här datorn; nyckeln ligger i operativsystemets nyckelring. Välj inte en nätverksenhet.</source>
        <translation>The details are saved encrypted in a file on this computer; the key is kept in the operating system&apos;s keyring. Do not choose a network drive.</translation>
    </message>
    <message>
        <source>db.exempel.se</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>igor</source>
        <translation>igor</translation>
    </message>
    <message>
        <source>tomt: din egen inloggning ur nyckelringen</source>
        <translation>empty: your own login from the keyring</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Med TLS-läget verify-full och rotcertifikatet från IT krypteras förbindelsen och serverns namn kontrolleras. Lösenord sparas aldrig i inställningarna; de ligger i nyckelringen.</source>
        <translation>With TLS mode verify-full and the root certificate from IT the connection is encrypted and the server&apos;s name is verified. Passwords are never stored in the settings; they are kept in the keyring.</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>rotcertifikat (.crt/.pem) från IT</source>
        <translation>root certificate (.crt/.pem) from IT</translation>
    </message>
    <message>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Var ska databasen ligga?</source>
        <translation>Where should the database be?</translation>
    </message>
    <message>
        <source>IGOR Desk-databas (*.db)</source>
        <translation>IGOR Desk database (*.db)</translation>
    </message>
    <message>
        <source>Rotcertifikat</source>
        <translation>Root certificate</translation>
    </message>
    <message>
        <source>Certifikat (*.crt *.pem *.cer)</source>
        <translation>Certificates (*.crt *.pem *.cer)</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Registrera dig i IGOR Desk</source>
        <translation>Enrol in IGOR Desk</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;&lt;br&gt;Har du fått en registreringskod av gruppchefen? Skriv den här. Den knyter datoranvändaren &lt;b&gt;{account}&lt;/b&gt; till din profil och sparar nyckeln i din nyckelring. Koden gäller en gång.</source>
        <translation>{reason}&lt;br&gt;&lt;br&gt;Have you received an enrolment code from the team leader? Enter it here. It links the computer user &lt;b&gt;{account}&lt;/b&gt; to your profile and saves the key in your keyring. The code is valid once.</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Importera teamets Excel-ark</source>
        <translation>Import the team&apos;s Excel sheet</translation>
    </message>
    <message>
        <source>Läs in teamets Excel-ark med bladen Ärenden, Personer och Kontakter. Kontrollera filen först: alla fel visas med blad, rad och kolumn, och ingenting sparas förrän filen är felfri. Samma fil kan importeras igen utan att något dubbleras. Importerade personer har inga namn – bara födelseår.</source>
        <translation>Read the team&apos;s Excel sheet with the sheets Ärenden, Personer and Kontakter. Check the file first: every error is shown with sheet, row and column, and nothing is saved until the file is free of errors. The same file can be imported again without anything being duplicated. Imported persons have no names – only birth years.</translation>
    </message>
    <message>
        <source>Sökväg till arbetsboken (.xlsx)</source>
        <translation>Path to the workbook (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Fel i arbetsboken</source>
        <translation>Errors in the workbook</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Välj en fil och tryck Kontrollera. Saknar ni ett blad att fylla i? Spara en tom mall med rätt kolumner och listor med de tillåtna värdena.</source>
        <translation>Choose a file and press Check. Missing a sheet to fill in? Save an empty template with the right columns and lists of the allowed values.</translation>
    </message>
    <message>
        <source>Spara &amp;mall…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Kontrollera</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Avbryt importen</source>
        <translation>&amp;Abort the import</translation>
    </message>
    <message>
        <source>Välj teamets Excel-ark</source>
        <translation>Choose the team&apos;s Excel sheet</translation>
    </message>
    <message>
        <source>Excel-arbetsböcker (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara tom mall</source>
        <translation>Save empty template</translation>
    </message>
    <message>
        <source>Mallen kunde inte sparas: {reason}</source>
        <translation>The template could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Mallen är sparad: {path}</source>
        <translation>The template is saved: {path}</translation>
    </message>
    <message>
        <source>Kontrollerar filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <source>Importerar …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>{stage}, rad {row}</source>
        <translation>{stage}, row {row}</translation>
    </message>
    <message>
        <source>Läggs till</source>
        <translation>To be added</translation>
    </message>
    <message>
        <source>Tillagda</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Finns redan</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <source>Fanns redan</source>
        <translation>Already existed</translation>
    </message>
    <message>
        <source>De importerade personerna har inga namn, bara födelseår. Fyll i dem i ärendena när ni vet vilka de är.</source>
        <translation>The imported persons have no names, only birth years. Fill them in in the cases when you know who they are.</translation>
    </message>
    <message>
        <source>Arbetsboken har {count} fel. Ingenting har importerats. Rätta felen i Excel, spara och kontrollera igen.</source>
        <translation>The workbook has {count} errors. Nothing has been imported. Correct the errors in Excel, save and check again.</translation>
    </message>
    <message>
        <source>Importen avbröts. Ingenting har sparats.</source>
        <translation>The import was aborted. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Importen misslyckades på grund av ett oväntat fel. Ingenting har sparats. Kopiera diagnostiken till den som sköter programmet.</source>
        <translation>The import failed because of an unexpected error. Nothing has been saved. Copy the diagnostics to whoever looks after the program.</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Aborting …</translation>
    </message>
    <message>
        <source>Vänta tills importen är klar; den går inte att avbryta halvvägs.</source>
        <translation>Wait until the import is finished; it cannot be aborted halfway.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Välkommen till IGOR Desk</source>
        <translation>Welcome to IGOR Desk</translation>
    </message>
    <message>
        <source>IGOR Desk startas för första gången på den här datorn. Välj var uppgifterna ska sparas. Valet kan ändras senare av en administratör under Verktyg → Inställningar.</source>
        <translation>IGOR Desk is starting for the first time on this computer. Choose where the details are to be saved. An administrator can change the choice later under Tools → Settings.</translation>
    </message>
    <message>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Om databasen är ny blir du den första administratören (gruppchef) och kan sedan lägga upp dina kollegor. Datoranvändare: &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>If the database is new, you become the first administrator (team leader) and can then add your colleagues. Computer user: &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>För- och efternamn</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Första administratören</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Myndighet:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Kom igång</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Som datorn ({language})</source>
        <translation>As the computer ({language})</translation>
    </message>
    <message>
        <source>Programmets språk</source>
        <translation>The program&apos;s language</translation>
    </message>
    <message>
        <source>Språket byts när programmet startas nästa gång.</source>
        <translation>The language changes when the program is next started.</translation>
    </message>
    <message>
        <source>Det valda språket används från nästa start av programmet. Brev och blanketter skrivs alltid på svenska (de går till svenska myndigheter).</source>
        <translation>The chosen language is used from the next start of the program. Letters and forms are always written in Swedish (they go to Swedish authorities).</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket byts när du startar programmet nästa gång.</source>
        <translation>The language changes the next time you start the program.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Snabbsök…</source>
        <translation>&amp;Quick search…</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Mina &amp;kontaktuppgifter…</source>
        <translation>My &amp;contact details…</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om IGOR Desk</source>
        <translation>&amp;About IGOR Desk</translation>
    </message>
    <message>
        <source>Inloggad: {name} ({agency})</source>
        <translation>Signed in: {name} ({agency})</translation>
    </message>
    <message>
        <source>Databas: lokal krypterad fil {path}</source>
        <translation>Database: local encrypted file {path}</translation>
    </message>
    <message>
        <source>Databas: server {server}</source>
        <translation>Database: server {server}</translation>
    </message>
    <message>
        <source>Ingen kontakt med servern – försöker igen …</source>
        <translation>No contact with the server – trying again …</translation>
    </message>
    <message>
        <source>Om IGOR Desk</source>
        <translation>About IGOR Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Databasschema: {schema} (programmet: {head})&lt;/p&gt;&lt;p&gt;Medföljande bibliotek och licenser:&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Database schema: {schema} (the program: {head})&lt;/p&gt;&lt;p&gt;Bundled libraries and licences:&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Förundersökning</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Kontaktförbud</source>
        <translation>Restraining order</translation>
    </message>
    <message>
        <source>Kontaktförbud från</source>
        <translation>Restraining order from</translation>
    </message>
    <message>
        <source>Kontaktförbud till</source>
        <translation>Restraining order until</translation>
    </message>
    <message>
        <source>Frihetsberövande</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>Frihetsberövad från</source>
        <translation>In custody from</translation>
    </message>
    <message>
        <source>Släppt / till</source>
        <translation>Released / until</translation>
    </message>
    <message>
        <source>Fokusperson</source>
        <translation>Focus person</translation>
    </message>
    <message>
        <source>Ansvarig polis</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Ansvarig socialsekreterare</source>
        <translation>Responsible social worker</translation>
    </message>
    <message>
        <source>Händelsedatum</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>Barn i hushållet</source>
        <translation>Children in the household</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Stadsdel</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Lägg till barn</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Född</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>t.ex. 5000-K123456-25</source>
        <translation>e.g. 5000-K123456-25</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Fokusperson (presenteras vid genomgången med IGV)</source>
        <translation>Focus person (presented at the briefing with IGV)</translation>
    </message>
    <message>
        <source>Egen stadsdel när personen bor utanför</source>
        <translation>Own district when the person lives outside</translation>
    </message>
    <message>
        <source>Rättsläge och ansvar</source>
        <translation>Legal status and responsibility</translation>
    </message>
    <message>
        <source>Polisanmälningar</source>
        <translation>Police reports</translation>
    </message>
    <message>
        <source>&amp;Förundersökning</source>
        <translation>&amp;Investigation</translation>
    </message>
    <message>
        <source>&amp;Kontaktförbud</source>
        <translation>&amp;Restraining order</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>F&amp;rihetsberövande</source>
        <translation>C&amp;ustody</translation>
    </message>
    <message>
        <source>Från / släppt eller till</source>
        <translation>From / released or until</translation>
    </message>
    <message>
        <source>&amp;Händelsedatum</source>
        <translation>&amp;Incident date</translation>
    </message>
    <message>
        <source>Ansvarig &amp;polis</source>
        <translation>Responsible &amp;officer</translation>
    </message>
    <message>
        <source>Ansvarig &amp;socialsekreterare</source>
        <translation>Responsible &amp;social worker</translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ångra ändringar</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Ärendet har inga parter registrerade.</source>
        <translation>The case has no parties registered.</translation>
    </message>
    <message>
        <source>{name}, född {year}</source>
        <translation>{name}, born {year}</translation>
    </message>
    <message>
        <source>(namn saknas)</source>
        <translation>(name missing)</translation>
    </message>
    <message>
        <source>okänt år</source>
        <translation>unknown year</translation>
    </message>
    <message>
        <source>Inga barn registrerade.</source>
        <translation>No children registered.</translation>
    </message>
    <message>
        <source> (anmäld {date})</source>
        <translation> (reported {date})</translation>
    </message>
    <message>
        <source>Ingen polisanmälan registrerad.</source>
        <translation>No police report registered.</translation>
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
        <translation>The form now shows the new version with your changes. Both of you changed: {fields}. Check and save again.</translation>
    </message>
    <message>
        <source>Formuläret visar nu den nya versionen med dina ändringar. Kontrollera och spara igen.</source>
        <translation>The form now shows the new version with your changes. Check and save again.</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Uppgifter om {role}</source>
        <translation>Details of {role}</translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN, samordningsnummer eller reservnummer (R…)</source>
        <translation>YYYYMMDD-NNNN, coordination number or reserve number (R…)</translation>
    </message>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Okänt</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Går att nå</source>
        <translation>Can be reached</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: adress och telefon visas bara för den polis och socialsekreterare som är ansvariga för ärendet.</source>
        <translation>Protected personal data: address and phone are shown only to the police officer and social worker responsible for the case.</translation>
    </message>
    <message>
        <source>&amp;Förnamn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Efternamn</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Personnummer</source>
        <translation>&amp;Personal identity number</translation>
    </message>
    <message>
        <source>Födelse&amp;år (utan nummer)</source>
        <translation>Birth &amp;year (without number)</translation>
    </message>
    <message>
        <source>&amp;Skydd</source>
        <translation>Pro&amp;tection</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Gatuadress</source>
        <translation>Street &amp;address</translation>
    </message>
    <message>
        <source>Post&amp;nummer</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>&amp;Ort</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>&amp;Sammanboende</source>
        <translation>&amp;Living together</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Välj ärende och dokument och tryck på ”Skapa”.</source>
        <translation>Choose case and document and press “Create”.</translation>
    </message>
    <message>
        <source>Sida {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Den här delen av IGOR Desk är inte klar ännu. Den kommer i en senare version; inga uppgifter går förlorade under tiden.</source>
        <translation>This part of IGOR Desk is not finished yet. It will come in a later version; no details are lost in the meantime.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ReassessmentReminders</name>
    <message>
        <source>Riskbedömningar att göra om</source>
        <translation>Risk assessments to redo</translation>
    </message>
    <message>
        <source>Bara ärenden där jag är ansvarig</source>
        <translation>Only cases I am responsible for</translation>
    </message>
    <message>
        <source>Inga försenade riskbedömningar.</source>
        <translation>No overdue risk assessments.</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{instrument} ({level})</source>
        <translation>{instrument} ({level})</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>RVT och RVC</source>
        <translation>RVT and RVC</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Lotsad till</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Utfall den</source>
        <translation>Outcome on</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Inga lotsningar registrerade. Registrera en nedan när någon har lotsats vidare.</source>
        <translation>No referrals recorded. Record one below when someone has been referred on.</translation>
    </message>
    <message>
        <source>t.ex. Alla Kvinnors Hus</source>
        <translation>e.g. Alla Kvinnors Hus</translation>
    </message>
    <message>
        <source>t.ex. påbörjat samtal, tackade nej</source>
        <translation>e.g. started talks, declined</translation>
    </message>
    <message>
        <source>Registrera lotsning</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ny lotsning</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>&amp;Gäller</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <source>&amp;Lotsad till</source>
        <translation>&amp;Referred to</translation>
    </message>
    <message>
        <source>&amp;Mottagare</source>
        <translation>Re&amp;cipient</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Utfall</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Utfall &amp;den</source>
        <translation>Outcome o&amp;n</translation>
    </message>
    <message>
        <source>Historik och nästa steg</source>
        <translation>History and next step</translation>
    </message>
    <message>
        <source>Registrerat av</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>skäl (krävs när lotsningen avböjs)</source>
        <translation>reason (required when the referral is declined)</translation>
    </message>
    <message>
        <source>Registrera steg</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>Registrerad på RVT</source>
        <translation>Registered with RVT</translation>
    </message>
    <message>
        <source>Påbörjat kontakt med RVC</source>
        <translation>Started contact with RVC</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>{target}: {detail}</source>
        <translation>{target}: {detail}</translation>
    </message>
    <message>
        <source>inget utfall ännu</source>
        <translation>no outcome yet</translation>
    </message>
    <message>
        <source>{state} {date}</source>
        <translation>{state} {date}</translation>
    </message>
    <message>
        <source>Påminnelse: {target} har inte svarat på {days} dagar (skickad {sent}).</source>
        <translation>Reminder: {target} has not answered for {days} days (sent {sent}).</translation>
    </message>
    <message>
        <source>Ändra lotsning / registrera utfall</source>
        <translation>Edit referral / record outcome</translation>
    </message>
    <message>
        <source>Spara ändring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Ta bort lotsningen?</source>
        <translation>Remove the referral?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Välj den säkerhetskopia som databasen ska ersättas med. Allt som skrivits efter den går förlorat; den nuvarande databasfilen sparas först i mappen för säkerhetskopior. Programmet avslutas efteråt och startas om av dig.</source>
        <translation>Choose the backup to replace the database with. Everything written after it is lost; the current database file is first saved in the backup folder. The program then quits and you start it again.</translation>
    </message>
    <message>
        <source>{when} – {name} ({size} MB)</source>
        <translation>{when} – {name} ({size} MB)</translation>
    </message>
    <message>
        <source>Välj en annan fil…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Återställ…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Databas (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <source>Välj en säkerhetskopia.</source>
        <translation>Choose a backup.</translation>
    </message>
    <message>
        <source>Ersätta databasen med säkerhetskopian {name} (schemaversion {revision})?

Det som skrivits efter säkerhetskopian går förlorat. Programmet avslutas efteråt.</source>
        <translation>Replace the database with the backup {name} (schema version {revision})?

What was written after the backup is lost. The program then quits.</translation>
    </message>
    <message>
        <source>Återställer …</source>
        <translation>Restoring …</translation>
    </message>
    <message>
        <source>Databasen är återställd. Den tidigare filen finns kvar som {previous}. IGOR Desk avslutas nu; starta programmet igen.</source>
        <translation>The database has been restored. The previous file is kept as {previous}. IGOR Desk now quits; start the program again.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Gallring</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Avslutade ärenden som passerat gallringstiden. Gallring raderar ärendet helt: parter, barn, kontakter, anteckningar, samtycken, bedömningar, remisser, brev, kalenderbokningar och transporter, och personer som inte finns i något annat ärende. Det går inte att ångra. Säkerhetskopior äldre än gallringen innehåller ärendet tills de rensas ut.</source>
        <translation>Closed cases that have passed the retention period. Deletion removes the case completely: parties, children, contacts, notes, consents, assessments, referrals, letters, calendar bookings and transports, and persons who are in no other case. It cannot be undone. Backups older than the deletion contain the case until they are cleared out.</translation>
    </message>
    <message>
        <source> år efter avslut</source>
        <translation> years after closing</translation>
    </message>
    <message>
        <source>Spara gallringstid</source>
        <translation>Save retention period</translation>
    </message>
    <message>
        <source>Gallringstid:</source>
        <translation>Retention period:</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Öppnat</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Gallra markerade…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>{count} ärenden kan gallras.</source>
        <translation>{count} cases can be deleted.</translation>
    </message>
    <message>
        <source>Radera {count} ärenden och allt som hör till dem för gott? Det går inte att ångra.</source>
        <translation>Delete {count} cases and everything belonging to them for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>{cases} ärenden och {persons} personer är raderade.</source>
        <translation>{cases} cases and {persons} persons have been deleted.</translation>
    </message>
    <message>
        <source>Gallrar …</source>
        <translation>Deleting …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Databas för den här datorn</source>
        <translation>Database for this computer</translation>
    </message>
    <message>
        <source>En ändrad databas används från nästa start av programmet.</source>
        <translation>A changed database is used from the next start of the program.</translation>
    </message>
    <message>
        <source>Säkerhetskopior (lokal databas)</source>
        <translation>Backups (local database)</translation>
    </message>
    <message>
        <source>Gör säkerhetskopior automatiskt</source>
        <translation>Make backups automatically</translation>
    </message>
    <message>
        <source> timmar</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>&amp;Intervall:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>&amp;Antal att spara:</source>
        <translation>&amp;Number to keep:</translation>
    </message>
    <message>
        <source>Gallring (gäller hela teamet)</source>
        <translation>Retention (applies to the whole team)</translation>
    </message>
    <message>
        <source> år efter avslut</source>
        <translation> years after closing</translation>
    </message>
    <message>
        <source>&amp;Gallringstid:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <source>Den nya databasen används från nästa start.</source>
        <translation>The new database is used from the next start.</translation>
    </message>
    <message>
        <source>Språket byts när du startar programmet nästa gång.</source>
        <translation>The language changes the next time you start the program.</translation>
    </message>
</context>
<context>
    <name>StaffContactDialog</name>
    <message>
        <source>Kontaktuppgifter – {name}</source>
        <translation>Contact details – {name}</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Breven skriver ut avsändarens titel, telefon och e-post.</source>
        <translation>Letters print the sender&apos;s title, phone and e-mail.</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>StatTableWidget</name>
    <message>
        <source>Uppgift</source>
        <translation>Item</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Snabbval…</source>
        <translation>Quick choice…</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Detta kvartal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>&amp;Beräkna (F5)</source>
        <translation>&amp;Calculate (F5)</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>&amp;Excel…</translation>
    </message>
    <message>
        <source>Tabellerna som Excel-fil, ett blad per tabell</source>
        <translation>The tables as an Excel file, one sheet per table</translation>
    </message>
    <message>
        <source>&amp;PDF-rapport…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>Tabeller och diagram som PDF (A4)</source>
        <translation>Tables and charts as PDF (A4)</translation>
    </message>
    <message>
        <source>&amp;Anonymiserad export…</source>
        <translation>&amp;Anonymised export…</translation>
    </message>
    <message>
        <source>En rad per person för utvärderare: roll, födelseår, antal och utfall; inga namn, nummer eller adresser. Små grupper (färre än 5) redovisas inte i sammanställningen.</source>
        <translation>One row per person for evaluators: role, birth year, counts and outcome; no names, numbers or addresses. Small groups (fewer than 5) are not reported in the summary.</translation>
    </message>
    <message>
        <source>Den anonymiserade exporten (en rad per person) görs av gruppchef eller analytiker.</source>
        <translation>The anonymised export (one row per person) is made by a team leader or analyst.</translation>
    </message>
    <message>
        <source>&amp;Importera Excel-ark…</source>
        <translation>&amp;Import Excel sheet…</translation>
    </message>
    <message>
        <source>Din profil (analytiker) får inte importera Excel-ark. Be en handläggare eller gruppchefen importera filen.</source>
        <translation>Your profile (analyst) may not import Excel sheets. Ask a caseworker or the team lead to import the file.</translation>
    </message>
    <message>
        <source>Välj en period och tryck på Beräkna (F5).</source>
        <translation>Choose a period and press Calculate (F5).</translation>
    </message>
    <message>
        <source>Endast antal och andelar räknas, över båda myndigheternas kontakter; inget innehåll ur anteckningar eller kontakter visas.</source>
        <translation>Only counts and shares are calculated, over both agencies&apos; contacts; no content from notes or contacts is shown.</translation>
    </message>
    <message>
        <source>Ärendenas källa (antal ärenden)</source>
        <translation>Source of the cases (number of cases)</translation>
    </message>
    <message>
        <source>Inga ärenden under perioden.</source>
        <translation>No cases during the period.</translation>
    </message>
    <message>
        <source>Interaktioner per månad</source>
        <translation>Interactions per month</translation>
    </message>
    <message>
        <source>Inga interaktioner under perioden.</source>
        <translation>No interactions during the period.</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Personer och interaktioner</source>
        <translation>Persons and interactions</translation>
    </message>
    <message>
        <source>Påbörjad stödkontakt på RVC (tabell 4)</source>
        <translation>Support contact started with RVC (table 4)</translation>
    </message>
    <message>
        <source>Specifika kontakter (tabell 2 och 3)</source>
        <translation>Specific contacts (tables 2 and 3)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Kontakter per medarbetare och myndighet</source>
        <translation>Contacts per staff member and agency</translation>
    </message>
    <message>
        <source>Beräknar statistiken för {start} – {end} …</source>
        <translation>Calculating the statistics for {start} – {end} …</translation>
    </message>
    <message>
        <source>Statistiken kunde inte beräknas.</source>
        <translation>The statistics could not be calculated.</translation>
    </message>
    <message>
        <source>Uppgifterna har ändrats sedan statistiken beräknades. Tryck på Beräkna (F5) för att uppdatera.</source>
        <translation>The details have changed since the statistics were calculated. Press Calculate (F5) to update.</translation>
    </message>
    <message>
        <source>Digitala</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Fysiska</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Inga ärenden var öppna under perioden {start} – {end}. Välj en annan period.</source>
        <translation>No cases were open during the period {start} – {end}. Choose another period.</translation>
    </message>
    <message>
        <source>Period {start} – {end}: {cases} ärenden, {victims} våldsutsatta och {suspects} våldsutövare. Beräknat {time}.</source>
        <translation>Period {start} – {end}: {cases} cases, {victims} victims and {suspects} perpetrators. Calculated {time}.</translation>
    </message>
    <message>
        <source>Sparat: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Sparar {name} …</source>
        <translation>Saving {name} …</translation>
    </message>
    <message>
        <source>Spara tabellerna som Excel-fil</source>
        <translation>Save the tables as an Excel file</translation>
    </message>
    <message>
        <source>Excel-filer (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara PDF-rapport</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Spara anonymiserad export för utvärderare</source>
        <translation>Save anonymised export for evaluators</translation>
    </message>
    <message>
        <source>Import av Excel-ark finns inte i den här versionen av programmet ännu.</source>
        <translation>Import of Excel sheets is not yet available in this version of the program.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Sätt</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Samtalet gällde</source>
        <translation>The talk concerned</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Skäl trots kontaktregeln: {reason}</source>
        <translation>Reason despite the contact rule: {reason}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Misslyckat försök</source>
        <translation>Failed attempt</translation>
    </message>
    <message>
        <source>{name}, {agency}</source>
        <translation>{name}, {agency}</translation>
    </message>
    <message>
        <source>[Skäl trots kontaktregeln] </source>
        <translation>[Reason despite the contact rule] </translation>
    </message>
</context>
<context>
    <name>TransportBoard</name>
    <message>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Skyddad adress</source>
        <translation>Protected address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Sträcka</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Resenärer</source>
        <translation>Travellers</translation>
    </message>
    <message>
        <source>Fordon och besättning</source>
        <translation>Vehicle and crew</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Transport: {purpose}</source>
        <translation>Transport: {purpose}</translation>
    </message>
</context>
<context>
    <name>clashes</name>
    <message>
        <source>ärende {case}: bokningen planerar in både den våldsutsatta och den misstänkte på {place}</source>
        <translation>case {case}: the booking plans both the victim and the suspect at {place}</translation>
    </message>
    <message>
        <source>ärende {case}: {title} {when} på {place} gäller den andra parten</source>
        <translation>case {case}: {title} {when} at {place} concerns the other party</translation>
    </message>
    <message>
        <source>Närmaste lediga tider: {slots}.</source>
        <translation>Nearest free times: {slots}.</translation>
    </message>
    <message>
        <source>Ingen ledig tid hittades inom två veckor.</source>
        <translation>No free time found within two weeks.</translation>
    </message>
    <message>
        <source>Transport {id}</source>
        <translation>Transport {id}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Filen lästes inte in; ingenting sparades.</source>
        <translation>The file was not read in; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>excel_import</name>
    <message>
        <source>rad {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>kolumn {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>Arbetsboken har {count} fel. Ingenting har importerats.</source>
        <translation>The workbook has {count} errors. Nothing has been imported.</translation>
    </message>
    <message>
        <source>Läser bladet {sheet}</source>
        <translation>Reading the sheet {sheet}</translation>
    </message>
    <message>
        <source>eller</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Välj ett av värdena i listan.</source>
        <translation>Choose one of the values in the list.</translation>
    </message>
    <message>
        <source>Ange ett årtal med fyra siffror.</source>
        <translation>Give a four-digit year.</translation>
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
        <source>dagar till svar</source>
        <translation>days to answer</translation>
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
        <source>anslutningstidsgräns</source>
        <translation>connect timeout</translation>
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
        <source>riktning</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>samtyckets giltighetstid</source>
        <translation>consent validity</translation>
    </message>
    <message>
        <source>namngivna mottagare</source>
        <translation>named recipients</translation>
    </message>
    <message>
        <source>omfattning</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>kontakttelefon</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
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
        <source>databasnamn</source>
        <translation>database name</translation>
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
        <source>klart senast</source>
        <translation>due by</translation>
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
        <source>server</source>
        <translation>server</translation>
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
        <source>inloggningsroll</source>
        <translation>login role</translation>
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
        <source>lösenord</source>
        <translation>password</translation>
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
        <source>port</source>
        <translation>port</translation>
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
        <source>rotcertifikat</source>
        <translation>root certificate</translation>
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
        <source>TLS-läge (sslmode)</source>
        <translation>TLS mode (sslmode)</translation>
    </message>
    <message>
        <source>medarbetare</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>frågetidsgräns</source>
        <translation>statement timeout</translation>
    </message>
    <message>
        <source>samtalstyp</source>
        <translation>talk kind</translation>
    </message>
    <message>
        <source>mall</source>
        <translation>template</translation>
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
        <source>giltigt från</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>giltigt till</source>
        <translation>valid until</translation>
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
    <message>
        <source>vittne</source>
        <translation>witness</translation>
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
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Mottagen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepterad</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Avböjd</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Slutförd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Återtagen</source>
        <translation>Withdrawn</translation>
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
    <message>
        <source>journalanteckningar</source>
        <translation>journal notes</translation>
    </message>
    <message>
        <source>kontakter</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>riskbedömningar</source>
        <translation>risk assessments</translation>
    </message>
    <message>
        <source>brev</source>
        <translation>letters</translation>
    </message>
</context>
<context>
    <name>letter_templates</name>
    <message>
        <source>Fokuspersoner</source>
        <translation>Focus persons</translation>
    </message>
    <message>
        <source>Bekräftelse av tid</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>Dag och tid</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Du träffar</source>
        <translation>You will meet</translation>
    </message>
    <message>
        <source>Syfte med träffen</source>
        <translation>Purpose of the meeting</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other information</translation>
    </message>
    <message>
        <source>Orosanmälan</source>
        <translation>Report of concern</translation>
    </message>
    <message>
        <source>Vad oron gäller (vad har hänt, när, vem berättade)</source>
        <translation>What the concern is about (what happened, when, who told)</translation>
    </message>
    <message>
        <source>Vad vi har gjort hittills</source>
        <translation>What we have done so far</translation>
    </message>
    <message>
        <source>Har vårdnadshavare informerats om anmälan?</source>
        <translation>Have the guardians been told about the report?</translation>
    </message>
    <message>
        <source>Remiss</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Anledning till remissen</source>
        <translation>Reason for the referral</translation>
    </message>
    <message>
        <source>Önskad insats</source>
        <translation>Support requested</translation>
    </message>
    <message>
        <source>Hur personen helst vill bli kontaktad</source>
        <translation>How the person prefers to be contacted</translation>
    </message>
    <message>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Kopiera diagnostik</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>Diagnostiken är kopierad</source>
        <translation>The diagnostics have been copied</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Min dag</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
</TS>
