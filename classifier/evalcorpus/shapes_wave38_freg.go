package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// --------------------------------- Folkeregisteret (Skatteetaten) person

// Every element's metadata (ajourholdstidspunkt, erGjeldende, kilde,
// aarsak, gyldighetstidspunkt), the identifier's type and status, the
// person's register status, the identity basis's status, the
// municipality numbers of an address, the API's URL, its parts and the
// correlation id are non-personal; so are a country of residence (the
// country an emigrant moved to, the country code of an address abroad)
// and Norway as the residence of those the register lists at a Norwegian
// address. The fødselsnummer or D-number (in the URL too), names, sex,
// birth date, year, place, municipality and country, the street, house
// number and letter, postcode and post town, the moving date, civil
// status and its date, related persons' numbers and roles, parental
// responsibility, residence permits, the country someone moved in from,
// foreign identifiers with their issuing country and the dates of
// moving are personal; the citizenships are the citizenship. The
// Maskinporten bearer token is a credential.

var w38NOKommuner = []struct{ nr, sted, post string }{{"0301", "OSLO", "0###"}, {"4601", "BERGEN", "50##"}, {"5001", "TRONDHEIM", "70##"}, {"1103", "STAVANGER", "40##"},
	{"5501", "TROMSØ", "90##"}, {"3201", "BÆRUM", "13##"}}

// w38NOMeta is a Folkeregisteret element's metadata, written before the
// element's own members.
func (g *gen) w38NOMeta(since time.Time) []any {
	return []any{"ajourholdstidspunkt", N(since.Add(time.Duration(g.r.IntN(86400)) * time.Second).UTC().Format("2006-01-02T15:04:05.000Z")),
		"erGjeldende", N(true), "kilde", N(pick(g.r, []string{"KILDE_DSF", "Skatteetaten", "Folkeregisteret"})),
		"gyldighetstidspunkt", N(since.UTC().Format("2006-01-02T15:04:05Z"))}
}

func (g *gen) w38NOElem(since time.Time, kv ...any) *node {
	return O(append(g.w38NOMeta(since), kv...)...)
}

// w38StreetNumber splits "Storgata 14B" into the street's name, the
// house number and a house letter.
func w38StreetNumber(s string) (string, int, string) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, 1, ""
	}
	num, letter := s[i+1:], ""
	for len(num) > 0 && (num[len(num)-1] < '0' || num[len(num)-1] > '9') {
		letter = num[len(num)-1:] + letter
		num = num[:len(num)-1]
	}
	n := atoi(num)
	if n == 0 {
		n = 1
	}
	return s[:i], n, letter
}

func folkeregisteretPerson(g *gen) *node {
	kind := pick(g.r, []string{"norwegian", "norwegian", "norwegian", "child", "child", "settled", "settled", "dnummer", "dnummer", "emigrant"})
	origin := "NO"
	if kind == "settled" || kind == "dnummer" {
		origin = pick(g.r, []string{"PL", "LT", "SE", "DE", "UA", "PH", "ET", "IN", "GB", "RO", "ES"})
	}
	g.w37Redraw(origin)
	switch kind {
	case "child":
		g.w37Age(0, 17)
	case "dnummer":
		g.w37Age(19, 60)
	default:
		g.w37Age(18, 92)
	}
	p := g.p
	p.showResidence = true
	p.cit = countryByCode("NO")
	if origin != "NO" {
		g.w37Move("NO", kind == "dnummer" || g.r.IntN(2) == 0)
		p.cit = countryByCode(origin)
		p.showCitizenship = true
	}
	dob := p.dob
	var id string
	idType, status := "foedselsnummer", "bosatt"
	if kind == "dnummer" {
		id, idType, status = genDNumber(g.r, dob, p.female), "dNummer", pick(g.r, []string{"midlertidig", "ikkeBosatt", "inaktiv"})
	} else {
		id = genFNR(g.r, dob, p.female, [2]string{})
	}
	registered := dob
	if origin != "NO" {
		registered = g.t.AddDate(-g.r.IntN(10), -g.r.IntN(12), -g.r.IntN(28))
	}
	given, family := p.given, p.family
	if !w37LatinName(given + family) {
		given, family = strings.ToUpper(p.givenL), strings.ToUpper(p.familyL)
	}
	person := O("identifikasjonsnummer", A(g.w38NOElem(registered, "foedselsEllerDNummer", P(id), "identifikatortype", N(idType), "status", N("iBruk"))))
	if kind == "emigrant" {
		status = "utflyttet"
	}
	person.set("status", A(g.w38NOElem(registered, "status", N(status))))
	person.set("kjoenn", A(g.w38NOElem(registered, "kjoenn", P(map[bool]string{true: "kvinne", false: "mann"}[p.female]))))
	g.lab.BirthDate = dob.Format("2006-01-02")
	foedsel := g.w38NOElem(registered, "foedselsdato", P(dob.Format("2006-01-02")), "foedselsaar", P(fmt.Sprint(dob.Year())))
	kom := pick(g.r, w38NOKommuner)
	if origin == "NO" {
		foedsel.set("foedested", P(strings.ToUpper(kom.sted[:1])+strings.ToLower(kom.sted[1:])))
		foedsel.set("foedekommuneINorge", P(kom.nr))
		foedsel.set("foedeland", P("NOR"))
	} else {
		foedsel.set("foedested", P(pick(g.r, countryByCode(origin).cities)))
		foedsel.set("foedeland", P(w37ISO3[origin]))
	}
	person.set("foedsel", A(foedsel))
	if kind != "dnummer" || g.r.IntN(2) == 0 {
		person.set("identitetsgrunnlag", A(g.w38NOElem(registered, "status", N(pick(g.r, []string{"kontrollert", "ikkeKontrollert"})))))
	}
	navn := g.w38NOElem(registered, "fornavn", P(given), "etternavn", P(family))
	if origin == "NO" && g.r.IntN(3) == 0 {
		navn = g.w38NOElem(registered, "fornavn", P(given), "mellomnavn", P(pick(g.r, []string{"Berg", "Lund", "Strand", "Dahl"})), "etternavn", P(family))
	}
	person.set("navn", A(navn))

	// the address
	moved := g.t.AddDate(-g.r.IntN(8), -g.r.IntN(12), -g.r.IntN(28))
	if kind == "emigrant" {
		to := pick(g.r, []string{"SE", "DK", "ES", "US", "GB", "DE"})
		g.w37Move(to, g.r.IntN(2) == 0)
		person.set("utflyttingTilUtlandet", A(g.w38NOElem(moved, "tilflyttingsland", g.residence(w37ISO3[to]), "tilflyttingsstedIUtlandet", g.addr(p.city), "utflyttingsdato", P(moved.Format("2006-01-02")))))
		person.set("postadresseIUtlandet", A(g.w38NOElem(moved, "utenlandskAdresse", O("adressenavnNummer", g.addr(p.street), "postkode", g.addr(p.post), "byEllerStedsnavn", g.addr(p.city),
			"landkode", g.residence(w37ISO3[to])))))
	} else {
		g.lab.Residence = addCountry(g.lab.Residence, "NO")
		street, nr, letter := w38StreetNumber(pick(g.r, countryByCode("NO").streets))
		an := O("husnummer", P(fmt.Sprint(nr)), "husbokstav", Pif(letter))
		veg := O("kommunenummer", N(kom.nr), "bruksenhetsnummer", P(fmt.Sprintf("H0%d0%d", 1+g.r.IntN(5), 1+g.r.IntN(4))), "bruksenhetstype", N("bolig"),
			"adressenavn", P(street), "adressenummer", an, "adressekode", N(fmt.Sprint(10000+g.r.IntN(90000))),
			"poststed", O("poststedsnavn", P(kom.sted), "postnummer", P(pattern(g.r, kom.post))))
		elem := "bostedsadresse"
		if kind == "dnummer" {
			elem = "oppholdsadresse"
		}
		person.set(elem, A(g.w38NOElem(moved, "vegadresse", veg, "adresseIdentifikatorFraMatrikkelen", P(fmt.Sprint(100000000+g.r.IntN(900000000))), "flyttedato", P(moved.Format("2006-01-02")))))
	}
	// citizenship
	if p.showCitizenship || origin == "NO" {
		p.showCitizenship = true
		sb := A(g.w38NOElem(registered, "land", g.citizenship(w37ISO3[p.cit.code])))
		if origin != "NO" && kind == "settled" && g.r.IntN(4) == 0 {
			sb.arr = append(sb.arr, g.w38NOElem(g.t.AddDate(-1-g.r.IntN(4), 0, 0), "land", g.w37Cit("NO", "NOR")))
		}
		person.set("statsborgerskap", sb)
	}
	// immigrants: moving in, residence permit, foreign identifiers
	if origin != "NO" {
		person.set("innflyttingTilNorge", A(g.w38NOElem(registered, "fraflyttingsland", P(w37ISO3[origin]), "fraflyttingsstedIUtlandet", P(pick(g.r, countryByCode(origin).cities)))))
		if origin == "UA" || origin == "PH" || origin == "ET" || origin == "IN" || origin == "GB" {
			person.set("opphold", A(g.w38NOElem(registered, "oppholdFra", P(registered.Format("2006-01-02")), "oppholdstillatelse",
				P(pick(g.r, []string{"permanent", "midlertidig"})))))
		}
		if kind == "dnummer" || g.r.IntN(3) == 0 {
			person.set("utenlandskPersonidentifikasjon", A(g.w38NOElem(registered, "identifikasjonsnummer", P(pattern(g.r, "AA#######")),
				"utstederland", g.citizenship(w37ISO3[p.cit.code]))))
		}
	}
	// civil status and relations
	if kind != "child" {
		ss := pick(g.r, []string{"ugift", "gift", "gift", "skilt", "registrertPartner", "separert"})
		sv := g.w38NOElem(registered, "sivilstand", P(ss))
		if ss != "ugift" {
			sv.set("sivilstandsdato", P(g.t.AddDate(-g.r.IntN(20), -g.r.IntN(12), 0).Format("2006-01-02")))
			sp := g.w37Other(pick(g.r, []string{"NO", origin}))
			sv.set("relatertVedSivilstand", P(genFNR(g.r, sp.dob, !p.female, [2]string{})))
		}
		person.set("sivilstand", A(sv))
		if g.r.IntN(2) == 0 && g.w37AgeNow() > 22 {
			fr := A()
			for range 1 + g.r.IntN(3) {
				kd := g.t.AddDate(-g.r.IntN(18), -g.r.IntN(12), 0)
				fr.arr = append(fr.arr, g.w38NOElem(kd, "relatertPerson", P(genFNR(g.r, kd, g.r.IntN(2) == 0, [2]string{})), "relatertPersonsRolle", P("barn"),
					"minRolleForPerson", P(map[bool]string{true: "mor", false: "far"}[p.female])))
			}
			person.set("familierelasjon", fr)
		}
	} else {
		mor := genFNR(g.r, dob.AddDate(-25-g.r.IntN(15), 0, 0), true, [2]string{})
		far := genFNR(g.r, dob.AddDate(-25-g.r.IntN(15), 0, 0), false, [2]string{})
		person.set("sivilstand", A(g.w38NOElem(registered, "sivilstand", P("ugift"))))
		person.set("familierelasjon", A(g.w38NOElem(registered, "relatertPerson", P(mor), "relatertPersonsRolle", P("mor"), "minRolleForPerson", P("barn")),
			g.w38NOElem(registered, "relatertPerson", P(far), "relatertPersonsRolle", P("far"), "minRolleForPerson", P("barn"))))
		fa := A(g.w38NOElem(registered, "ansvar", P("felles"), "ansvarlig", P(mor)), g.w38NOElem(registered, "ansvar", P("felles"), "ansvarlig", P(far)))
		if g.r.IntN(4) == 0 {
			fa = A(g.w38NOElem(registered, "ansvar", P(pick(g.r, []string{"mor", "far"})), "ansvarlig", P(mor)))
		}
		person.set("foreldreansvar", fa)
	}

	parts := "?part=person-basis&part=relasjon-utvidet"
	if kind == "dnummer" || origin != "NO" {
		parts += "&part=identitetsgrunnlag-utvidet"
	}
	switch g.r.IntN(3) {
	case 0:
		return person
	case 1:
		return O("request", O("method", N("GET"), "url", P("https://folkeregisteret.api.skatteetaten.no/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/"+id+parts),
			"headers", O("Authorization", C("Bearer eyJraWQiOiJ"+g.b62(60)+"."+g.b62(120)+"."+g.b62(86)), "Korrelasjonsid", N(g.uuid()), "Accept", N("application/json"))),
			"response", O("status", N(200), "body", person))
	}
	// the financial sector's package
	return O("request", O("method", N("GET"), "url", P("https://folkeregisteret.api.skatteetaten.no/folkeregisteret/finans-og-begrenset/api/v1/personer/"+id+"?part=person-basis"),
		"headers", O("Authorization", C("Bearer eyJraWQiOiJ"+g.b62(60)+"."+g.b62(120)+"."+g.b62(86)), "Korrelasjonsid", N(g.uuid()))),
		"response", O("status", N(200), "headers", O("Content-Type", N("application/json")), "body", person))
}
