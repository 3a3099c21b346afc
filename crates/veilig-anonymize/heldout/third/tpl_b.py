# Templates part B: HR, estate agent, accountant, insurance, garage, school, housing, health, municipality.
from tpl_a import *  # noqa


# ---------------------------------------------------------------- HR

@T("clean")
def hr_ziekmelding(d):
    p, m = d.person(), d.person()
    return d.c(
        f"Hoi {d.F(m)},\n\n{d.N(p)} heeft zich vanochtend om {d.time()} ziek gemeld. {('Zij' if p.g == 'f' else 'Hij')} verwacht {d.c('een paar dagen', 'in ieder geval tot ' + d.wd(), 'volgende week')} uit de roulatie te zijn. "
        f"Ik heb de verzuimmelding in {d.sw()} gezet. {d.F(p)} is telefonisch bereikbaar op {d.tel('m')}.\n\nGroet,\n{d.c('Planning', 'HR', 'Teamleider dagdienst')}",
        f"Ziekmelding\nMedewerker: {d.SI(p)}\nPersoneelsnummer: {R.randint(1000, 9999)}\nAfdeling: {d.c('Logistiek', 'Klantcontact', 'Financiën', 'Onderhoud')}\n"
        f"Eerste ziektedag: {d.date('wdm')}\nBereikbaar: {d.tel()}\nVerpleegadres: {d.c('thuis', d.adres() + ', ' + d.addr_place())}\nGemeld door: {d.N(m)} ({d.job()})\n"
        f"Opmerking: geen medische informatie vastleggen.")


@T("clean")
def hr_verzuim_followup(d):
    p, m, a = d.person(), d.person(), d.person()
    return (f"Verslag verzuimgesprek\n\nMedewerker: {d.N(p)}\nLeidinggevende: {d.N(m)}\nDatum: {d.date('dmy')}\n\n"
            f"{d.F(p)} geeft aan dat het langzaam beter gaat. Afgesproken is dat {('zij' if p.g == 'f' else 'hij')} vanaf {d.date('wdm')} "
            f"twee ochtenden per week start met aangepast werk. Het spreekuur bij de bedrijfsarts ({d.I(a)}) staat gepland op {d.date('wdm')} om {d.time()}.\n"
            f"Volgende evaluatie: over vier weken. Contact loopt via {d.mail_of(p)}.")


@T("clean")
def hr_review(d):
    p, m = d.person(), d.person()
    return (f"Beoordelingsgesprek {R.choice(['2025', '2026'])}\nNaam: {d.U(p)}\nFunctie: {d.job()}\nBeoordelaar: {d.I(m)}\n\n"
            f"Resultaten: {d.F(p)} heeft de overstap naar {d.sw()} goed begeleid en de klanttevredenheid in regio {d.place()} verhoogd. "
            f"Aandachtspunt: planning en prioriteren.\nEindoordeel: {d.c('goed', 'zeer goed', 'voldoende')}\n"
            f"Salarisverhoging: één periodiek per 1 {d.month()}.\n\nBesproken op {d.date('wdm')}. Opmerkingen medewerker: \"Ik wil graag de opleiding {d.c('projectmanagement', 'leidinggeven', 'Excel gevorderd')} volgen.\"")


@T("clean")
def hr_onboarding(d):
    p, b, it = d.person(), d.person(), d.person()
    return (f"Welkom bij {d.company()}, {d.F(p)}!\n\nJe eerste werkdag is {d.date('wdm')}. We verwachten je om {d.time()} bij de receptie. "
            f"Je buddy is {d.N(b)} ({d.tel('m')}).\n\nChecklist:\n- Laptop ({d.k(d.c('Lenovo ThinkPad T14', 'MacBook Air M2', 'HP EliteBook 840', 'Dell Latitude 5440'))}) wordt klaargezet door {d.F(it)} van IT\n"
            f"- Account in {d.sw()} en {d.sw()}\n- Kopie ID en je rekeningnummer doorgeven aan HR (niet per mail!)\n"
            f"- Parkeerplaats aangevraagd voor kenteken {d.plate()}\n\nTot {d.wd()}!\n{d.N(d.person())}, {d.job()}")


@T("clean")
def hr_sollicitatie(d):
    p = d.person()
    return (f"{d.N(p)}\n{d.adres()}\n{d.pc()} {d.addr_place()}\n{d.tel('m')}\n{d.mail_of(p)}\n\n{d.place()}, {d.date('dmy')}\n\n"
            f"Betreft: sollicitatie {d.job()} (vacature {d.k('VAC-' + str(R.randint(100, 999)))})\n\nGeachte heer/mevrouw,\n\n"
            f"Met veel enthousiasme reageer ik op uw vacature. Ik ben geboren op {d.dob()} en heb {R.randint(2, 15)} jaar ervaring in {d.c('de zorg', 'de logistiek', 'het onderwijs', 'de financiële dienstverlening')}. "
            f"Ik werk dagelijks met {d.sw()} en {d.sw()}.\n\nGraag licht ik mijn motivatie toe in een gesprek.\n\nMet vriendelijke groet,\n{d.N(p)}")


@T("clean")
def hr_recruiter_note(d):
    ps = [d.person() for _ in range(3)]
    r = d.person()
    rows = "\n".join(f"- {d.N(p)} ({d.tel()}): {d.c('eerste gesprek ' + d.date('wdm'), 'tweede gesprek gepland', 'afgewezen, te weinig ervaring', 'aanbod gedaan: ' + d.amt(3000, 5500, 'eur_sp') + ' bruto')}" for p in ps)
    return f"Status sollicitanten vacature {d.job()} — bijgewerkt door {d.F(r)}\n\n{rows}\n\nLet op: maximaal drie kandidaten per ronde, volgende ronde na {d.hol()}."


@T("clean")
def hr_reference(d):
    p, ref, rec = d.person(), d.person(), d.person()
    return (f"Referentiecheck sollicitant {d.N(p)}\n\nGebeld met {d.N(ref)}, {d.job()} bij de vorige werkgever in {d.place()}, op {d.tel('l')}.\n"
            f"{d.S(ref)} bevestigt dat {d.F(p)} van {d.c('2019', '2020', '2021')} tot {d.c('2024', '2025')} in dienst was. "
            f"\"{d.F(p)} is betrouwbaar en collegiaal, soms wat ongeduldig.\" Geen bezwaar tegen aanname.\n\nUitgevoerd door: {d.I(rec)}, {d.date('dm')}")


@T("clean")
def hr_verlof(d):
    p, m = d.person(), d.person()
    return (f"Hoi {d.F(m)},\n\nIk wil graag verlof aanvragen van {d.drange()} ({d.c('vakantie', 'bruiloft van mijn zus', 'verhuizing')}). "
            f"Mijn werk wordt overgenomen door {d.F(d.person())}. Ik heb het ook in {d.sw()} gezet.\n\nGroetjes,\n{d.F(p)}")


@T("clean")
def hr_exit(d):
    p, m = d.person(), d.person()
    return (f"Uitdiensttreding {d.N(p)}\n\nLaatste werkdag: {d.date('wdmy')}\nNieuw privé-adres voor jaaropgaaf: {d.adres()}, {d.pc()} {d.addr_place()}\n"
            f"Inleveren: laptop, pas, leaseauto {d.plate()}\nResterende vakantie-uren: {R.randint(0, 120)} (uitbetaling in {d.month()})\n"
            f"Exitgesprek met {d.N(m)} op {d.date('wdm')} om {d.time()}.")


@T("block")
def salary_slip(d):
    p = d.person()
    co = d.company()
    br = R.uniform(2200, 6800)
    d.blk("SALARY_SLIP")
    fmt = lambda x: f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    lh, pen, net = br * 0.18, br * 0.07, br * 0.75
    with_bsn = d.chance(0.5)
    return (f"{d.c('LOONSTROOK', 'Salarisspecificatie', 'Loonstrook')} {d.month()} 2026\n\nWerkgever: {co}\nWerknemer: {d.pick(lambda: d.N(p), lambda: d.SI(p), lambda: d.U(p))}\n"
            f"Adres: {d.adres()}, {d.pc()} {d.addr_place()}\nPersoneelsnr: {R.randint(100, 9999)}\n"
            + (f"BSN: {d.bsn()}\n" if with_bsn else f"Geboortedatum: {d.dob()}\n") +
            f"Functie: {d.job()}\nSchaal/trede: {R.randint(5, 12)}/{R.randint(1, 10)}\n\n"
            f"Omschrijving            Bedrag\nSalaris                 € {fmt(br)}\nLoonheffing            -€ {fmt(lh)}\n"
            f"Pensioenpremie         -€ {fmt(pen)}\nNetto                   € {fmt(net)}\n\nUitbetaald op {d.iban()} op {d.date('dm')}")


@T("block")
def salary_slip_en(d):
    p = d.person(d.c("en", "in", "pl", "nl", "ro"))
    d.blk("SALARY_SLIP")
    g = R.randint(2500, 8000)
    return (f"Payslip / salarisspecificatie — period {R.randint(1, 12):02d}-2026\nEmployee: {d.N(p)}\nEmployee no. {R.randint(1000, 9999)}\n"
            f"Gross salary: EUR {g}\nTax (loonheffing): EUR {int(g * 0.22)}\nHoliday allowance reserve: EUR {int(g * 0.08)}\n"
            f"Net pay: EUR {int(g * 0.7)}\nPaid to: {d.iban()}\nTax ID (BSN): {d.bsn()}" if d.chance(0.4) else
            f"Payslip / salarisspecificatie — period {R.randint(1, 12):02d}-2026\nEmployee: {d.N(p)}\nAddress: {d.adres()}, {d.pc()} {d.addr_place()}\n"
            f"Gross salary: EUR {g}\nLoonheffing: EUR {int(g * 0.22)}\nNet pay: EUR {int(g * 0.7)}\nPaid to: {d.iban()}")


@T("block")
def contract_arbeid(d):
    p, m = d.person(), d.person()
    co = d.company()
    d.blk("SIGNED_CONTRACT")
    end = d.c("Aldus overeengekomen en ondertekend te {pl} op {dt}.", "Aldus opgemaakt en ondertekend in tweevoud te {pl} op {dt}.",
              "Voor akkoord getekend te {pl}, {dt}.")
    return (f"ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD\n\nDe ondergetekenden:\n1. {co}, hierbij vertegenwoordigd door {d.N(m)}, {d.job()}, hierna: werkgever;\n"
            f"2. {d.N(p)}, wonende {d.adres()}, {d.pc()} {d.addr_place()}, geboren op {d.dob()}, hierna: werknemer;\n\n"
            f"Artikel 1. Werknemer treedt op {d.date('dmy')} in dienst in de functie van {d.job()}.\nArtikel 2. Het salaris bedraagt {d.amt(2400, 6000, 'eur_sp')} bruto per maand.\n\n"
            + end.format(pl=d.place(), dt=d.date("dmy")) +
            f"\n\n______________________            ______________________\n{d.N(m)}                            {d.N(p)}\nnamens werkgever                  werknemer")


@T("block")
def contract_vso(d):
    p, m = d.person(), d.person()
    d.blk("SIGNED_CONTRACT")
    return (f"Vaststellingsovereenkomst\n\nPartijen: {d.company()} en {d.T(p, 'de heer' if p.g == 'm' else 'mevrouw')} {d.I(p)}\n\n"
            f"1. Het dienstverband eindigt met wederzijds goedvinden per {d.date('dmy')}.\n2. Werkgever betaalt een transitievergoeding van {d.amt(5000, 40000, 'eur_sp')} bruto.\n"
            f"3. Werknemer wordt vrijgesteld van werkzaamheden.\n\nGetekend voor akkoord:\n\nWerkgever: {d.N(m)}          Datum: {d.k(fmt_date(rand_date(), 'num'))}\n"
            f"Handtekening: ..................\n\nWerknemer: {d.N(p)}          Datum: {d.k(fmt_date(rand_date(), 'num'))}\nHandtekening: ..................")


@T("block")
def opdrachtbevestiging(d):
    p, q = d.person(), d.person()
    d.blk("SIGNED_CONTRACT")
    return (f"Opdrachtbevestiging {d.ordno('off')}\n\nOpdrachtgever: {d.N(p)}, {d.adres()}, {d.addr_place()}\nOpdrachtnemer: {d.company()}\n\n"
            f"Werkzaamheden: {d.c('vervangen dakgoten', 'schilderwerk buitenkozijnen', 'aanleg tuin', 'installatie warmtepomp')}\n"
            f"Prijs: {d.amt(1500, 25000)} incl. btw\nStart: week {R.randint(2, 50)}\n\n"
            f"{d.c('Voor akkoord getekend', 'Getekend voor akkoord', 'Voor akkoord:')}\n\n{d.N(p)}\nDatum: {d.date('dmy')}\nHandtekening: [handtekening]\n\n"
            f"{d.N(q)}\nnamens opdrachtnemer")


@T("clean")
def contract_unsigned_mail(d):
    # mentions signing but is not itself a signed contract
    p, q = d.person(), d.person()
    return (f"{hi(d, p)}\n\nBijgaand het concept van de {d.c('huurovereenkomst', 'arbeidsovereenkomst', 'samenwerkingsovereenkomst')}. "
            f"Wil je het doorlezen en, als je akkoord bent, ondertekenen en terugsturen voor {d.date('wdm')}? "
            f"Het contract is nog niet getekend door onze {d.k('Directie')}, dat gebeurt na jouw akkoord.\n\n{sig(d, q)}")


@T("clean")
def salary_mention(d):
    p, q = d.person(), d.person()
    return d.c(
        f"Hoi {d.F(q)},\n\nIk heb mijn loonstrook van {d.month()} nog niet ontvangen in {d.c('Nmbrs', 'Loket.nl', 'AFAS', 'Visma')}. Kun jij even kijken? "
        f"Volgens mij is mijn nieuwe rekeningnummer nog niet verwerkt.\n\nDank,\n{d.F(p)}",
        f"Beste {d.F(p)},\n\nDe loonstroken over {d.month()} staan vanaf {d.date('wdm')} klaar in het portaal. De vakantietoeslag wordt in mei uitbetaald. "
        f"Vragen? Bel {d.N(q)} van de salarisadministratie, {d.tel('l')}.\n\nHR") \
        .replace("Nmbrs", d.k("Nmbrs")).replace("Loket.nl", d.k("Loket.nl"))


# ---------------------------------------------------------------- estate agent / accountant

@T("clean")
def makelaar_bezichtiging(d):
    p, m = d.person(), d.person()
    return (f"{hi(d, p, formal=d.chance(0.5))}\n\nHierbij bevestigen wij de bezichtiging van de woning aan de {d.adres()} te {d.addr_place()} "
            f"op {d.date('wdm')} om {d.time()}. De vraagprijs bedraagt {d.amt(250000, 900000, 'eur_sp')} k.k.\n\n"
            f"Uw makelaar {d.N(m)} ontvangt u bij de voordeur. Bij verhindering graag bellen naar {d.tel()}.\n\n"
            f"Met vriendelijke groet,\nMakelaardij De Sleutel")


@T("clean")
def makelaar_bod(d):
    p, q, m = d.person(), d.person(), d.person()
    return (f"Notitie bod {d.adres()}\n\n{d.date('num')} {d.time()}: {d.N(p)} en {d.N(q)} bieden {d.amt(300000, 800000, 'eur_sp')} k.k., "
            f"voorbehoud financiering tot {d.date('dm')}. Oplevering in overleg, bij voorkeur na {d.hol()}.\n"
            f"Contact koper: {d.tel('m')}. Hypotheekadviseur: {d.N(m)}.\nVerkoper telefonisch geïnformeerd door {d.F(d.person())}.")


@T("block")
def koopakte(d):
    p, q = d.person(), d.person()
    d.blk("SIGNED_CONTRACT")
    return (f"KOOPOVEREENKOMST WONING\n\nVerkoper: {d.N(p)}, geboren {d.dob()}\nKoper: {d.N(q)}, wonende te {d.addr_place()}\n\n"
            f"Object: de woning gelegen aan de {d.adres()}, {d.pc()} {d.addr_place()}\nKoopsom: {d.amt(200000, 900000, 'eur_sp')}\n"
            f"Waarborgsom: 10% te storten op de derdengeldenrekening van de notaris.\n\n"
            f"Aldus overeengekomen en ondertekend te {d.place()} op {d.date('dmy')}.\n\nDe verkoper:                De koper:\n{d.N(p)}             {d.N(q)}")


@T("block")
def huurcontract(d):
    p = d.person()
    d.blk("SIGNED_CONTRACT")
    return (f"Huurovereenkomst woonruimte\n\nVerhuurder: Woonstichting Het Anker\nHuurder: {d.N(p)}, {d.mail_of(p)}, {d.tel()}\n"
            f"Gehuurde: {d.adres()}, {d.pc()} {d.addr_place()}\nKale huur: {d.amt(500, 1200, 'eur_sp')} per maand, servicekosten {d.amt(20, 90, 'eur_sp')}\n"
            f"Ingangsdatum: {d.date('dmy')}\n\nVoor akkoord getekend,\n\nHuurder: ______________ ({d.N(p)})\nVerhuurder: ______________")


@T("both")
def accountant_ib(d):
    p, a = d.person(), d.person()
    if d.wb:
        return (f"{hi(d, p)}\n\nVoor je aangifte inkomstenbelasting 2025 heb ik de volgende gegevens genoteerd:\n\nNaam: {d.N(p)}\nBSN: {d.bsn()}\n"
                f"Geboortedatum: {d.dob()}\nIBAN teruggave: {d.iban()}\nHypotheekrente: {d.amt(2000, 15000)}\nWOZ-waarde: {d.amt(200000, 700000, 'eur_sp')}\n\n"
                f"Klopt dit? Dan dien ik de aangifte {d.date('wdm')} in.\n\n{sig(d, a)}")
    return (f"{hi(d, p)}\n\nVoor je aangifte inkomstenbelasting 2025 mis ik nog de jaaropgaaf van je hypotheek en het overzicht van {d.brand()} "
            f"(je bijbaan). Je burgerservicenummer hoef je niet te mailen, dat heb ik al in het dossier. "
            f"De aangifte wordt voor 1 mei ingediend via {d.c('de Belastingdienst', 'Mijn Belastingdienst')}. Kosten: {d.amt(150, 450, 'eur_sp')} excl. btw.\n\n{sig(d, a)}")


@T("clean")
def accountant_facturen(d):
    p, a = d.person(), d.person()
    return (f"Hoi {d.F(p)},\n\nIn {d.sw()} staan nog {R.randint(3, 25)} inkoopfacturen zonder bon, waaronder {d.ordno('inv')} van {d.amt(40, 2000)} "
            f"en een declaratie van {d.amt(10, 300)} (parkeren in {d.place()}). Kun je die voor {d.wd()} uploaden?\n"
            f"De btw-aangifte over Q{R.randint(1, 4)} moet uiterlijk {d.date('dm')} binnen zijn.\n\n{sig(d, a, co='Accountantskantoor Duinzicht')}")


@T("clean")
def accountant_jaarrekening(d):
    p, q, a = d.person(), d.person(), d.person()
    return (f"Bespreking jaarrekening 2025 — {d.date('wdm')}, {d.time()}\nAanwezig: {d.N(p)}, {d.N(q)} (vennoten), {d.I(a)} ({d.job()})\n\n"
            f"Omzet: {d.amt(100000, 900000, 'eur_sp')}\nBrutomarge: {R.randint(20, 60)}%\nResultaat na belasting: {d.amt(5000, 90000, 'eur_sp')}\n"
            f"Voorstel dividend: {d.amt(5000, 40000, 'eur_sp')}\n\n{d.F(p)} vraagt of de investering in de nieuwe {d.prod()} onder de KIA valt. "
            f"{d.S(a)} zoekt dit uit.")


# ---------------------------------------------------------------- insurance

@T("clean")
def schade_auto(d):
    p, q = d.person(), d.person()
    return (f"SCHADEMELDING MOTORRIJTUIG\nSchadenummer: {d.ordno('sch')}\n\nVerzekeringnemer: {d.N(p)}\nAdres: {d.adres()}, {d.pc()} {d.addr_place()}\n"
            f"Telefoon: {d.tel()}\nKenteken: {d.plate()}\n\nTegenpartij: {d.N(q)}, kenteken {d.plate()}, tel. {d.tel()}\n"
            f"Datum/tijd: {d.date('dmy')}, {d.time()}\nPlaats: kruising in {d.place()}\n\nToedracht: tegenpartij reed achteruit de parkeerplaats van de {d.brand()} af "
            f"en raakte mijn linkerportier. Schade geschat op {d.amt(400, 4000)}.")


@T("clean")
def schade_water(d):
    p, b = d.person(), d.person()
    return (f"Beste Verzekeringen Lindeboom,\n\nAfgelopen {d.wd()} is er bij ons thuis op de {d.adres()} een waterleiding gesprongen. "
            f"Het laminaat in de woonkamer en een {d.prod()} zijn beschadigd. De bovenbuurman, {d.N(b)}, heeft ook lekkage.\n\n"
            f"Polisnummer: POL-{R.randint(1000000, 9999999)}\nGeschatte schade: {d.amt(800, 9000)}\nRekeningnummer voor uitkering: {d.iban()}\n\n"
            f"Met vriendelijke groet,\n{d.N(p)}\n{d.tel()}")


@T("clean")
def schade_reis(d):
    p = d.person()
    return (f"Claim reisverzekering\n\nNaam: {d.N(p)}\nGeboortedatum: {d.dob()}\nE-mail: {d.mail_of(p)}\n\n"
            f"Tijdens de vakantie in {d.c('Spanje', 'Italië', 'Turkije', 'Marokko', 'Portugal')} is op {d.date('dm')} mijn tas gestolen met daarin "
            f"een {d.prod()} (aankoopbedrag {d.amt(200, 1500)}). Proces-verbaal bijgevoegd. Graag uitkeren op {d.iban()}.")


@T("clean")
def schade_behandelaar(d):
    p, s = d.person(), d.person()
    return (f"Interne notitie schadebehandeling {d.ordno('sch')}\n\n{d.date('num')}: gesproken met verzekerde {d.T(p)} {d.S(p)} ({d.tel()}). "
            f"Expert {d.N(s)} gaat {d.date('wdm')} langs op {d.adres()}. Voorlopige reserve {d.amt(1000, 20000, 'eur_sp')}. "
            f"Let op: eigen risico {d.amt(100, 500, 'dash')}.")


# ---------------------------------------------------------------- garage

@T("clean")
def garage_apk(d):
    p = d.person()
    pl = d.plate()
    return (f"{hi(d, p, formal=d.chance(0.6))}\n\nDe APK van uw {d.c('Volkswagen Polo', 'Toyota Yaris', 'Kia Niro', 'Opel Corsa', 'Peugeot 208', 'Škoda Octavia')} "
            f"met kenteken {pl} verloopt op {d.date('dmy')}. U kunt online een afspraak maken of bellen met Autobedrijf Westerkwartier.\n"
            f"Prijs APK + kleine beurt: {d.amt(120, 350, 'eur_sp')}.\n\nMet vriendelijke groet,\n{d.N(d.person())}\n{d.job(cap=True)}").replace(
        "Volkswagen Polo", d.k("Volkswagen Polo"))


@T("clean")
def garage_werkorder(d):
    p, m = d.person(), d.person()
    return (f"WERKORDER {d.ordno('wo')}\nKlant: {d.pick(lambda: d.U(p), lambda: d.N(p))}\nTel: {d.tel()}\nKenteken: {d.plate(d.c(None, None, None, 'nodash'))}\n"
            f"Km-stand: {R.randint(10000, 300000)}\nMonteur: {d.F(m)}\n\nWerkzaamheden:\n- Remblokken voor vervangen   {d.amt(80, 300, 'eur_sp')}\n"
            f"- Olie + filter                 {d.amt(60, 150, 'eur_sp')}\n- Ruitenwisserbladen            {d.amt(20, 60, 'eur_sp')}\n\nGereed: {d.wd()} {d.time()}")


@T("clean")
def garage_verkoop(d):
    p, q = d.person(), d.person()
    return (f"Hoi {d.F(q)},\n\nDe auto is verkocht aan {d.N(p)} uit {d.addr_place()} voor {d.amt(2000, 20000, 'dash')}. Kenteken {d.plate()} is vanmiddag "
            f"overgeschreven bij het postkantoor, het vrijwaringsbewijs ligt op je bureau. Koper betaalt via {d.iban()}.\n\n{d.F(d.person())}")


# ---------------------------------------------------------------- school / childcare

@T("clean")
def school_letter(d):
    kid, par, t = d.person(), d.person(), d.person()
    return (f"Beste ouders/verzorgers van {d.F(kid)},\n\nOp {d.date('wdm')} organiseren we de kijkavond van groep {R.randint(3, 8)}. "
            f"Tijdens {d.hol()} is de school gesloten. {d.F(kid)} heeft de afgelopen weken hard gewerkt aan het project over {d.place()}.\n\n"
            f"Wilt u de ouderbijdrage van {d.amt(25, 90, 'eur_sp')} overmaken? Vragen kunt u stellen aan {d.pick(lambda: d.Tf(t), lambda: d.N(t))} ({d.job()}).\n\n"
            f"Met vriendelijke groet,\nBasisschool De Regenboog")


@T("clean")
def kinderopvang(d):
    kid, mom, oma = d.person(), d.person(g="f"), d.person(g="f")
    return (f"Overdrachtsformulier Kinderopvang De Vlinderhof\n\nKind: {d.N(kid)}\nGeboortedatum: {d.dob()}\nGroep: {d.c('Rupsjes', 'Vlinders', 'Bijtjes')}\n"
            f"Ouder 1: {d.N(mom)}, {d.tel('m')}\nOphalen {d.wd()} door: oma {d.N(oma)} ({d.tel()})\n"
            f"Bijzonderheden: {d.F(kid)} slaapt {d.c('na de lunch', 'niet meer', 'met knuffel')}. Allergie: {d.c('geen', 'pinda', 'koemelk')}.")


@T("clean")
def school_absentie(d):
    kid, par = d.person(), d.person()
    return d.c(
        f"Goedemorgen juf,\n\n{d.F(kid)} is vandaag ziek en blijft thuis. Hopelijk is {'ze' if kid.g == 'f' else 'hij'} {d.wd()} weer beter.\n\nGroetjes,\n{d.N(par)}\n{d.tel('m')}",
        f"Beste juf,\n\nOnze zoon {d.N(kid)} (groep {R.randint(1, 8)}) heeft {d.date('wdm')} om {d.time()} een afspraak bij de orthodontist in {d.place()}. "
        f"Hij wordt om {d.time()} opgehaald door zijn vader, {d.N(par)}.\n\nMet vriendelijke groet,\n{d.S(par)}")


# ---------------------------------------------------------------- housing corporation

@T("clean")
def huurder_reparatie(d):
    p, h = d.person(), d.person()
    return (f"Reparatieverzoek {d.ordno('wo')}\n\nHuurder: {d.SI(p)}\nAdres: {d.adres()}\nTelefoon: {d.tel()}\nOmschrijving: {d.c('lekkende kraan keuken', 'schimmel badkamer', 'voordeur sluit niet', 'cv-ketel geeft storing')}\n"
            f"Beschikbaar: {d.wd()} ochtend\n\nAfspraak gemaakt door {d.F(h)} ({d.job()}) met Zonnehoek Installatietechniek B.V. voor {d.date('wdm')} tussen {d.trange()}.")


@T("clean")
def huurachterstand(d):
    p = d.person()
    return (f"{d.addr_lines(p)}\n\nWoonstichting Het Anker\n{d.date('dmy')}\n\nBetreft: huurachterstand\n\n{hi(d, p, formal=True)}\n\n"
            f"Uit onze administratie blijkt dat de huur over {d.month()} en {d.month()} nog niet is betaald. Het openstaande bedrag is {d.amt(600, 2600)}. "
            f"Wij verzoeken u dit binnen 14 dagen over te maken. U kunt ook een betalingsregeling aanvragen bij onze {d.job()}.\n\n"
            f"Met vriendelijke groet,\n\n{d.N(d.person())}\nAfdeling Incasso")


@T("clean")
def overlast(d):
    p, b1, b2 = d.person(), d.person(), d.person()
    return (f"Melding overlast\n\nMelder: {d.N(p)}, {d.adres()} ({d.tel()})\nBetreft: buren op nr. {R.randint(1, 99)}, {d.T(b1)} {d.S(b1)} en {('haar' if b1.g == 'f' else 'zijn')} partner\n\n"
            f"Sinds {d.month()} is er bijna elke {d.k('vrijdag')} en {d.k('zaterdag')} harde muziek tot na 02:00. Ook {d.N(b2)} van driehoog heeft geklaagd. "
            f"Graag bemiddeling via Stichting Welzijn Oost.")


# ---------------------------------------------------------------- health (vague)

@T("clean")
def huisarts_herinnering(d):
    p, a = d.person(), d.person()
    return d.c(
        f"Herinnering: u heeft een afspraak bij {d.pick(lambda: 'dokter ' + d.S(a), lambda: 'huisarts ' + d.I(a))} op {d.date('wdm')} om {d.time()}. "
        f"Verhinderd? Bel {d.tel('l')}. Huisartsenpraktijk De Linde",
        f"Beste {d.F(p)}, dit is een herinnering voor uw controle-afspraak bij de praktijkondersteuner op {d.date('wdm')} om {d.time()}. "
        f"Neemt u uw medicijnlijst mee? Geboortedatum ter controle: {d.dob()}.")


@T("clean")
def fysio(d):
    p, f = d.person(), d.person()
    return (f"Hoi {d.F(p)},\n\nJe afspraak bij {d.F(f)} van Fysiotherapie Het Kompas is verzet naar {d.date('wdm')} om {d.time()}. "
            f"Lukt dat niet, stuur dan een berichtje naar {d.tel('m')}. Vergeet je oefenschema niet. "
            f"Je zorgverzekeraar vergoedt nog {R.randint(2, 9)} behandelingen; daarna is het {d.amt(35, 60, 'eur_sp')} per keer.\n\nGroet, {d.F(f)}")


@T("clean")
def tandarts(d):
    p, kid = d.person(), d.person()
    return (f"Tandartspraktijk Lachgas — afspraakbevestiging\n\nPatiënt: {d.N(kid)} (geb. {d.dob()})\nOuder/verzorger: {d.N(p)}\n"
            f"Datum: {d.date('wdm')}\nTijd: {d.time()}\nBehandelaar: {d.c('mondhygiënist', 'tandarts', 'orthodontist')}\n\nAfzeggen kan tot 24 uur van tevoren via {d.tel('l')}.")


# ---------------------------------------------------------------- municipality

@T("clean")
def gemeente_parkeer(d):
    p = d.person()
    return (f"{d.addr_lines(p)}\n\nOns kenmerk: PV-{R.randint(100000, 999999)}\nDatum: {d.date('dmy')}\n\n"
            f"{hi(d, p, formal=True)}\n\nUw aanvraag voor een bewonersparkeervergunning is goedgekeurd. De vergunning geldt voor het voertuig met kenteken {d.plate()} "
            f"in zone {R.choice('ABCDE')}{R.randint(1, 9)}. De kosten bedragen {d.amt(40, 400, 'eur_sp')} per jaar.\n\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n{d.N(d.person())}\n{d.job(cap=True)}")


@T("both")
def gemeente_verhuizing(d):
    p, q = d.person(), d.person()
    if d.wb:
        return (f"Bevestiging adreswijziging\n\nNaam: {d.N(p)}\nBSN: {d.bsn()}\nGeboortedatum: {d.dob()}\nNieuw adres: {d.adres()}, {d.pc()} {d.addr_place()}\n"
                f"Ingangsdatum: {d.date('dmy')}\nMeeverhuizende: {d.N(q)}\n\nDeze wijziging is verwerkt in de Basisregistratie Personen.")
    return (f"Bevestiging adreswijziging\n\nNaam: {d.N(p)}\nNieuw adres: {d.adres()}, {d.pc()} {d.addr_place()}\nIngangsdatum: {d.date('dmy')}\n"
            f"Meeverhuizende: {d.N(q)}\n\nDeze wijziging is verwerkt in de Basisregistratie Personen. Uw nieuwe afvalpas wordt binnen 10 werkdagen toegestuurd.")


@T("clean")
def gemeente_wmo(d):
    p, c = d.person(), d.person()
    return (f"Verslag keukentafelgesprek Wmo\n\nAanvrager: {d.T(p)} {d.I(p)}\nAdres: {d.adres()}\nTelefoon: {d.tel()}\nMantelzorger: {d.N(c)} ({d.tel('m')})\n"
            f"Consulent: {d.job()}\n\n{d.T(p)} {d.S(p)} ervaart beperkingen in het huishouden. Afgesproken: indicatie huishoudelijke hulp "
            f"{R.randint(2, 4)} uur per week, eigen bijdrage {d.amt(10, 25, 'eur_sp')} per maand. Besluit volgt voor {d.date('dm')}.")


@T("clean")
def bezwaar(d):
    p = d.person()
    return (f"{d.N(p)}\n{d.adres()}\n{d.pc()} {d.addr_place()}\n\nAan het college van burgemeester en wethouders van de gemeente {d.place()}\n\n"
            f"Betreft: bezwaar tegen aanslag 2026-{R.randint(100000, 999999)}\n\nGeachte college,\n\nHierbij maak ik bezwaar tegen de WOZ-beschikking van {d.date('dmy')}. "
            f"De vastgestelde waarde van {d.amt(250000, 700000, 'eur_sp')} is te hoog; vergelijkbare woningen in de straat zijn verkocht voor minder.\n\n"
            f"Hoogachtend,\n\n{d.I(p)}\n{d.mail_of(p)}")
