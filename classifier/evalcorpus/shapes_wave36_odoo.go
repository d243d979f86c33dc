package evalcorpus

import (
	"fmt"
	"strings"
)

// ------------------------------------------------------ Odoo JSON-RPC

// An Odoo call's JSON-RPC envelope (jsonrpc, method, id), service,
// database name, model, method, field names, domain operators, limits,
// the context's company ids, the result of a write, and the records'
// create and write dates, ranks, flags, company type, employee type,
// categories, companies, departments, states and the many-to-one ids are
// non-personal; so is a company's name. The caller's uid (a user's id),
// the partner's and employee's record ids, names and display names,
// title, job position, e-mails, phones, streets, city, zip, VAT,
// internal reference, HTML notes, a domain's searched value, the
// manager's and coach's names, the birthday, birth place and country of
// birth, identification, SSN, passport, visa and permit numbers, gender,
// marital status, spouse's name and birth date, children, emergency
// contact and phone, distance from home to work, studies, bank account
// and badge are personal. country_id and country_code of a partner and
// the employee's private_country_id are the residence, the employee's
// country_id (Nationality) the citizenship; lang and tz are weak
// evidence (Odoo's ar_001 names no country). Notes and Studio fields
// telling of allergies or conditions are sensitive (health), of prayer
// times or halal meals (religion); a union's branch and membership state
// are sensitive (trade_union). The password or API key in execute_kw's
// args, the session_id cookie and the employee's attendance PIN are
// credentials.

var w36ODCountries = []string{"BE", "BE", "FR", "DE", "CH", "ES", "IT", "NL", "PL", "RO", "GR", "TR", "MA", "EG", "SA", "AE", "IN", "ID", "VN", "TH", "JP", "CN", "HK",
	"KE", "NG", "GH", "CI", "CM", "MX", "CO", "PE", "CL", "AR", "BR", "CA", "US"}

// w36ODLang is the language code an Odoo database gives a contact of a
// locale: its own tag with an underscore, Arabic as ar_001, English in
// the Anglophone African countries.
func w36ODLang(p *person) string {
	switch {
	case strings.HasPrefix(p.locale, "ar"):
		return "ar_001"
	case p.c.code == "KE" || p.c.code == "NG" || p.c.code == "GH":
		return "en_US"
	case p.c.code == "CI" || p.c.code == "CM":
		return "fr_FR"
	case p.locale == "kk-KZ" || p.locale == "be-BY":
		return "ru_RU"
	}
	return w36Underscore(p.locale)
}

// w36ODNotes are the HTML notes a salesperson or club secretary keeps on
// a contact, by language, with their special category.
var w36ODNotes = map[string][]bioLine{
	"en": {{"health", "<p>Severe nut allergy – check catering before events.</p>"}, {"religion", "<p>No meetings on Friday noon (Jumu'ah); halal lunch please.</p>"}, {"", "<p>Met at the trade fair, interested in the annual plan.</p>"}, {"", "<p>Prefers WhatsApp over e-mail.</p>"}},
	"fr": {{"health", "<p>Allergique aux arachides – prévoir un menu adapté.</p>"}, {"", "<p>Rencontré au salon, rappeler en septembre.</p>"}},
	"nl": {{"health", "<p>Diabetes type 1, heeft insulinepen bij zich.</p>"}, {"", "<p>Belt liever na 17u.</p>"}},
	"de": {{"health", "<p>Rollstuhlfahrer – barrierefreien Zugang einplanen.</p>"}, {"religion", "<p>Koscheres Essen bei Veranstaltungen.</p>"}, {"", "<p>Kontakt über Messe, Angebot folgt.</p>"}},
	"es": {{"health", "<p>Celíaco, menú sin gluten.</p>"}, {"", "<p>Contactar por la tarde.</p>"}},
	"ar": {{"religion", "<p>لا مواعيد يوم الجمعة، يفضل وجبات حلال.</p>"}, {"", "<p>يفضل التواصل عبر واتساب.</p>"}},
	"tr": {{"religion", "<p>Ramazan boyunca öğle toplantısı yok.</p>"}, {"", "<p>Fuarda tanıştık.</p>"}},
	"ja": {{"health", "<p>そばアレルギーあり。懇親会の食事に注意。</p>"}, {"", "<p>展示会で名刺交換。</p>"}},
	"pt": {{"health", "<p>Alergia a frutos do mar.</p>"}, {"", "<p>Prefere contato por WhatsApp.</p>"}},
}

// w36ODCodes are the ISO codes in the order of Odoo's base countries,
// whose ids follow it.
const w36ODCodes = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW"

func odooJSONRPCPartner(g *gen) *node {
	cc := pick(g.r, w36ODCountries)
	g.w34Redraw(cc)
	kind := pick(g.r, []string{"crm", "crm", "hr", "hr", "club", "union"})
	switch kind {
	case "club":
		g.w34Age(6, 40)
	case "hr", "union":
		g.w34Age(19, 64)
	default:
		g.w34Age(22, 75)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	db := pick(g.r, []string{"acme-prod", "odoo-" + strings.ToLower(cc) + "-live", "mycompany", "club_erp", "prod-17"})
	uid := 2 + g.r.IntN(40)
	secret := C(pick(g.r, []string{g.hex(40), g.w35Password(), "admin"}))
	first, last := g.w34Names(g.r.IntN(3) == 0)
	name := g.w34Full(first, last)
	recID := 7 + g.r.IntN(90000)
	lang := w36ODLang(p)
	ctxLang := lang
	countryName := func() string {
		if strings.HasPrefix(ctxLang, "en") || ctxLang == "ar_001" || g.r.IntN(3) == 0 {
			return w35EnglishName(cc)
		}
		return w35Native(cc)
	}
	countryID := 1
	for i := 0; i+2 <= len(w36ODCodes); i += 2 {
		if w36ODCodes[i:i+2] == cc {
			countryID = 1 + i/2
		}
	}
	// create and write send a many-to-one as its id and a many-to-many as
	// commands; read and search_read return [id, display_name].
	method := pick(g.r, []string{"create", "write", "search_read", "search_read", "read"})
	asIDs := method == "create" || method == "write"
	form := g.r.IntN(4) // 0: the request, 1: the response, else both
	if asIDs && form == 1 {
		form = 0
	}
	if !asIDs && form == 0 {
		form = 1
	}
	m2o := func(id int, disp func() *node) *node {
		if asIDs {
			return N(id)
		}
		return A(N(id), disp())
	}
	locNode := func() *node {
		if !p.showLocale {
			return nil
		}
		return g.w35Loc(lang, lang)
	}

	var model string
	var vals, rec *node
	var fields []string
	switch kind {
	case "hr":
		model = "hr.employee"
		manager := g.w34Other(cc)
		spouse := g.w34Other(cc)
		em := g.w34Other(cc)
		vals = O("name", P(name), "job_title", P(pick(g.r, []string{"Sales Manager", "Développeur Python", "Buchhalterin", "Warehouse Operator", "Consultant fonctionnel", "経理担当", "Ingeniero de campo"})),
			"work_email", P(w34Clean(p.givenL)+"."+w34Clean(p.familyL)+"@"+pick(g.r, []string{"acme.example", "nordlicht.example", "sol-ing.example"})),
			"mobile_phone", g.phone(""), "work_phone", P(pattern(g.r, "+## # ### ## ##")))
		if g.r.IntN(3) == 0 {
			vals.set("coach_id", m2o(2+g.r.IntN(300), func() *node { return P(g.w34Full(manager.given, manager.family)) }))
		}
		if p.showResidence {
			vals.set("private_street", g.addr(p.street))
			vals.set("private_city", g.addr(p.city))
			vals.set("private_zip", g.addr(p.post))
			vals.set("private_country_id", m2o(countryID, func() *node { return g.residence(countryName()) }))
		}
		vals.set("private_email", P(p.email))
		if g.r.IntN(2) == 0 {
			vals.set("private_phone", P(pattern(g.r, "0### ## ## ##")))
		}
		if g.r.IntN(2) == 0 {
			vals.set("km_home_work", P(1+g.r.IntN(60)))
		}
		if p.showCitizenship {
			cn := w35EnglishName(p.cit.code)
			vals.set("country_id", m2o(1+g.r.IntN(250), func() *node { return g.citizenship(cn) }))
		}
		if p.idValue != "" {
			vals.set("identification_id", P(p.idValue))
		} else if g.r.IntN(2) == 0 {
			vals.set("identification_id", P(pattern(g.r, "########")))
		}
		if g.r.IntN(3) == 0 {
			vals.set("passport_id", P(strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2))+pattern(g.r, "#######")))
		}
		if g.r.IntN(4) == 0 {
			vals.set("ssnid", P(pattern(g.r, "##.##.##-###.##")))
		}
		vals.set("gender", P(g.w36Gender("male", "female")))
		vals.set("birthday", g.dob("2006-01-02"))
		if g.r.IntN(2) == 0 {
			vals.set("place_of_birth", P(pick(g.r, p.cit.cities)))
			vals.set("country_of_birth", m2o(1+g.r.IntN(250), func() *node { return P(w35EnglishName(p.cit.code)) }))
		}
		marital := pick(g.r, []string{"single", "married", "married", "cohabitant", "divorced"})
		vals.set("marital", P(marital))
		if marital == "married" || marital == "cohabitant" {
			vals.set("spouse_complete_name", P(g.w34Full(spouse.given, spouse.family)))
			if g.r.IntN(2) == 0 {
				vals.set("spouse_birthdate", P(spouse.dob.Format("2006-01-02")))
			}
			vals.set("children", P(g.r.IntN(4)))
		}
		vals.set("emergency_contact", P(g.w34Full(em.given, em.family)))
		vals.set("emergency_phone", P(g.w36OtherPhone(cc)))
		if g.r.IntN(2) == 0 {
			vals.set("certificate", P(pick(g.r, []string{"bachelor", "master", "graduate", "doctor"})))
			vals.set("study_field", P(pick(g.r, []string{"Computer Science", "Comptabilité", "Maschinenbau", "Administración de Empresas"})))
			vals.set("study_school", P(pick(g.r, []string{"KU Leuven", "Université de Lyon", "TU München", "Universidad de Chile", "IIT Bombay", "Cairo University"})))
		}
		if p.cit != p.c && g.r.IntN(2) == 0 {
			vals.set("visa_no", P(pattern(g.r, "V########")))
			vals.set("permit_no", P(pattern(g.r, "P-#######")))
		}
		if g.r.IntN(3) == 0 {
			vals.set("pin", C(pattern(g.r, "####")))
			vals.set("barcode", P(pattern(g.r, "041#########")))
		}
		vals.set("lang", locNode())
		if p.showLocale {
			vals.set("tz", g.tz(p.tz))
		}
		rec = O("id", P(recID), "display_name", P(name))
		for _, m := range vals.obj {
			rec.obj = append(rec.obj, m)
		}
		rec.set("department_id", m2o(1+g.r.IntN(30), func() *node {
			return N(pick(g.r, []string{"Sales", "Administration", "R&D", "Logistique", "Vertrieb"}))
		}))
		rec.set("parent_id", m2o(2+g.r.IntN(300), func() *node { return P(g.w34Full(manager.given, manager.family)) }))
		rec.set("company_id", m2o(1, func() *node {
			return N(pick(g.r, []string{"Acme SA", "Nordlicht GmbH", "Sol Ingeniería SpA", "Kibo Logistics Ltd"}))
		}))
		rec.set("employee_type", N("employee"))
		if g.r.IntN(2) == 0 {
			rec.set("bank_account_id", m2o(1+g.r.IntN(900), func() *node { return P(ibanFor(g.r, cc)) }))
		}
		rec.set("create_date", N(g.w36Ago(8000).UTC().Format("2006-01-02 15:04:05")))
		rec.set("write_date", N(g.t.UTC().Format("2006-01-02 15:04:05")))
	default:
		model = "res.partner"
		company := pick(g.r, []string{"Nordlicht GmbH", "Brasserie du Parc SPRL", "Kibo Logistics Ltd", "Sakura Trading 株式会社", "Inversiones Andinas S.A.C.", "Atlas Import SARL", "Delta Tekstil A.Ş."})
		vals = O("name", P(name), "is_company", N(false), "company_type", N("person"))
		if kind == "crm" && g.r.IntN(2) == 0 {
			vals.set("function", P(pick(g.r, []string{"Purchasing Manager", "Directeur général", "Einkaufsleiterin", "Gerente de compras", "CFO"})))
		}
		if g.r.IntN(2) == 0 {
			vals.set("title", m2o(1+g.r.IntN(5), func() *node {
				return P(pick(g.r, []string{g.w36Gender("Mister", "Madam"), g.w36Gender("Monsieur", "Madame"), "Doctor"}))
			}))
		}
		vals.set("email", P(p.email))
		vals.set("mobile", g.phone(""))
		if g.r.IntN(3) == 0 {
			vals.set("phone", P(pattern(g.r, "0# ### ## ##")))
		}
		if p.showResidence {
			vals.set("street", g.addr(p.street))
			if g.r.IntN(4) == 0 {
				vals.set("street2", P(pick(g.r, []string{"Bte 3", "2e étage", "Apt 12", "Piso 4"})))
			}
			vals.set("city", g.addr(p.city))
			vals.set("zip", g.addr(p.post))
			if p.region != "" {
				vals.set("state_id", m2o(1+g.r.IntN(600), func() *node { return g.addrN(p.region) }))
			}
			vals.set("country_id", m2o(countryID, func() *node { return g.residence(countryName()) }))
		}
		if kind == "crm" && p.idValue != "" && g.r.IntN(3) == 0 {
			vals.set("vat", P(p.idValue))
		}
		vals.set("lang", locNode())
		if p.showLocale && g.r.IntN(2) == 0 {
			vals.set("tz", g.tz(p.tz))
		}
		if asIDs {
			vals.set("category_id", A(A(N(6), N(0), A(N(1+g.r.IntN(20))))))
		} else {
			vals.set("category_id", A(N(1+g.r.IntN(20))))
		}
		if g.r.IntN(2) == 0 {
			l, ok := w36ODNotes[p.c.lang]
			if !ok || g.r.IntN(3) == 0 {
				l = w36ODNotes["en"]
			}
			note := pick(g.r, l)
			if note.cat != "" {
				vals.set("comment", S(note.text, note.cat))
			} else {
				vals.set("comment", P(note.text))
			}
		}
		switch kind {
		case "crm":
			vals.set("ref", P(fmt.Sprintf("C%05d", g.r.IntN(100000))))
			if g.r.IntN(2) == 0 {
				vals.set("x_studio_birthday", g.dob("2006-01-02"))
			}
			if g.r.IntN(4) == 0 {
				vals.set("x_studio_meal_preference", S(pick(g.r, []string{"Halal", "Kosher"}), "religion"))
			}
		case "club":
			vals.set("x_studio_date_of_birth", g.dob("2006-01-02"))
			vals.set("x_studio_licence_number", P(pattern(g.r, "########")))
			if p.minor {
				guardian := g.w34Other(cc)
				vals.set("x_studio_guardian_name", P(g.w34Full(guardian.given, p.family)))
				vals.set("x_studio_guardian_phone", P(g.w36OtherPhone(cc)))
				vals.set("x_studio_guardian_email", P(w35Mail(guardian, pick(g.r, []string{"gmail.com", guardian.c.domain}))))
			}
			if g.r.IntN(3) == 0 {
				vals.set("x_studio_medical_info", S(g.w36Health(), "health"))
			}
			vals.set("x_studio_section", N(pick(g.r, []string{"Football U12", "Natation", "Judo", "Basket U16", "Senior"})))
		case "union":
			vals.set("x_studio_branch", S(pick(g.r, []string{"Metallurgie Liège", "Section Enseignement", "Ortsgruppe Köln", "Sección Sanidad Madrid", "Transport Workers' Branch 4"}), "trade_union"))
			vals.set("x_studio_membership_number", P(pattern(g.r, "M-######")))
			vals.set("x_studio_employer", N(pick(g.r, []string{"Arcelor", "Stadtwerke", "Hospital General", "Metro Transit"})))
		}
		rec = O("id", P(recID), "display_name", P(name))
		if kind == "crm" && g.r.IntN(2) == 0 {
			rec.set("parent_id", m2o(1+g.r.IntN(5000), func() *node { return N(company) }))
			rec.set("display_name", P(company+", "+name))
		}
		for _, m := range vals.obj {
			rec.obj = append(rec.obj, m)
		}
		if kind == "union" {
			rec.set("membership_state", S(pick(g.r, []string{"paid", "invoiced", "waiting", "free"}), "trade_union"))
		}
		if p.showResidence && !asIDs && g.r.IntN(2) == 0 {
			rec.set("country_code", g.residence(cc))
		}
		rec.set("customer_rank", N(g.r.IntN(5)))
		rec.set("supplier_rank", N(0))
		rec.set("create_date", N(g.w36Ago(8000).UTC().Format("2006-01-02 15:04:05")))
		rec.set("write_date", N(g.t.UTC().Format("2006-01-02 15:04:05")))
	}
	for _, m := range rec.obj {
		fields = append(fields, m.key)
	}
	ctx := O()
	if p.showLocale {
		ctx.set("lang", g.w35Loc(ctxLang, ctxLang))
		ctx.set("tz", g.tz(p.tz))
	}
	if g.r.IntN(2) == 0 {
		ctx.set("allowed_company_ids", A(N(1)))
	}
	rpcID := N(g.r.IntN(1000000000))
	var posArgs []*node
	var kwargs *node
	var result *node
	switch method {
	case "create":
		if g.r.IntN(2) == 0 {
			posArgs = []*node{A(vals)}
			result = A(P(recID))
		} else {
			posArgs = []*node{vals}
			result = P(recID)
		}
		kwargs = O("context", ctx)
	case "write":
		posArgs = []*node{A(P(recID)), vals}
		kwargs = O("context", ctx)
		result = N(true)
	case "read":
		posArgs = []*node{A(P(recID))}
		fs := A()
		for _, f := range fields {
			fs.arr = append(fs.arr, N(f))
		}
		kwargs = O("fields", fs, "context", ctx)
		result = A(rec)
	default:
		dom := A(A(N("email"), N(pick(g.r, []string{"=", "=ilike"})), P(p.email)))
		if g.r.IntN(3) == 0 {
			dom = A(N("|"), A(N("name"), N("ilike"), P(last)), A(N("email"), N("=ilike"), P(p.email)))
		}
		posArgs = []*node{dom}
		fs := A()
		for _, f := range fields {
			fs.arr = append(fs.arr, N(f))
		}
		kwargs = O("fields", fs, "limit", N(pick(g.r, []int{1, 5, 80})), "context", ctx)
		result = A(rec)
	}
	var req, headers *node
	path := "/jsonrpc"
	if g.r.IntN(3) == 0 { // the web client's route, with the session cookie
		path = "/web/dataset/call_kw/" + model + "/" + method
		req = O("jsonrpc", N("2.0"), "method", N("call"), "params", O("model", N(model), "method", N(method), "args", A(posArgs...), "kwargs", kwargs), "id", rpcID)
		headers = O("Content-Type", N("application/json"), "Cookie", C("session_id="+g.hex(40)))
	} else {
		args := A(N(db), P(uid), secret, N(model), N(method), A(posArgs...))
		if g.r.IntN(4) != 0 {
			args.arr = append(args.arr, kwargs)
		}
		req = O("jsonrpc", N("2.0"), "method", N("call"), "params", O("service", N("object"), "method", N("execute_kw"), "args", args), "id", rpcID)
		headers = O("Content-Type", N("application/json"))
	}
	resp := O("jsonrpc", N("2.0"), "id", w35Same(rpcID), "result", result)
	host := "https://" + pick(g.r, []string{"erp.acme.example", strings.ToLower(cc) + "-company.odoo.com", "odoo.club.example"})
	switch form {
	case 0:
		return req
	case 1:
		return resp
	}
	return O("request", O("method", N("POST"), "url", N(host+path), "headers", headers, "body", req), "response", O("status", N(200), "body", resp), "duration_ms", N(20+g.r.IntN(800)))
}
