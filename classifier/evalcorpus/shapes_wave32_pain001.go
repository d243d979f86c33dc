package evalcorpus

import (
	"fmt"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// ------------------------------------------ ISO 20022 pain.001 in JSON

// w32PNCountry is a country's banking: its language of remittance
// texts, currency, BBAN pattern, banks, companies' legal form and
// health insurers.
type w32PNCountry struct {
	lang, ccy, bban string
	bics            []string
	form            string
	insurers        []string
	rate            float64 // of the currency to the euro
}

var w32PNCountries = map[string]w32PNCountry{
	"DE": {"de", "EUR", "##################", []string{"COBADEFFXXX", "DEUTDEFFXXX", "GENODEM1GLS", "INGDDEFFXXX"}, "GmbH", []string{"Techniker Krankenkasse", "Allianz Private Krankenversicherungs-AG", "Debeka Krankenversicherungsverein a.G."}, 1},
	"AT": {"de", "EUR", "################", []string{"BKAUATWWXXX", "RZBAATWWXXX", "GIBAATWWXXX"}, "GmbH", []string{"Oesterreichische Gesundheitskasse", "UNIQA Oesterreich Versicherungen AG"}, 1},
	"CH": {"de", "CHF", "#################", []string{"UBSWCHZH80A", "CRESCHZZ80A", "POFICHBEXXX"}, "AG", []string{"CSS Kranken-Versicherung AG", "Helsana Versicherungen AG"}, 0.95},
	"FR": {"fr", "EUR", "#######################", []string{"BNPAFRPPXXX", "SOGEFRPPXXX", "CRLYFRPPXXX", "AGRIFRPP882"}, "SAS", []string{"MGEN", "Harmonie Mutuelle", "AXA France Vie"}, 1},
	"BE": {"fr", "EUR", "############", []string{"GEBABEBB", "KREDBEBB", "BBRUBEBB"}, "SRL", []string{"Partenamut", "Helan Onafhankelijk Ziekenfonds"}, 1},
	"NL": {"nl", "EUR", "AAAA##########", []string{"INGBNL2A", "RABONL2U", "ABNANL2A"}, "B.V.", []string{"Zilveren Kruis Zorgverzekeringen N.V.", "CZ Zorgverzekeringen", "VGZ Zorgverzekeraar N.V."}, 1},
	"ES": {"es", "EUR", "####################", []string{"CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX"}, "S.L.", []string{"Sanitas S.A. de Seguros", "Segurcaixa Adeslas S.A.", "DKV Seguros y Reaseguros S.A.E."}, 1},
	"IT": {"it", "EUR", "A######################", []string{"UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX"}, "S.r.l.", []string{"UniSalute S.p.A.", "Generali Italia S.p.A."}, 1},
	"PT": {"pt", "EUR", "#####################", []string{"CGDIPTPL", "BCOMPTPL", "TOTAPTPL"}, "Lda.", []string{"Medis - Companhia Portuguesa de Seguros de Saude", "Multicare - Seguros de Saude"}, 1},
	"PL": {"pl", "PLN", "########################", []string{"PKOPPLPW", "BPKOPLPW", "INGBPLPW"}, "Sp. z o.o.", []string{"LUX MED Sp. z o.o.", "PZU Zdrowie S.A."}, 4.3},
	"CZ": {"cs", "CZK", "####################", []string{"KOMBCZPP", "GIBACZPX", "CEKOCZPP"}, "s.r.o.", []string{"Vseobecna zdravotni pojistovna"}, 25},
	"SE": {"sv", "SEK", "####################", []string{"ESSESESS", "HANDSESS", "SWEDSESS"}, "AB", []string{"Skandia", "Lansforsakringar"}, 11},
	"FI": {"fi", "EUR", "##############", []string{"NDEAFIHH", "OKOYFIHH", "DABAFIHH"}, "Oy", []string{"LahiTapiola", "Pohjola Vakuutus Oy"}, 1},
	"IE": {"en", "EUR", "AAAA##############", []string{"BOFIIE2D", "AIBKIE2D"}, "Ltd", []string{"Vhi Healthcare DAC", "Laya Healthcare Ltd"}, 1},
	"GB": {"en", "GBP", "AAAA##############", []string{"BARCGB22", "NWBKGB2L", "HBUKGB4B"}, "Ltd", []string{"Bupa Insurance Ltd", "AXA Health Ltd"}, 0.85},
	"EE": {"en", "EUR", "################", []string{"HABAEE2X", "EEUHEE2X"}, "OU", nil, 1},
	"LV": {"en", "EUR", "AAAA#############", []string{"HABALV22", "PARXLV22"}, "SIA", nil, 1},
	"LT": {"en", "EUR", "################", []string{"HABALT22", "CBVILT2X"}, "UAB", nil, 1},
	"GR": {"en", "EUR", "#######################", []string{"ETHNGRAA", "PIRBGRAA"}, "A.E.", nil, 1},
	"BG": {"en", "BGN", "AAAA##############", []string{"UNCRBGSF", "STSABGSF"}, "EOOD", nil, 1.96},
	"RO": {"en", "RON", "AAAA################", []string{"BTRLRO22", "RNCBROBU"}, "S.R.L.", nil, 5},
	"HU": {"en", "HUF", "########################", []string{"OTPVHUHB", "GIBAHUHB"}, "Kft.", nil, 390},
}

var w32PNCapital = map[string]string{"DE": "Berlin", "AT": "Wien", "CH": "Zuerich", "FR": "Paris", "BE": "Bruxelles", "NL": "Amsterdam", "ES": "Madrid", "IT": "Milano", "PT": "Lisboa",
	"PL": "Warszawa", "CZ": "Praha", "SE": "Stockholm", "FI": "Helsinki", "IE": "Dublin", "GB": "London", "EE": "Tallinn", "LV": "Riga", "LT": "Vilnius", "GR": "Athina", "BG": "Sofia", "RO": "Bucuresti", "HU": "Budapest"}

var w32PNCodes = []string{"DE", "DE", "DE", "AT", "CH", "FR", "FR", "BE", "NL", "NL", "ES", "ES", "IT", "IT", "PT", "PL", "CZ", "SE", "FI", "IE", "GB", "EE", "LV", "LT", "GR", "BG", "RO", "HU"}

// w32PNTexts are a language's remittance texts: salary ({m} month, {y}
// year, {v} personnel number), health reimbursements ({d} a date, {v} a
// member number), pilgrimage and plain refunds ({v} a booking).
type w32PNTexts struct {
	salary     string
	health     []string
	pilgrimage string
	refund     string
}

var w32PNLangs = map[string]w32PNTexts{
	"de": {"Gehalt {m}/{y} PersNr {v}", []string{"Erstattung Rechnung Psychotherapie vom {d} Vers.-Nr. {v}", "Erstattung Physiotherapie Kniegelenk Rechnung vom {d}", "Kostenerstattung Zahnersatz HKP {v}", "Erstattung Krankenhausaufenthalt Onkologie {d} Vers.-Nr. {v}"}, "Rueckerstattung Umrah-Reise Buchung {v}", "Rueckerstattung Storno Buchung {v}"},
	"fr": {"Salaire {m}/{y} matricule {v}", []string{"Remboursement consultation psychiatre du {d} adherent {v}", "Remboursement soins dentaires du {d}", "Remboursement seances de kinesitherapie {d} dossier {v}"}, "Remboursement pelerinage Lourdes reservation {v}", "Remboursement annulation reservation {v}"},
	"nl": {"Salaris {m}-{y} pers.nr {v}", []string{"Vergoeding declaratie fysiotherapie {d} relatienr {v}", "Vergoeding GGZ-behandeling {d}", "Vergoeding IVF-behandeling {d} polis {v}"}, "Terugbetaling bedevaart Lourdes boeking {v}", "Terugbetaling geannuleerde reis boeking {v}"},
	"es": {"Nomina {m}/{y} empleado {v}", []string{"Reembolso consulta psiquiatria {d} poliza {v}", "Reembolso sesiones de fisioterapia {d}", "Reembolso tratamiento de fertilidad {d} poliza {v}"}, "Devolucion peregrinacion Fatima reserva {v}", "Devolucion cancelacion reserva {v}"},
	"it": {"Stipendio {m}/{y} matr. {v}", []string{"Rimborso visita oncologica del {d} pratica {v}", "Rimborso fisioterapia {d}", "Rimborso psicoterapia {d} pratica {v}"}, "Rimborso pellegrinaggio Medjugorje prenotazione {v}", "Rimborso annullamento prenotazione {v}"},
	"pt": {"Vencimento {m}/{y} n. func. {v}", []string{"Reembolso consulta de psiquiatria {d} apolice {v}", "Reembolso fisioterapia {d}", "Reembolso consulta de oncologia {d} apolice {v}"}, "Reembolso peregrinacao Fatima reserva {v}", "Reembolso cancelamento reserva {v}"},
	"pl": {"Wynagrodzenie za {m}/{y} nr ewid. {v}", []string{"Zwrot kosztow leczenia psychiatrycznego {d} polisa {v}", "Zwrot kosztow rehabilitacji {d}", "Zwrot kosztow leczenia onkologicznego {d} polisa {v}"}, "Zwrot za pielgrzymke do Czestochowy rez. {v}", "Zwrot za anulowana rezerwacje {v}"},
	"sv": {"Lon {m} {y} anst.nr {v}", []string{"Ersattning psykoterapi {d} arende {v}", "Ersattning sjukgymnastik {d}"}, "Aterbetalning pilgrimsresa Mecka bokning {v}", "Aterbetalning avbokad resa {v}"},
	"fi": {"Palkka {m}/{y} hlonro {v}", []string{"Korvaus psykoterapia {d} asia {v}", "Korvaus fysioterapia {d}"}, "Palautus pyhiinvaellusmatka bokning {v}", "Palautus peruttu matka {v}"},
	"cs": {"Mzda {m}/{y} os. c. {v}", []string{"Uhrada za psychoterapii {d} pojistenec {v}", "Uhrada rehabilitace {d}"}, "Vraceni pouti do Lurd rez. {v}", "Vraceni zrusene rezervace {v}"},
	"en": {"Salary {m}/{y} emp no {v}", []string{"Reimbursement psychotherapy claim {d} member {v}", "Reimbursement physiotherapy {d}", "Reimbursement oncology consultation {d} member {v}", "Reimbursement IVF treatment {d}"}, "Refund Hajj package booking {v}", "Refund cancelled booking {v}"},
}

var w32PNStems = []string{"Nordwind Logistik", "Alpina Technik", "Meridian Systems", "Baltic Star", "Iberia Norte", "Kestrel Foods", "Lumen Print", "Vega Bau", "Atlas Pflege", "Orion Retail"}

// w32IBAN is an IBAN of cc with valid check digits.
func (g *gen) w32IBAN(cc, bbanPattern string) string {
	bban := pattern(g.r, bbanPattern)
	rem := 0
	for _, ch := range bban + cc + "00" {
		if ch >= '0' && ch <= '9' {
			rem = (rem*10 + int(ch-'0')) % 97
		} else {
			rem = (rem*100 + int(ch-'A'+10)) % 97
		}
	}
	return fmt.Sprintf("%s%02d%s", cc, 98-rem, bban)
}

// w32ISOPhone is a number in the ISO 20022 notation +CC-NSN.
func w32ISOPhone(e164 string) string {
	n, err := phonenumbers.Parse(e164, "")
	if err != nil {
		return e164
	}
	return fmt.Sprintf("+%d-%d", n.GetCountryCode(), n.GetNationalNumber())
}

func iso20022Pain001JSON(g *gen) *node {
	cc := pick(g.r, w32PNCodes)
	g.w32Redraw(cc)
	p := g.p
	bc := w32PNCountries[cc]
	lang := bc.lang
	if cc == "BE" && g.r.IntN(2) == 0 {
		lang = "nl"
	}
	T := w32PNLangs[lang]
	kind := pick(g.r, []string{"salary", "salary", "health", "health", "refund"})
	if kind == "health" && len(bc.insurers) == 0 {
		kind = "salary"
	}
	if kind == "salary" && g.r.IntN(7) == 0 {
		g.w32Age(16, 17) // an apprentice
	} else {
		g.w32Age(18, 80)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	xmltodict := g.r.IntN(2) == 0
	list := func(ns ...*node) *node {
		if xmltodict && len(ns) == 1 {
			return ns[0]
		}
		return A(ns...)
	}
	amt := func(cents int) *node {
		if xmltodict {
			return O("@Ccy", N(bc.ccy), "#text", N(w32Money(cents)))
		}
		return O("Ccy", N(bc.ccy), "value", N(w32Money(cents)))
	}
	debtor := pick(g.r, w32PNStems) + " " + bc.form
	purpose, ctgy := "SALA", "SALA"
	switch kind {
	case "health":
		debtor = pick(g.r, bc.insurers)
		purpose, ctgy = "MDCS", "SUPP"
	case "refund":
		debtor = map[string]string{"de": "Reisebuero ", "fr": "Voyages ", "nl": "Reisbureau ", "es": "Viajes ", "it": "Viaggi ", "pt": "Viagens ", "pl": "Biuro Podrozy ", "sv": "Resebyra ",
			"fi": "Matkatoimisto ", "cs": "Cestovni kancelar ", "en": "Travel "}[lang] + pick(g.r, []string{"Al-Safa", "Horizonte", "Bella Vista", "Sunway", "Nur"}) + " " + bc.form
		purpose, ctgy = "REFU", "SUPP"
	}
	month := g.t.Month()
	exec := g.t.AddDate(0, 0, 1+g.r.IntN(3))
	// remit is the remittance line for a creditor: personal for a
	// salary (it carries the personnel number), sensitive for a health
	// reimbursement or a pilgrimage refund.
	pilgrim := kind == "refund" && g.r.IntN(2) == 0
	remit := func() *node {
		v := pattern(g.r, "#####")
		d := g.t.AddDate(0, 0, -7-g.r.IntN(60)).Format("02.01.2006")
		switch kind {
		case "health":
			t := pick(g.r, T.health)
			return S(strings.NewReplacer("{d}", d, "{v}", pattern(g.r, "A########")).Replace(t), "health")
		case "refund":
			if pilgrim {
				return S(strings.ReplaceAll(T.pilgrimage, "{v}", v), "religion")
			}
			return N(strings.ReplaceAll(T.refund, "{v}", v))
		}
		return P(strings.NewReplacer("{m}", fmt.Sprintf("%02d", int(month)), "{y}", fmt.Sprint(g.t.Year()), "{v}", v).Replace(T.salary))
	}
	amount := func() int {
		base := map[string]int{"salary": 120000 + g.r.IntN(500000), "health": 2000 + g.r.IntN(90000), "refund": 30000 + g.r.IntN(370000)}[kind]
		return int(float64(base) * bc.rate)
	}
	purp := func() *node {
		if purpose == "MDCS" {
			return S(purpose, "health")
		}
		return N(purpose)
	}
	agent := func() *node { return O("FinInstnId", O("BICFI", N(pick(g.r, bc.bics)))) }
	e2e := func() string { return pick(g.r, []string{"E2E", "PAY", ""}) + pattern(g.r, "############") }

	bare := g.w32Snap() // for the status report, which names the creditor only
	// The subject's transfer.
	first, last := p.w32ASCIIName()
	if w32Latin(p.given+p.family) && g.r.IntN(2) == 0 {
		first, last = p.given, p.family
	}
	cdtr := O("Nm", P(first+" "+last))
	if c := g.residence(cc); c != nil {
		street, num := w32SplitStreet(p.street)
		addr := O("StrtNm", P(street))
		if num != "" {
			addr.set("BldgNb", P(num))
		}
		addr.set("PstCd", Pif(p.post))
		addr.set("TwnNm", P(p.city))
		addr.set("Ctry", c)
		if !w32Latin(p.street + p.city) {
			street2, _ := w32SplitStreet(p.street)
			addr = O("Ctry", c, "AdrLine", list(P(street2), P(strings.TrimSpace(p.post+" "+p.city))))
		}
		cdtr.set("PstlAdr", addr)
	}
	prvt := O()
	if p.minor || g.r.IntN(4) == 0 {
		city := pick(g.r, p.cit.cities)
		if w32Latin(city) {
			prvt.set("DtAndPlcOfBirth", O("BirthDt", g.dob("2006-01-02"), "CityOfBirth", P(city), "CtryOfBirth", P(p.cit.code)))
		}
	}
	if g.r.IntN(3) == 0 {
		var id, scheme string
		switch cc {
		case "DE":
			id, scheme = genIdNr(g.r, p.dob, p.female, [2]string{}), "TXID"
		case "IT":
			id, scheme = genCF(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL}), "TXID"
		case "ES":
			id, scheme = genDNI(g.r, p.dob, p.female, [2]string{}), "NIDN"
		case "FR":
			id, scheme = strings.ReplaceAll(genNIR(g.r, p.dob, p.female, [2]string{}), " ", ""), "SOSE"
		case "PL":
			id, scheme = genPESEL(g.r, p.dob, p.female, [2]string{}), "NIDN"
		case "GB":
			id, scheme = strings.ReplaceAll(genNINO(g.r, p.dob, p.female, [2]string{}), " ", ""), "SOSE"
		default:
			id, scheme = pattern(g.r, "AA#######"), "CCPT"
		}
		prvt.set("Othr", list(O("Id", P(id), "SchmeNm", O("Cd", N(scheme)))))
	}
	if len(prvt.obj) > 0 {
		cdtr.set("Id", O("PrvtId", prvt))
	}
	if g.r.IntN(3) == 0 {
		ct := O("EmailAdr", P(p.email))
		if ph := w31Maybe(g.r.IntN(2) == 0, func() *node { return g.phone(w32ISOPhone(p.phoneE164)) }); ph != nil {
			ct.set("MobNb", ph)
		}
		cdtr.set("CtctDtls", ct)
	}
	subjCents := amount()
	subjE2E := e2e()
	subjIBAN := g.w32IBAN(cc, bc.bban)
	subjRemit := remit()
	tx := func(cents int, e string, cd, iban, rmt *node) *node {
		t := O("PmtId", O("InstrId", N(pattern(g.r, "INSTR-#######")), "EndToEndId", N(e)))
		t.set("Amt", O("InstdAmt", amt(cents)))
		t.set("CdtrAgt", agent())
		t.set("Cdtr", cd)
		t.set("CdtrAcct", O("Id", O("IBAN", iban)))
		t.set("Purp", O("Cd", purp()))
		t.set("RmtInf", O("Ustrd", list(rmt)))
		return t
	}
	txs := []*node{tx(subjCents, subjE2E, cdtr, P(subjIBAN), subjRemit)}
	sum := subjCents
	for range g.r.IntN(4) {
		o := g.w32Other(cc)
		of, ol := o.w32ASCIIName()
		c := amount()
		sum += c
		txs = append(txs, tx(c, e2e(), O("Nm", P(of+" "+ol)), P(g.w32IBAN(cc, bc.bban)), remit()))
	}
	g.r.Shuffle(len(txs), func(i, j int) { txs[i], txs[j] = txs[j], txs[i] })
	msgID := strings.ToUpper(pick(g.r, []string{"PAYROLL-", "CLAIMS-", "PAY-", "REF-"})) + g.t.Format("20060102") + "-" + pattern(g.r, "####")
	pmtInfID := msgID + "-" + pattern(g.r, "##")
	created := g.t.Add(-time.Duration(g.r.IntN(3600)) * time.Second)
	pti := O("CtgyPurp", O("Cd", N(ctgy)))
	if bc.ccy == "EUR" {
		pti = O("SvcLvl", O("Cd", N("SEPA")), "CtgyPurp", O("Cd", N(ctgy)))
	}
	dbtrIBAN := g.w32IBAN(cc, bc.bban)
	pmt := O("PmtInfId", N(pmtInfID), "PmtMtd", N("TRF"), "BtchBookg", N("true"), "NbOfTxs", N(fmt.Sprint(len(txs))), "CtrlSum", N(w32Money(sum)),
		"PmtTpInf", pti, "ReqdExctnDt", O("Dt", N(exec.Format("2006-01-02"))),
		"Dbtr", O("Nm", N(debtor), "PstlAdr", O("Ctry", N(cc), "AdrLine", list(N(w32PNStreet(cc, g)), N(pattern(g.r, "#####")+" "+w32PNCapital[cc])))),
		"DbtrAcct", O("Id", O("IBAN", N(dbtrIBAN))), "DbtrAgt", agent(), "ChrgBr", N("SLEV"), "CdtTrfTxInf", list(txs...))
	grp := O("MsgId", N(msgID), "CreDtTm", N(created.Format("2006-01-02T15:04:05")), "NbOfTxs", N(fmt.Sprint(len(txs))), "CtrlSum", N(w32Money(sum)),
		"InitgPty", O("Nm", N(debtor), "Id", O("OrgId", O("Othr", list(O("Id", N(pattern(g.r, "#########")), "SchmeNm", O("Cd", N("TXID"))))))))
	initn := O("GrpHdr", grp, "PmtInf", list(pmt))
	var doc *node
	if xmltodict {
		doc = O("Document", O("@xmlns", N("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"), "@xmlns:xsi", N("http://www.w3.org/2001/XMLSchema-instance"), "CstmrCdtTrfInitn", initn))
	} else {
		doc = O("CstmrCdtTrfInitn", initn)
	}
	bank := strings.ToLower(pick(g.r, bc.bics)[:4])
	switch m := g.r.IntN(10); {
	case m < 3:
		return doc
	case m < 7:
		body := w32JSON(doc)
		jws := "eyJhbGciOiJQUzI1NiIsImtpZCI6IjIwMjYtMDEiLCJiNjQiOmZhbHNlLCJjcml0IjpbImI2NCJdfQ.." + g.chars(b64Set, 342)
		return O("request", O("method", N("POST"), "url", N("https://api."+bank+".example/corporate/payments/v2/pain.001"),
			"headers", O("Authorization", C("Bearer "+g.chars(b64Set, 64)), "Content-Type", N("application/json"), "Content-Length", N(fmt.Sprint(len(body))),
				"X-Request-ID", N(g.uuid()), "Idempotency-Key", N(msgID), "X-JWS-Signature", C(jws)), "body", doc),
			"response", O("status", N(202), "body", O("paymentInitiationId", N(g.uuid()), "status", N(pick(g.r, []string{"RCVD", "ACTC", "ACCP"})),
				"_links", O("status", O("href", N("/corporate/payments/v2/"+msgID+"/status")))), "durationMs", N(80+g.r.IntN(900))))
	}
	// The bank's status report on the batch: the subject's transfer
	// rejected (or accepted) with its original reference.
	g.w32Restore(bare)
	rejected := g.r.IntN(2) == 0
	txSts := O("StsId", N(g.hex(16)), "OrgnlInstrId", N(pattern(g.r, "INSTR-#######")), "OrgnlEndToEndId", N(subjE2E), "TxSts", N(map[bool]string{true: "RJCT", false: "ACCP"}[rejected]))
	if rejected {
		rsn := pick(g.r, [][2]string{{"AC04", "Closed account number"}, {"AC01", "Incorrect account number"}, {"BE04", "Missing creditor address"}, {"AM05", "Duplication"}})
		txSts.set("StsRsnInf", list(O("Rsn", O("Cd", N(rsn[0])), "AddtlInf", list(N(rsn[1])))))
	}
	cdtrName := P(first + " " + last)
	txSts.set("OrgnlTxRef", O("Amt", O("InstdAmt", amt(subjCents)), "ReqdExctnDt", O("Dt", N(exec.Format("2006-01-02"))),
		"RmtInf", O("Ustrd", list(w32Copy(subjRemit))), "Dbtr", O("Pty", O("Nm", N(debtor))), "DbtrAcct", O("Id", O("IBAN", N(dbtrIBAN))),
		"CdtrAgt", agent(), "Cdtr", O("Pty", O("Nm", cdtrName)), "CdtrAcct", O("Id", O("IBAN", P(subjIBAN)))))
	grpSts := "ACCP"
	if rejected {
		grpSts = "PART"
	}
	rpt := O("GrpHdr", O("MsgId", N(strings.ToUpper(bank)+pattern(g.r, "##########")), "CreDtTm", N(exec.Truncate(24*time.Hour).Add(6*time.Hour+time.Duration(g.r.IntN(3600))*time.Second).Format("2006-01-02T15:04:05")), "DbtrAgt", agent()),
		"OrgnlGrpInfAndSts", O("OrgnlMsgId", N(msgID), "OrgnlMsgNmId", N("pain.001.001.09"), "OrgnlNbOfTxs", N(fmt.Sprint(len(txs))), "OrgnlCtrlSum", N(w32Money(sum)), "GrpSts", N(grpSts)),
		"OrgnlPmtInfAndSts", list(O("OrgnlPmtInfId", N(pmtInfID), "TxInfAndSts", list(txSts))))
	if xmltodict {
		return O("Document", O("@xmlns", N("urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"), "CstmrPmtStsRpt", rpt))
	}
	return O("CstmrPmtStsRpt", rpt)
}

// w32Copy is a fresh leaf with the same value and label.
func w32Copy(n *node) *node {
	c := *n
	return &c
}

// w32PNStreet is a company's street in cc (Latin letters, as SEPA
// wants them).
func w32PNStreet(cc string, g *gen) string {
	if st := pick(g.r, countryByCode(cc).streets); w32Latin(st) {
		return st
	}
	return pick(g.r, []string{"Business Park 3", "Industrial Zone 12", "Office Centre 7"})
}
