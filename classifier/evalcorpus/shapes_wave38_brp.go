package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------ Haal Centraal BRP Personen (v2)

// The query's type and fields, the response's type, the type of every
// date (Datum, JaarDatum), the address's type and function, the name
// use indicator, the parent indicator (1 or 2), the kind of partnership,
// the authority's type, the secrecy flag, the correlation id
// and the API's URLs are non-personal; so is the country of a
// registered non-resident's address abroad (the residence) and the
// Netherlands as the residence of those the register lists at an
// address in a municipality. Every burgerservicenummer and A-nummer
// (the subject's, a partner's, a child's, a parent's, in the request
// and in the authority's record), names, initials, salutation and
// address-ing lines, birth date (with its long form), birth place and
// country, sex, age, street, house number, postcode, town, municipality
// of registration and its date, immigration date and former country,
// residence permit, the curatele indication, the municipal user in a
// request's header, partnerships with their dates and places, children
// and parents are personal; the nationalities (with the reason they
// were recorded) are the citizenship. The gateway's API key and the
// OAuth bearer token are credentials.

var w38NLMonths = [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

func w38NLLong(d time.Time) string {
	return fmt.Sprintf("%d %s %d", d.Day(), w38NLMonths[d.Month()-1], d.Year())
}

// w38NLDate is a BRP date object: type, datum, langFormaat.
func w38NLDate(d time.Time) *node {
	return O("type", N("Datum"), "datum", P(d.Format("2006-01-02")), "langFormaat", P(w38NLLong(d)))
}

// w38NLGemeenten are municipalities with their CBS codes and streets.
var w38NLGemeenten = []struct{ code, name, post string }{{"0363", "Amsterdam", "10## AA"}, {"0344", "Utrecht", "35## AA"}, {"0599", "Rotterdam", "30## AA"},
	{"0518", "'s-Gravenhage", "25## AA"}, {"0772", "Eindhoven", "56## AA"}, {"0014", "Groningen", "97## AA"}, {"0268", "Nijmegen", "65## AA"}}

var w38NLStreets = []string{"Kalverstraat", "Oudegracht", "Coolsingel", "Laan van Meerdervoort", "Stratumseind", "Herestraat", "Molenstraat", "Afrikanerplein", "Aalbersestraat", "Burgemeester de Vlugtlaan"}

// w38NLOrigin is a country of birth (Landentabel code where known) and
// a nationality in Dutch for the foreigners the register lists.
var w38NLOrigin = map[string][3]string{"NL": {"6030", "Nederland", "Nederlandse"}, "MA": {"5022", "Marokko", "Marokkaanse"}, "TR": {"", "Turkije", "Turkse"},
	"PL": {"", "Polen", "Poolse"}, "DE": {"", "Duitsland", "Duitse"}, "IN": {"", "India", "Indiase"}, "UA": {"", "Oekraïne", "Oekraïense"}, "GB": {"", "Verenigd Koninkrijk", "Britse"},
	"ES": {"", "Spanje", "Spaanse"}, "IT": {"", "Italië", "Italiaanse"}, "BG": {"", "Bulgarije", "Bulgaarse"}, "RO": {"", "Roemenië", "Roemeense"}, "CN": {"", "China", "Chinese"},
	"BE": {"", "België", "Belgische"}, "US": {"", "Verenigde Staten van Amerika", "Amerikaanse"}}

// w38NLName splits a Dutch family name into its prefix (voorvoegsel)
// and the name proper.
func w38NLName(family string) (string, string) {
	for _, pre := range []string{"van der ", "van den ", "van de ", "van ", "de ", "ter ", "den "} {
		if strings.HasPrefix(family, pre) {
			return strings.TrimSpace(pre), family[len(pre):]
		}
	}
	return "", family
}

func w38Initials(given string) string {
	var b strings.Builder
	for _, part := range strings.Fields(given) {
		r := []rune(part)
		b.WriteString(string(r[0]) + ".")
	}
	return b.String()
}

// w38BRPPerson is a related person (partner, child, parent) as BRP
// lists them: bsn, name and birth.
func (g *gen) w38BRPPerson(o *person, dob time.Time) *node {
	pre, name := w38NLName(o.family)
	n := O("voornamen", P(o.given), "voorvoegsel", Pif(pre), "geslachtsnaam", P(name), "voorletters", P(w38Initials(o.given)))
	return O("burgerservicenummer", P(genBSN(g.r)), "naam", n, "geboorte", O("datum", w38NLDate(dob)))
}

func brpPersonen(g *gen) *node {
	// who: Dutch residents, foreigners registered in a municipality,
	// Dutch emigrants in the RNI; a quarter of them children
	origin := pick(g.r, []string{"NL", "NL", "NL", "NL", "NL", "MA", "TR", "PL", "DE", "IN", "UA", "GB", "ES", "IT", "BG", "RO", "CN"})
	g.w37Redraw(origin)
	child := g.r.IntN(4) == 0
	if child {
		g.w37Age(0, 17)
	} else {
		g.w37Age(18, 90)
	}
	p := g.p
	p.showResidence = true // the register's address
	p.cit = countryByCode(origin)
	abroad := origin == "NL" && !child && g.r.IntN(6) == 0
	gem := pick(g.r, w38NLGemeenten)
	born := origin
	if origin != "NL" {
		g.w37Move("NL", g.r.IntN(2) == 0)
		p.cit = countryByCode(origin)
		if child && g.r.IntN(2) == 0 {
			born = "NL"
		}
	}
	if abroad {
		g.w37Move(pick(g.r, []string{"BE", "ES", "DE", "US", "GB"}), false)
		p.cit = countryByCode("NL")
	}
	pre, name := w38NLName(p.family)
	given := p.given
	if !w37LatinName(given + name) {
		given, name = w37Title(p.givenL), w37Title(p.familyL)
	}
	full := strings.Join(strings.Fields(given+" "+pre+" "+name), " ")
	bsn := genBSN(g.r)
	aNummer := fmt.Sprint(1+g.r.IntN(9)) + pattern(g.r, "#########")
	female := p.female
	sex := O("code", P(map[bool]string{true: "V", false: "M"}[female]), "omschrijving", P(map[bool]string{true: "vrouw", false: "man"}[female]))

	naam := O("aanduidingNaamgebruik", O("code", N("E"), "omschrijving", N("eigen geslachtsnaam")), "voornamen", P(given), "voorvoegsel", Pif(pre),
		"geslachtsnaam", P(name), "voorletters", P(w38Initials(given)), "volledigeNaam", P(full))
	bo := w38NLOrigin[born]
	land := O("code", Nif(""), "omschrijving", P(bo[1]))
	if bo[0] != "" {
		land = O("code", P(bo[0]), "omschrijving", P(bo[1]))
	}
	birthPlace := gem.name
	if born != "NL" {
		birthPlace = pick(g.r, countryByCode(born).cities)
	}
	g.lab.BirthDate = p.dob.Format("2006-01-02")
	geboorte := O("land", land, "plaats", O("omschrijving", P(birthPlace)), "datum", w38NLDate(p.dob))
	if born == "NL" && g.r.IntN(2) == 0 {
		geboorte.set("plaats", O("code", P(gem.code), "omschrijving", P(birthPlace)))
	}

	nats := A()
	if p.showCitizenship || g.r.IntN(2) == 0 {
		p.showCitizenship = true
		nl := O("type", N("Nationaliteit"))
		co := w38NLOrigin[p.cit.code]
		if p.cit.code == "NL" {
			nl.set("nationaliteit", O("code", g.citizenship("0001"), "omschrijving", g.citizenship("Nederlandse")))
		} else {
			nl.set("nationaliteit", O("omschrijving", g.citizenship(co[2])))
		}
		nl.set("datumIngangGeldigheid", w38NLDate(p.dob))
		nats.arr = append(nats.arr, nl)
		if origin != "NL" && !child && g.r.IntN(4) == 0 { // naturalised, kept the other nationality
			nd := g.t.AddDate(-1-g.r.IntN(10), -g.r.IntN(12), 0)
			nats.arr = append(nats.arr, O("type", N("Nationaliteit"), "nationaliteit", O("code", g.w37Cit("NL", "0001"), "omschrijving", g.w37Cit("NL", "Nederlandse")),
				"redenOpname", O("code", P("027"), "omschrijving", P("Rijkswet op het Nederlanderschap 1984, art. 7")), "datumIngangGeldigheid", w38NLDate(nd)))
		}
	}

	persoon := O("aNummer", P(aNummer), "burgerservicenummer", P(bsn), "geslacht", sex, "leeftijd", P(g.w37AgeNow()), "naam", naam)
	if len(nats.arr) > 0 {
		persoon.set("nationaliteiten", nats)
	}
	persoon.set("geboorte", geboorte)
	inschrijving := g.t.AddDate(-g.r.IntN(15), -g.r.IntN(12), -g.r.IntN(28))
	if child {
		inschrijving = p.dob.AddDate(0, 0, g.r.IntN(20))
	}
	street := pick(g.r, w38NLStreets)
	nr := 1 + g.r.IntN(300)
	post := pattern(g.r, gem.post[:2]+"##")[:4] + string(rune('A'+g.r.IntN(26))) + string(rune('A'+g.r.IntN(26)))
	if abroad {
		persoon.set("verblijfplaats", O("type", N("VerblijfplaatsBuitenland"), "verblijfadres", O("regel1", g.addr(p.street), "regel2", g.addr(strings.TrimSpace(p.post+" "+p.city)),
			"land", O("omschrijving", g.residence(w38NLOrigin[p.c.code][1]))), "datumVan", w38NLDate(g.t.AddDate(-g.r.IntN(10), -g.r.IntN(12), 0))))
		persoon.set("adressering", O("aanhef", P(map[bool]string{true: "Geachte mevrouw ", false: "Geachte heer "}[female]+strings.TrimSpace(pre+" "+name)),
			"adresregel1", g.addr(p.street), "adresregel2", g.addr(strings.TrimSpace(p.post+" "+p.city)), "land", O("omschrijving", g.residence(w38NLOrigin[p.c.code][1]))))
	} else {
		g.lab.Residence = addCountry(g.lab.Residence, "NL")
		va := O("officieleStraatnaam", P(street), "korteStraatnaam", P(street), "huisnummer", P(nr), "postcode", P(post), "woonplaats", P(gem.name))
		if g.r.IntN(3) == 0 {
			va.set("huisletter", P(string(rune('A'+g.r.IntN(4)))))
		}
		persoon.set("verblijfplaats", O("type", N("Adres"), "verblijfadres", va, "functieAdres", O("code", N("W"), "omschrijving", N("woonadres")),
			"adresseerbaarObjectIdentificatie", P(gem.code+"01"+pattern(g.r, "##########")), "nummeraanduidingIdentificatie", P(gem.code+"20"+pattern(g.r, "##########")),
			"datumVan", w38NLDate(g.t.AddDate(-g.r.IntN(15), -g.r.IntN(12), 0))))
		persoon.set("gemeenteVanInschrijving", O("code", P(gem.code), "omschrijving", P(gem.name)))
		persoon.set("datumInschrijvingInGemeente", w38NLDate(inschrijving))
		ad := O("adresregel1", P(fmt.Sprintf("%s %d", street, nr)), "adresregel2", P(post[:4]+" "+post[4:]+"  "+strings.ToUpper(gem.name)))
		if !child {
			ad = O("aanhef", P(map[bool]string{true: "Geachte mevrouw ", false: "Geachte heer "}[female]+strings.TrimSpace(pre+" "+name)),
				"aanschrijfwijze", O("naam", P(strings.Join(strings.Fields(w38Initials(given)+" "+pre+" "+name), " "))), "gebruikInLopendeTekst", P(map[bool]string{true: "mevrouw ", false: "de heer "}[female]+strings.TrimSpace(pre+" "+name)),
				"adresregel1", P(fmt.Sprintf("%s %d", street, nr)), "adresregel2", P(post[:4]+" "+post[4:]+"  "+strings.ToUpper(gem.name)))
		}
		persoon.set("adressering", ad)
	}
	if origin != "NL" {
		im := O("datumVestigingInNederland", w38NLDate(inschrijving))
		if bo := w38NLOrigin[origin]; bo[0] != "" {
			im.set("landVanwaarIngeschreven", O("code", P(bo[0]), "omschrijving", P(bo[1])))
		} else {
			im.set("landVanwaarIngeschreven", O("omschrijving", P(w38NLOrigin[origin][1])))
		}
		persoon.set("immigratie", im)
		if (origin == "MA" || origin == "TR" || origin == "IN" || origin == "CN" || origin == "UA") && g.r.IntN(2) == 0 {
			persoon.set("verblijfstitel", O("aanduiding", O("code", P(pick(g.r, []string{"37", "21", "27"})), "omschrijving",
				P(pick(g.r, []string{"Vw 2000 regulier, onbepaalde tijd", "Vw 2000 regulier, bepaalde tijd", "Vw 2000 asiel, bepaalde tijd"}))),
				"datumIngang", w38NLDate(g.t.AddDate(-g.r.IntN(5), -g.r.IntN(12), 0))))
		}
	}
	// relatives
	var parentBSNs []string
	if child || g.r.IntN(3) == 0 {
		ouders := A()
		for i, f := range []bool{true, false} {
			o := g.w37Other(origin)
			o.female = f
			if origin == "NL" {
				o.family = p.family
			}
			od := p.dob.AddDate(-22-g.r.IntN(15), -g.r.IntN(12), 0)
			op := g.w38BRPPerson(o, od)
			parentBSNs = append(parentBSNs, op.obj[0].val.raw)
			op.set("geslacht", O("code", P(map[bool]string{true: "V", false: "M"}[f]), "omschrijving", P(map[bool]string{true: "vrouw", false: "man"}[f])))
			op.set("ouderAanduiding", N(fmt.Sprint(i+1)))
			op.set("datumIngangFamilierechtelijkeBetrekking", w38NLDate(p.dob))
			ouders.arr = append(ouders.arr, op)
		}
		persoon.set("ouders", ouders)
	}
	if !child && g.w37AgeNow() > 24 && g.r.IntN(2) == 0 {
		o := g.w37Other(pick(g.r, []string{origin, "NL"}))
		pd := p.dob.AddDate(g.r.IntN(7)-3, -g.r.IntN(12), 0)
		pp := g.w38BRPPerson(o, pd)
		pp.set("soortVerbintenis", O("code", N(pick(g.r, []string{"H", "P"})), "omschrijving", N(pick(g.r, []string{"huwelijk", "geregistreerd partnerschap"}))))
		pp.set("aangaanHuwelijkPartnerschap", O("datum", w38NLDate(g.t.AddDate(-1-g.r.IntN(20), 0, 0)), "plaats", O("omschrijving", P(gem.name)), "land", O("code", P("6030"), "omschrijving", P("Nederland"))))
		persoon.set("partners", A(pp))
		if g.r.IntN(2) == 0 {
			kids := A()
			for range 1 + g.r.IntN(3) {
				k := g.w37Other(origin)
				k.family = p.family
				kids.arr = append(kids.arr, g.w38BRPPerson(k, g.t.AddDate(-g.r.IntN(17), -g.r.IntN(12), 0)))
			}
			persoon.set("kinderen", kids)
		}
	}
	if child && !abroad {
		if len(parentBSNs) == 2 && g.r.IntN(4) != 0 {
			persoon.set("gezag", A(O("type", N("TweehoofdigOuderlijkGezag"), "minderjarige", O("burgerservicenummer", P(bsn)),
				"ouders", A(O("burgerservicenummer", P(parentBSNs[0])), O("burgerservicenummer", P(parentBSNs[1]))))))
		} else if len(parentBSNs) > 0 {
			persoon.set("gezag", A(O("type", N("EenhoofdigOuderlijkGezag"), "minderjarige", O("burgerservicenummer", P(bsn)),
				"ouder", O("burgerservicenummer", P(parentBSNs[0])))))
		}
	}
	if g.r.IntN(8) == 0 {
		persoon.set("geheimhoudingPersoonsgegevens", N(true))
	}
	if !child && g.r.IntN(25) == 0 {
		persoon.set("indicatieCurateleRegister", P(true))
	}

	fields := A(N("burgerservicenummer"), N("naam"), N("geboorte"), N("geslacht"), N("leeftijd"), N("nationaliteiten"), N("verblijfplaats"), N("adressering"))
	if child {
		fields.arr = append(fields.arr, N("gezag"), N("ouders"))
	}
	reqBody := O("type", N("RaadpleegMetBurgerservicenummer"), "burgerservicenummer", A(P(bsn)), "fields", fields)
	if g.r.IntN(3) == 0 {
		reqBody.set("gemeenteVanInschrijving", N(gem.code))
	}
	resp := O("type", N("RaadpleegMetBurgerservicenummer"), "personen", A(persoon))
	switch g.r.IntN(3) {
	case 0:
		return resp
	case 1:
		return O("request", O("method", N("POST"), "url", N("https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp/personen"),
			"headers", O("Content-Type", N("application/json; charset=utf-8"), "X-API-Key", C(g.b62(32))), "body", reqBody), "response", O("status", N(200), "body", resp))
	}
	return O("request", O("method", N("POST"), "url", N("https://api.brp.example-gemeente.nl/haalcentraal/api/brp/personen"),
		"headers", O("Authorization", C("Bearer "+g.b62(40)), "X-Correlation-ID", N(g.uuid()), "X-Gebruiker", P(fmt.Sprintf("mdw%05d", g.r.IntN(100000))),
			"X-Task-Description", N("Wmo-aanvraag")), "body", reqBody), "response", O("status", N(200), "headers", O("X-Correlation-ID", N(g.uuid())), "body", resp))
}
