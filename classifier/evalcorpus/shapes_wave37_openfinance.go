package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ Open Finance customers

// An open-banking response's links, meta (records, pages, request time),
// the interaction id, the consent id, the brand's name and company CNPJs,
// update times, the occupation code's system, currencies, the income's
// frequency and date, the patrimony's year, the relationship's start
// date and products, a procurator's type, the account's bank (COMPE)
// code, branch, type and subtype, a document's type and issuing body, a
// phone's or e-mail's type and main flag, a state (UF, county
// subdivision, Australian state), the OBIE party type, legal structure,
// role and ownership flag and the CDR customer type, purposes and
// preferences are non-personal. The customer's ids, civil and social
// names, birth date, marital status and its additional information, sex,
// CPF, passport and other documents with their numbers, check digits and
// dates, parents' names (filiation), the street address, district, town
// and its IBGE code, postal code and coordinates, phones (calling code,
// area code and number), e-mail addresses, occupation, informed income
// and patrimony, account numbers and check digits, procurators and legal
// representatives, employers, the OBIE party's and account's ids, names
// and address lines, the CDR person's names, prefix, occupation, phone
// and mailing name, and the customer's IP address in the FAPI header are
// personal. A postal address's country and country code are the
// residence; hasBrazilianNationality (true), other nationalities and a
// passport's country the citizenship; the phone number weak evidence.
// The bearer token is a credential.

var w37OFAbroad = []string{"PT", "PT", "US", "US", "JP", "IE", "GB", "DE", "ES", "IT", "AR", "CA", "AU", "FR", "NL", "CH"}

var w37OFForeign = []string{"AR", "PT", "CN", "JP", "US", "CO", "PE", "UY", "CL", "IT", "DE", "FR", "KR", "NG", "UA", "MX", "ES", "BD", "PH"}

var w37OFUK = []string{"GB", "GB", "GB", "GB", "GB", "PL", "RO", "IN", "PK", "NG", "IE", "IT", "ES", "PT", "BG", "LT", "HK", "GH", "ZA"}

var w37OFAU = []string{"AU", "AU", "AU", "AU", "AU", "IN", "CN", "VN", "PH", "NZ", "GB", "MY", "KR", "ZA", "HK"}

var w37OFBanks = [][3]string{{"Banco do Brasil", "001", "00000000000191"}, {"Itaú Unibanco", "341", "60701190000104"}, {"Bradesco", "237", "60746948000112"},
	{"Caixa Econômica Federal", "104", "00360305000104"}, {"Nubank", "260", "18236120000158"}, {"Banco Inter", "077", "00416968000101"}, {"Santander Brasil", "033", "90400888000142"}}

var w37OFDistricts = []string{"Vila Mariana", "Copacabana", "Centro", "Savassi", "Boa Viagem", "Moinhos de Vento", "Pinheiros", "Asa Sul", "Barra da Tijuca"}

var w37OFTowns = [][3]string{{"São Paulo", "SP", "3550308"}, {"Rio de Janeiro", "RJ", "3304557"}, {"Belo Horizonte", "MG", "3106200"}, {"Recife", "PE", "2611606"},
	{"Porto Alegre", "RS", "4314902"}, {"Brasília", "DF", "5300108"}, {"Curitiba", "PR", "4106902"}, {"Salvador", "BA", "2927408"}}

var w37OFOccupations = []string{"212405 - Analista de desenvolvimento de sistemas", "223505 - Enfermeiro", "231210 - Professor de nível médio no ensino fundamental",
	"521110 - Vendedor de comércio varejista", "782510 - Motorista de caminhão", "252210 - Contador", "411010 - Assistente administrativo", "Estudante", "Aposentado"}

func openFinanceCustomers(g *gen) *node {
	switch v := g.r.IntN(20); {
	case v < 3:
		return g.w37OBIEParty()
	case v < 6:
		return g.w37CDRCustomer()
	}
	// Open Finance Brasil: Brazilians at home and abroad, foreigners in Brazil
	mode := pick(g.r, []string{"home", "home", "home", "home", "abroad", "abroad", "foreign"})
	if mode == "foreign" {
		g.w37Redraw(pick(g.r, w37OFForeign))
	} else {
		g.w37Redraw("BR")
	}
	if g.r.IntN(12) == 0 {
		g.w37Age(12, 17) // an account for a minor, with a legal representative
	} else {
		g.w37Age(18, 85)
	}
	p := g.p
	br := w37Country("BR")
	cpf := strings.NewReplacer(".", "", "-", "").Replace(genCPF(g.r, p.dob, p.female, [2]string{}))
	switch mode {
	case "abroad":
		p.cit = br
		g.w37Move(pick(g.r, w37OFAbroad), g.r.IntN(2) == 0)
	case "foreign":
		g.w37Move("BR", g.r.IntN(3) == 0)
	}
	p.showCitizenship = true // the identification always states nationality
	second := ""
	if p.cit.code == "BR" && g.r.IntN(6) == 0 {
		second = pick(g.r, []string{"PT", "PT", "IT", "JP", "DE", "ES"})
	}
	bank := pick(g.r, w37OFBanks)
	first, last := g.w37Names(true)
	mother := g.w37Other(p.cit.code)
	civil := first + " " + last
	motherName := w37Title(mother.givenL) + " " + w37Title(mother.familyL)
	if w37LatinName(mother.given + mother.family) {
		motherName = mother.given + " " + mother.family
	}
	fatherGiven := w37Title(g.w37Other(p.cit.code).givenL)
	if p.cit.code == "BR" { // the register's filiation names a mother and a father
		motherName = pick(g.r, []string{"Maria", "Ana", "Fernanda", "Juliana", "Patrícia", "Cláudia", "Márcia", "Aparecida"}) + " " + mother.family
		fatherGiven = pick(g.r, []string{"José", "João", "Carlos", "Antônio", "Paulo", "Marcos", "Francisco", "Luiz"})
	}
	if p.cit.code == "BR" && g.r.IntN(2) == 0 { // the mother's surname before the father's
		civil = first + " " + mother.family + " " + last
	}
	upd := func() *node {
		return N(g.t.Add(-time.Duration(g.r.IntN(5000)) * time.Hour).UTC().Format("2006-01-02T15:04:05Z"))
	}
	base := "https://api." + w37Clean(bank[0]) + ".example/open-banking/customers/v2/personal/"
	envelope := func(path string, data *node) *node {
		return O("data", data, "links", O("self", N(base+path)), "meta", O("totalRecords", N(1), "totalPages", N(1), "requestDateTime", N(g.t.UTC().Format("2006-01-02T15:04:05Z"))))
	}

	var path string
	var body *node
	switch v := g.r.IntN(10); {
	case v < 6:
		path = "identifications"
		d := O("updateDateTime", upd(), "personalId", P(g.uuid()), "brandName", N(bank[0]), "civilName", P(civil))
		if g.r.IntN(15) == 0 {
			d.set("socialName", P(pick(g.r, []string{"Júlia", "Rafael", "Luana", "Gabriel", "Bianca"})+" "+last))
		}
		d.set("birthDate", g.dob("2006-01-02"))
		ms := "SOLTEIRO"
		if !p.minor {
			ms = pick(g.r, []string{"SOLTEIRO", "CASADO", "CASADO", "DIVORCIADO", "UNIAO_ESTAVEL", "VIUVO", "SEPARADO_JUDICIALMENTE", "OUTRO"})
		}
		d.set("maritalStatusCode", P(ms))
		if ms == "OUTRO" {
			d.set("maritalStatusAdditionalInfo", P(pick(g.r, []string{"Casado no exterior, não averbado", "Separado de fato"})))
		}
		d.set("sex", P(map[bool]string{true: "FEMININO", false: "MASCULINO"}[p.female]))
		cnpjs := A(N(bank[2]))
		if g.r.IntN(2) == 0 {
			cnpjs.arr = append(cnpjs.arr, N(strings.NewReplacer(".", "", "/", "", "-", "").Replace(cnpj(g.r))))
		}
		d.set("companiesCnpj", cnpjs)
		docs := O("cpfNumber", P(cpf))
		if mode != "home" || g.r.IntN(4) == 0 {
			docs.set("passport", O("number", P(map[bool]string{true: "F" + string(rune('A'+g.r.IntN(26))) + pattern(g.r, "######"), false: pattern(g.r, "A#######")}[p.cit.code == "BR"]),
				"country", g.citizenship(w37ISO3[p.cit.code]), "expirationDate", P(g.t.AddDate(1+g.r.IntN(8), g.r.IntN(12), 0).Format("2006-01-02")),
				"issueDate", P(g.t.AddDate(-g.r.IntN(9), -g.r.IntN(12), 0).Format("2006-01-02"))))
		}
		d.set("documents", docs)
		switch {
		case mode == "foreign" && p.cit.code != "BR":
			d.set("otherDocuments", A(O("type", N("RNE"), "typeAdditionalInfo", N("CRNM"), "number", P(pattern(g.r, "A######-#")), "checkDigit", P(pattern(g.r, "#")),
				"additionalInfo", N("DPF"), "expirationDate", P(g.t.AddDate(2+g.r.IntN(7), 0, 0).Format("2006-01-02")))))
		case !p.minor && g.r.IntN(2) == 0:
			d.set("otherDocuments", A(O("type", N("CNH"), "typeAdditionalInfo", N("NA"), "number", P(pattern(g.r, "##########")), "checkDigit", P(pattern(g.r, "#")),
				"additionalInfo", N("DETRAN/"+pick(g.r, w37OFTowns)[1]), "expirationDate", P(g.t.AddDate(1+g.r.IntN(9), g.r.IntN(12), 0).Format("2006-01-02")))))
		default:
			d.set("otherDocuments", A(O("type", N("RG"), "typeAdditionalInfo", N("NA"), "number", P(pattern(g.r, "##.###.###")), "checkDigit", P(pattern(g.r, "#")),
				"additionalInfo", N("SSP/"+pick(g.r, w37OFTowns)[1]))))
		}
		if p.cit.code == "BR" {
			d.set("hasBrazilianNationality", g.w37Cit("BR", true))
		} else {
			d.set("hasBrazilianNationality", P(false))
		}
		nat := A()
		if p.cit.code != "BR" {
			nat.arr = append(nat.arr, O("otherNationalitiesInfo", g.citizenship(w37ISO3[p.cit.code]),
				"documents", A(O("type", N(pick(g.r, []string{"PASSAPORTE", "NATIONAL ID", "SOCIAL SEC"})), "number", P(pattern(g.r, "#########")),
					"expirationDate", P(g.t.AddDate(2+g.r.IntN(8), 0, 0).Format("2006-01-02")), "issueDate", P(g.t.AddDate(-g.r.IntN(8), 0, 0).Format("2006-01-02")),
					"country", g.citizenship(w37English(p.cit.code)), "additionalInfo", N("NA")))))
		}
		if second != "" {
			nat.arr = append(nat.arr, O("otherNationalitiesInfo", g.w37Cit(second, w37ISO3[second]),
				"documents", A(O("type", N("PASSAPORTE"), "number", P(pattern(g.r, "AA#######")), "expirationDate", P(g.t.AddDate(1+g.r.IntN(9), 0, 0).Format("2006-01-02")),
					"issueDate", P(g.t.AddDate(-g.r.IntN(9), 0, 0).Format("2006-01-02")), "country", g.w37Cit(second, w37English(second))))))
		}
		if len(nat.arr) > 0 {
			d.set("nationality", nat)
		}
		fil := A(O("type", N("MAE"), "civilName", P(motherName), "socialName", N("NA")))
		if g.r.IntN(3) != 0 {
			fil.arr = append(fil.arr, O("type", N("PAI"), "civilName", P(fatherGiven+" "+last)))
		}
		d.set("filiation", fil)
		addrs := A()
		if p.showResidence {
			a := O("isMain", N(true), "address", g.addr(p.street))
			if g.r.IntN(2) == 0 {
				a.set("additionalInfo", P(pick(g.r, []string{"Apto 42", "Casa 2", "Bloco B, apto 1103", "Fundos", "3º andar"})))
			}
			if p.c.code == "BR" {
				town := pick(g.r, w37OFTowns)
				a.set("districtName", P(pick(g.r, w37OFDistricts)))
				a.set("townName", g.addr(town[0]))
				a.set("ibgeTownCode", P(town[2]))
				a.set("countrySubDivision", g.addrN(town[1]))
				a.set("postCode", g.addr(strings.ReplaceAll(p.post, "-", "")))
				a.set("country", g.residence("Brasil"))
			} else {
				a.set("townName", g.addr(p.city))
				a.set("countrySubDivision", N("NA"))
				a.set("postCode", g.addr(p.post))
				a.set("country", g.residence(w37English(p.c.code)))
			}
			a.set("countryCode", g.residence(w37ISO3[p.c.code]))
			if g.r.IntN(3) == 0 {
				a.set("geographicCoordinates", O("latitude", P(fmt.Sprintf("%.7f", -33+g.r.Float64()*30)), "longitude", P(fmt.Sprintf("%.7f", -70+g.r.Float64()*35))))
			}
			addrs.arr = append(addrs.arr, a)
		}
		phones := A()
		ccode, area, num := g.w37PhoneParts()
		if ph := g.phone(num); ph != nil {
			phones.arr = append(phones.arr, O("isMain", N(true), "type", N("MOVEL"), "countryCallingCode", P(ccode), "areaCode", P(area), "number", ph))
		}
		if p.c.code == "BR" && g.r.IntN(3) == 0 {
			phones.arr = append(phones.arr, O("isMain", N(len(phones.arr) == 0), "type", N("FIXO"), "additionalInfo", N("NA"), "countryCallingCode", P("55"),
				"areaCode", P(pick(g.r, []string{"11", "21", "31", "81", "51", "61"})), "number", P(pattern(g.r, "3#######")), "phoneExtension", P(pattern(g.r, "###"))))
		}
		d.set("contacts", O("postalAddresses", addrs, "phones", phones, "emails", A(O("isMain", N(true), "email", P(p.email)))))
		body = envelope(path, A(d))
	case v < 8:
		path = "qualifications"
		income := 1412 + g.r.IntN(30000)
		occ := pick(g.r, w37OFOccupations)
		if p.minor {
			occ, income = "Estudante", g.r.IntN(1500)
		}
		body = envelope(path, O("updateDateTime", upd(), "companyCnpj", N(bank[2]), "occupationCode", N(pick(g.r, []string{"RECEITA_FEDERAL", "CBO", "OUTRO"})),
			"occupationDescription", P(occ),
			"informedIncome", O("frequency", N(pick(g.r, []string{"MENSAL", "MENSAL", "ANUAL"})), "amount", O("amount", P(fmt.Sprintf("%d.%02d", income, g.r.IntN(100))), "currency", N("BRL")),
				"date", N(g.t.AddDate(0, -g.r.IntN(24), 0).Format("2006-01-02"))),
			"informedPatrimony", O("amount", O("amount", P(fmt.Sprintf("%d.00", 1000*g.r.IntN(900))), "currency", N("BRL")), "year", N(g.t.Year()-1-g.r.IntN(3)))))
	default:
		path = "financial-relations"
		d := O("updateDateTime", upd(), "startDate", N(g.t.AddDate(-g.r.IntN(20), -g.r.IntN(12), 0).UTC().Format("2006-01-02T15:04:05Z")),
			"productsServicesType", A(N("CONTA_DEPOSITO_A_VISTA"), N(pick(g.r, []string{"CARTAO_CREDITO", "CONTA_POUPANCA", "INVESTIMENTO", "SEGURO", "PREVIDENCIA", "OPERACAO_CREDITO"}))))
		procs := A()
		if p.minor || g.r.IntN(6) == 0 {
			rep := g.w37Other("BR")
			typ := "PROCURADOR"
			if p.minor {
				typ = "REPRESENTANTE_LEGAL"
			}
			procs.arr = append(procs.arr, O("type", N(typ), "cpfNumber", P(strings.NewReplacer(".", "", "-", "").Replace(genCPF(g.r, rep.dob, rep.female, [2]string{}))),
				"civilName", P(w37Title(rep.givenL)+" "+map[bool]string{true: last, false: w37Title(rep.familyL)}[p.minor]), "socialName", N("NA")))
		}
		d.set("procurators", procs)
		d.set("accounts", A(O("compeCode", N(bank[1]), "branchCode", N(pattern(g.r, "####")), "number", P(pattern(g.r, "########")), "checkDigit", P(pattern(g.r, "#")),
			"type", N(pick(g.r, []string{"CONTA_DEPOSITO_A_VISTA", "CONTA_POUPANCA", "CONTA_PAGAMENTO_PRE_PAGA"})), "subtype", N(pick(g.r, []string{"INDIVIDUAL", "INDIVIDUAL", "CONJUNTA_SIMPLES"})))))
		if !p.minor && g.r.IntN(2) == 0 {
			d.set("paychecksBankLink", A(O("employerName", P(pick(g.r, []string{"Prefeitura Municipal de Campinas", "Magazine Luiza S.A.", "Hospital Santa Casa", "Petrobras S.A."})),
				"employerCnpjCpf", P(strings.NewReplacer(".", "", "/", "", "-", "").Replace(cnpj(g.r))), "paymentDate", N(g.t.AddDate(0, 0, -g.r.IntN(30)).Format("2006-01-02")))))
		}
		body = envelope(path, d)
	}
	if g.r.IntN(2) == 0 {
		return body
	}
	hdr := O("Authorization", C("Bearer "+g.b62(24)+"."+g.b62(60)+"."+g.b62(43)), "x-fapi-interaction-id", N(g.uuid()),
		"x-fapi-auth-date", N(g.t.Add(-time.Duration(g.r.IntN(3600))*time.Second).UTC().Format(time.RFC1123)))
	if g.r.IntN(2) == 0 {
		hdr.set("x-fapi-customer-ip-address", P(p.ip))
	}
	return O("consentId", N("urn:"+w37Clean(bank[0])+":"+g.uuid()), "request", O("method", N("GET"), "url", N(base+path), "headers", hdr),
		"response", O("status", N(200), "body", body))
}

// w37OBIEParty is a UK Open Banking Read/Write API party (GET /party or
// /accounts/{AccountId}/party).
func (g *gen) w37OBIEParty() *node {
	o := pick(g.r, w37OFUK)
	g.w37Redraw(o)
	g.w37Age(18, 80)
	p := g.p
	if o != "GB" {
		g.w37Move("GB", g.r.IntN(3) == 0)
	}
	first, last := g.w37Names(true)
	partyID := fmt.Sprint(10000 + g.r.IntN(90000000))
	acct := fmt.Sprint(20000 + g.r.IntN(90000000))
	ccode, _, _ := g.w37PhoneParts()
	nsn := strings.TrimPrefix(strings.TrimPrefix(g.p.phoneE164, "+"), ccode)
	party := O("PartyId", P(partyID), "PartyNumber", P(fmt.Sprint(10000000+g.r.IntN(90000000))), "PartyType", N(pick(g.r, []string{"Sole", "Sole", "Joint"})),
		"Name", P(first+" "+last), "FullLegalName", P(strings.ToUpper(first+" "+last)), "LegalStructure", N("UK.OBIE.Individual"), "BeneficialOwnership", N(true),
		"AccountRole", N(pick(g.r, []string{"UK.OBIE.Principal", "UK.OBIE.SecondaryOwner"})), "EmailAddress", P(p.email))
	if ph := g.phone("+" + ccode + "-" + nsn); ph != nil {
		party.set("Mobile", ph)
	}
	if g.r.IntN(4) == 0 {
		party.set("Phone", P("+44-"+pattern(g.r, "20########")))
	}
	host := "https://ob." + pick(g.r, []string{"northbank", "thamesbs", "sterling-bank"}) + ".example/open-banking/v3.1/aisp"
	party.set("Relationships", O("Account", O("Related", P(host+"/accounts/"+acct), "Id", P(acct))))
	if p.showResidence {
		party.set("Address", A(O("AddressType", N("Residential"), "AddressLine", A(g.addr(p.street)), "PostCode", g.addr(p.post), "TownName", g.addr(p.city),
			"CountrySubDivision", g.addrN(p.region), "Country", g.residence("GB"))))
	}
	path := pick(g.r, []string{"/party", "/accounts/" + acct + "/party"})
	resp := O("Data", O("Party", party), "Links", O("Self", N(host+path)), "Meta", O("TotalPages", N(1)))
	if path != "/party" {
		resp.obj[1].val = O("Self", P(host+path))
	}
	if g.r.IntN(2) == 0 {
		return resp
	}
	return O("request", O("method", N("GET"), "url", map[bool]*node{true: N(host + path), false: P(host + path)}[path == "/party"],
		"headers", O("Authorization", C("Bearer "+g.b62(36)), "x-fapi-financial-id", N("0015800001041RE"+g.b62(3)), "x-fapi-interaction-id", N(g.uuid()))),
		"response", O("status", N(200), "body", resp))
}

// w37CDRCustomer is an Australian Consumer Data Right customer detail
// (GET /common/customer/detail).
func (g *gen) w37CDRCustomer() *node {
	o := pick(g.r, w37OFAU)
	g.w37Redraw(o)
	g.w37Age(18, 85)
	p := g.p
	if o != "AU" {
		g.w37Move("AU", g.r.IntN(4) == 0)
	}
	first, last := g.w37Names(true)
	person := O("lastUpdateTime", N(g.t.Add(-time.Duration(g.r.IntN(9000))*time.Hour).UTC().Format("2006-01-02T15:04:05Z")), "firstName", P(first), "lastName", P(last),
		"middleNames", A(), "prefix", P(pick(g.r, []string{"Mr", "Ms", "Mrs", "Dr", "Miss"})))
	if g.r.IntN(3) == 0 {
		person.set("middleNames", A(P(w37Title(g.w37Other(o).givenL))))
	}
	if g.r.IntN(2) == 0 {
		person.set("occupationCode", P(pick(g.r, []string{"261313", "254412", "221111", "351311", "621111", "233211"})))
		person.set("occupationCodeVersion", N("ANZSCO_1220.0_2013_V1.3"))
	}
	detail := g.r.IntN(4) != 0
	if detail {
		ccode, area, num := g.w37PhoneParts()
		phones := A()
		if ph := g.phone(g.p.phoneE164); ph != nil {
			ph2 := O("isPreferred", N(true), "purpose", N("MOBILE"), "countryCode", P("+"+ccode))
			if ccode != "61" {
				ph2.set("areaCode", P(area))
			}
			ph2.set("number", P(area+num))
			ph2.set("fullNumber", ph)
			phones.arr = append(phones.arr, ph2)
		}
		person.set("phoneNumbers", phones)
		person.set("emailAddresses", A(O("isPreferred", N(true), "purpose", N(pick(g.r, []string{"HOME", "WORK"})), "address", P(p.email))))
		addrs := A()
		if p.showResidence {
			addrs.arr = append(addrs.arr, O("addressUType", N("simple"), "simple", O("mailingName", P(strings.ToUpper(first+" "+last)), "addressLine1", g.addr(p.street),
				"postcode", g.addr(p.post), "city", g.addr(p.city), "state", g.addrN(p.region), "country", g.residence("AUS")), "purpose", N(pick(g.r, []string{"REGISTERED", "MAIL", "PHYSICAL"}))))
		}
		person.set("physicalAddresses", addrs)
	}
	path := map[bool]string{true: "/common/customer/detail", false: "/common/customer"}[detail]
	body := O("data", O("customerUType", N("person"), "person", person), "links", O("self", N("https://mtls.cdr."+pick(g.r, []string{"harbourbank", "southerncross-cu", "wattle-bank"})+".example/cds-au/v1"+path)), "meta", O())
	if g.r.IntN(2) == 0 {
		return body
	}
	hdr := O("Authorization", C("Bearer "+g.b62(40)), "x-v", N(pick(g.r, []string{"1", "2"})), "x-fapi-interaction-id", N(g.uuid()))
	if g.r.IntN(2) == 0 {
		hdr.set("x-fapi-customer-ip-address", P(p.ip))
	}
	return O("request", O("method", N("GET"), "path", N("/cds-au/v1"+path), "headers", hdr), "response", O("status", N(200), "body", body))
}
