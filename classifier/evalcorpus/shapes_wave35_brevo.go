package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ----------------------------------------------------------------- Brevo

// A Brevo contact's blacklist flags, creation and change times, list ids
// and the API's envelope are non-personal, as are a webhook's id, event,
// campaign id and name, tag, dates and time stamps, list ids, sending IP
// (Brevo's server), message-id, template id, bounce reason and a link
// that names no one. The contact's id, e-mail, names, SMS, WhatsApp and
// landline numbers, title, address parts, birth date, customer number,
// purchases and age category are personal; a subject line that greets
// the contact by name too. The account's own attributes in its language
// are labelled by what they tell: a faith charity's denomination and a
// kosher or halal diet are sensitive (religion), a cooking school's
// allergies and a clinic's condition (health), a party's membership
// (political), a union's (trade_union). The country attribute is the
// residence; the phone numbers are weak evidence. The api-key header
// and the receiver's Authorization header are credentials.

var w35BRCountries = []string{"FR", "FR", "FR", "BE", "CH", "DE", "AT", "ES", "IT", "PT", "NL", "PL", "RO", "GR", "TR", "GB", "IE", "CA", "MA", "CI", "CM", "BR", "MX", "AR", "CO", "IN"}

// w35BRLang are the attribute names an account defines, by language:
// first, last, birth date, city, postcode, country, address, title.
var w35BRLang = map[string][8]string{
	"fr": {"PRENOM", "NOM", "DATE_NAISSANCE", "VILLE", "CODE_POSTAL", "PAYS", "ADRESSE", "CIVILITE"},
	"de": {"VORNAME", "NACHNAME", "GEBURTSDATUM", "ORT", "PLZ", "LAND", "STRASSE", "ANREDE"},
	"es": {"NOMBRE", "APELLIDOS", "FECHA_NACIMIENTO", "CIUDAD", "CODIGO_POSTAL", "PAIS", "DIRECCION", "TRATAMIENTO"},
	"it": {"NOME", "COGNOME", "DATA_DI_NASCITA", "CITTA", "CAP", "PAESE", "INDIRIZZO", "TITOLO"},
	"pt": {"NOME", "SOBRENOME", "DATA_NASCIMENTO", "CIDADE", "CEP", "PAIS", "ENDERECO", "TRATAMENTO"},
	"nl": {"VOORNAAM", "ACHTERNAAM", "GEBOORTEDATUM", "WOONPLAATS", "POSTCODE", "LAND", "ADRES", "AANHEF"},
	"pl": {"IMIE", "NAZWISKO", "DATA_URODZENIA", "MIASTO", "KOD_POCZTOWY", "KRAJ", "ADRES", "ZWROT"},
	"ro": {"PRENUME", "NUME", "DATA_NASTERII", "ORAS", "COD_POSTAL", "TARA", "ADRESA", "TITLU"},
	"el": {"ONOMA", "EPONYMO", "IMEROMINIA_GENNISIS", "POLI", "TK", "CHORA", "DIEFTHYNSI", "PROSFONISI"},
	"tr": {"AD", "SOYAD", "DOGUM_TARIHI", "SEHIR", "POSTA_KODU", "ULKE", "ADRES", "HITAP"},
	"en": {"FIRSTNAME", "LASTNAME", "BIRTHDAY", "CITY", "POSTCODE", "COUNTRY", "ADDRESS", "TITLE"},
}

var w35BRAccountLang = map[string]string{"FR": "fr", "BE": "fr", "CH": "fr", "CA": "fr", "MA": "fr", "CI": "fr", "CM": "fr", "DE": "de", "AT": "de", "ES": "es", "MX": "es", "AR": "es",
	"CO": "es", "IT": "it", "PT": "pt", "BR": "pt", "NL": "nl", "PL": "pl", "RO": "ro", "GR": "el", "TR": "tr", "GB": "en", "IE": "en", "IN": "en"}

// w35BRSpecial is what an organisation's own attribute tells, by kind
// and language: the attribute's name, its category and its values.
type w35BRSpecial struct {
	name, cat string
	vals      []string
}

var w35BRKinds = map[string]map[string]w35BRSpecial{
	"faith": {"fr": {"CONFESSION", "religion", []string{"Catholique", "Protestante", "Musulmane", "Juive", "Orthodoxe"}}, "de": {"KONFESSION", "religion", []string{"römisch-katholisch", "evangelisch", "muslimisch"}},
		"es": {"RELIGION", "religion", []string{"Católica", "Evangélica", "Testigo de Jehová"}}, "pt": {"RELIGIAO", "religion", []string{"Católica", "Evangélica", "Espírita"}},
		"it": {"RELIGIONE", "religion", []string{"Cattolica", "Valdese"}}, "pl": {"WYZNANIE", "religion", []string{"rzymskokatolickie", "prawosławne"}},
		"ro": {"RELIGIE", "religion", []string{"Ortodoxă", "Romano-catolică", "Penticostală"}}, "el": {"THRISKEVMA", "religion", []string{"Ορθόδοξη", "Καθολική"}},
		"tr": {"DIN", "religion", []string{"İslam", "Alevi", "Hristiyan"}}, "nl": {"GELOOF", "religion", []string{"Rooms-katholiek", "Protestants", "Islamitisch"}},
		"en": {"RELIGION", "religion", []string{"Catholic", "Anglican", "Muslim", "Sikh", "Hindu"}}},
	"cooking": {"fr": {"ALLERGIES", "health", []string{"Arachides", "Intolérance au gluten", "Maladie cœliaque", "Lactose", "Fruits à coque"}}, "de": {"ALLERGIEN", "health", []string{"Nüsse", "Laktoseintoleranz", "Zöliakie"}},
		"es": {"ALERGIAS", "health", []string{"Frutos secos", "Celiaquía", "Marisco"}}, "pt": {"ALERGIAS", "health", []string{"Glúten", "Amendoim", "Lactose"}},
		"it": {"ALLERGIE", "health", []string{"Celiachia", "Frutta a guscio"}}, "nl": {"ALLERGIEEN", "health", []string{"Noten", "Glutenintolerantie"}},
		"pl": {"ALERGIE", "health", []string{"Orzechy", "Celiakia"}}, "ro": {"ALERGII", "health", []string{"Arahide", "Gluten"}}, "el": {"ALLERGIES", "health", []string{"Ξηροί καρποί", "Γλουτένη"}},
		"tr": {"ALERJILER", "health", []string{"Fıstık", "Çölyak"}}, "en": {"ALLERGIES", "health", []string{"Peanuts", "Coeliac disease", "Shellfish", "Sesame"}}},
	"party": {"fr": {"ADHERENT", "political", []string{"Oui", "Sympathisant"}}, "de": {"MITGLIED", "political", []string{"ja", "Fördermitglied"}},
		"es": {"AFILIADO", "political", []string{"Sí", "Simpatizante"}}, "pt": {"FILIADO", "political", []string{"Sim"}}, "it": {"ISCRITTO", "political", []string{"Sì", "Simpatizzante"}},
		"en": {"MEMBER", "political", []string{"Yes", "Supporter"}}},
	"union": {"fr": {"SYNDIQUE", "trade_union", []string{"Oui", "Non"}}, "de": {"GEWERKSCHAFTSMITGLIED", "trade_union", []string{"ja"}},
		"es": {"AFILIADO_SINDICATO", "trade_union", []string{"Sí"}}, "it": {"ISCRITTO_SINDACATO", "trade_union", []string{"Sì"}}, "en": {"UNION_MEMBER", "trade_union", []string{"Yes"}}},
	"clinic": {"fr": {"PATHOLOGIE", "health", []string{"Diabète de type 2", "Hypertension", "Apnée du sommeil", "Lombalgie chronique"}}, "de": {"DIAGNOSE", "health", []string{"Diabetes Typ 2", "Bluthochdruck", "Rückenschmerzen"}},
		"es": {"PATOLOGIA", "health", []string{"Diabetes tipo 2", "Hipertensión", "Fibromialgia"}}, "pt": {"CONDICAO_SAUDE", "health", []string{"Diabetes", "Hipertensão"}},
		"en": {"CONDITION", "health", []string{"Type 2 diabetes", "Hypertension", "Sleep apnoea"}}},
}

var w35BROrgs = []string{"faith", "cooking", "party", "union", "clinic", "club", "shop", "shop"}

func brevoContactWebhook(g *gen) *node {
	cc := pick(g.r, w35BRCountries)
	g.w34Redraw(cc)
	org := pick(g.r, w35BROrgs)
	if org == "club" {
		g.w34Age(11, 17)
	} else {
		g.w34Age(18, 80)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	lang := w35BRAccountLang[cc]
	if cc == "BE" && g.r.IntN(2) == 0 {
		lang = "nl"
	} else if cc == "CH" && g.r.IntN(2) == 0 {
		lang = "de"
	}
	names := w35BRLang[lang]
	first, last := g.w34Names(g.r.IntN(3) == 0)
	fn, ln := "FIRSTNAME", "LASTNAME"
	if g.r.IntN(2) == 0 {
		fn, ln = names[0], names[1]
	}
	contactID := 1 + g.r.IntN(250000)
	lists := A()
	for range 1 + g.r.IntN(3) {
		lists.arr = append(lists.arr, N(2+g.r.IntN(60)))
	}
	mail := p.email
	if org == "club" && g.r.IntN(2) == 0 {
		parent := g.w34Other(cc)
		mail = w35Mail(parent, pick(g.r, []string{"gmail.com", parent.c.domain})) // a parent's address for the child
	}

	attrs := func() *node {
		a := O(fn, P(first), ln, P(last))
		if g.r.IntN(3) == 0 {
			a.set(names[7], P(pick(g.r, map[string][]string{"fr": {"M.", "Mme"}, "de": {"Herr", "Frau"}, "es": {"Sr.", "Sra."}, "it": {"Sig.", "Sig.ra"}, "pt": {"Sr.", "Sra."},
				"nl": {"Dhr.", "Mevr."}, "pl": {"Pan", "Pani"}, "ro": {"Dl.", "Dna."}, "el": {"Κος", "Κα"}, "tr": {"Bay", "Bayan"}, "en": {"Mr", "Ms", "Mx"}}[lang])))
		}
		if g.w35ShowPhone() {
			num := g.e164()
			if g.r.IntN(2) == 0 {
				num = num[1:]
			}
			a.set("SMS", g.phone(num))
			if g.r.IntN(3) == 0 {
				a.set("WHATSAPP", g.phone(g.e164()))
			}
		}
		if g.r.IntN(5) == 0 {
			a.set("LANDLINE_NUMBER", P(pattern(g.r, "0# ## ## ## ##")))
		}
		if g.r.IntN(2) == 0 || org == "club" {
			a.set(names[2], g.dob("2006-01-02"))
		}
		if g.r.IntN(2) == 0 {
			a.set(names[6], g.addr(p.street))
			a.set(names[4], g.addr(p.post))
			a.set(names[3], g.addr(p.city))
			if p.showResidence {
				g.lab.Residence = addCountry(g.lab.Residence, p.c.code) // an address in the country states it
			}
		}
		if g.r.IntN(2) == 0 {
			a.set(names[5], g.residence(pick(g.r, []string{w35Native(cc), cc, w35EnglishName(cc)})))
		}
		if k, ok := w35BRKinds[org]; ok {
			sp, ok := k[lang]
			if !ok {
				sp = k["en"]
			}
			a.set(sp.name, S(pick(g.r, sp.vals), sp.cat))
			if org == "cooking" && g.r.IntN(3) == 0 {
				diet := map[string][3]string{"fr": {"REGIME", "Halal", "Casher"}, "de": {"ERNAEHRUNG", "Halal", "Koscher"}, "en": {"DIET", "Halal", "Kosher"}}[lang]
				if diet[0] == "" {
					diet = [3]string{"DIET", "Halal", "Kosher"}
				}
				a.set(diet[0], S(diet[1+g.r.IntN(2)], "religion"))
			}
			if org == "party" || org == "union" {
				a.set(map[bool]string{true: "COTISATION", false: "DUES"}[lang == "fr"], P(fmt.Sprint(5+g.r.IntN(40))))
			}
		}
		switch org {
		case "club":
			a.set(map[bool]string{true: "CATEGORIE", false: "CATEGORY"}[lang == "fr"], P(fmt.Sprintf("U%d", g.w34AgeNow()+1)))
		case "shop":
			a.set("CLIENT_ID", P(fmt.Sprint(100000+g.r.IntN(900000))))
			a.set(map[bool]string{true: "TOTAL_ACHATS", false: "TOTAL_SPENT"}[lang == "fr"], P(float64(g.r.IntN(90000))/100))
		}
		a.set("OPT_IN", N(g.r.IntN(4) != 0))
		if g.r.IntN(2) == 0 {
			a.set("DOUBLE_OPT-IN", N(pick(g.r, []string{"Yes", "No"})))
		}
		return a
	}
	created := g.t.Add(-time.Duration(g.r.IntN(3000)) * time.Hour)
	apiKey := "xkeysib-" + g.hex(64) + "-" + g.b62(16)
	brevoTime := func(t time.Time) string {
		return t.In(time.FixedZone("CET", 3600)).Format("2006-01-02T15:04:05.000-07:00")
	}
	base := "https://api.brevo.com/v3"

	switch v := g.r.IntN(10); {
	case v < 3: // GET /contacts/{identifier}
		body := O("email", P(mail), "id", P(contactID), "emailBlacklisted", N(g.r.IntN(6) == 0), "smsBlacklisted", N(false), "createdAt", N(brevoTime(created)),
			"modifiedAt", N(brevoTime(g.t)), "attributes", attrs(), "listIds", lists, "statistics", O())
		if g.r.IntN(3) == 0 {
			body.set("listUnsubscribed", A(N(2+g.r.IntN(60))))
		}
		if g.r.IntN(2) == 0 {
			return body
		}
		return O("request", O("method", N("GET"), "url", P(base+"/contacts/"+w35Q(mail)), "headers", O("api-key", C(apiKey), "accept", N("application/json"))),
			"response", O("status", N(200), "body", body))
	case v < 5: // POST /contacts
		body := O("email", P(mail), "attributes", attrs(), "listIds", lists, "updateEnabled", N(g.r.IntN(2) == 0))
		if g.r.IntN(3) == 0 {
			body.set("emailBlacklisted", N(false))
		}
		return O("method", N("POST"), "url", N(base+"/contacts"), "headers", O("api-key", C(apiKey), "content-type", N("application/json")), "body", body,
			"response", O("status", N(201), "body", O("id", P(contactID))))
	}
	// a webhook
	ts := g.t.Unix()
	sent := g.t.Add(-time.Duration(g.r.IntN(72)) * time.Hour)
	local := time.FixedZone("CET", 3600)
	campaign := pick(g.r, []string{"Newsletter " + g.t.Format("01/2006"), "Bienvenue - série 1", "Spendenaufruf Ostern", "Convocatoria asamblea", "Promo printemps"})
	var hook *node
	switch ev := pick(g.r, []string{"unsubscribed", "list_addition", "delivered", "click", "opened", "contact_updated", "contact_deleted", "hard_bounce", "transactional"}); ev {
	case "list_addition":
		hook = O("id", N(100000+g.r.IntN(900000)), "email", P(mail), "key", N(g.b62(16)), "list_id", lists, "date", N(g.t.In(local).Format("2006-01-02 15:04:05")), "ts", N(ts), "event", N("list_addition"))
	case "contact_updated":
		changed := attrs()
		hook = O("id", N(100000+g.r.IntN(900000)), "email", P(mail), "event", N("contact_updated"), "key", N(g.b62(16)), "content", A(changed), "date", N(g.t.In(local).Format("2006-01-02 15:04:05")), "ts", N(ts))
	case "contact_deleted":
		hook = O("id", N(100000+g.r.IntN(900000)), "email", P(mail), "event", N("contact_deleted"), "key", N(g.b62(16)), "date", N(g.t.In(local).Format("2006-01-02 15:04:05")), "ts", N(ts))
	case "transactional":
		subj := N(pick(g.r, []string{"Confirmez votre inscription", "Bitte bestätigen Sie Ihre Anmeldung", "Your order confirmation"}))
		if g.r.IntN(2) == 0 {
			subj = P(pick(g.r, []string{"Bienvenue ", "Willkommen, ", "¡Hola ", "Welcome "}) + first + " !")
		}
		hook = O("event", N(pick(g.r, []string{"delivered", "request", "opened", "click"})), "email", P(mail), "id", N(100000+g.r.IntN(900000)), "date", N(g.t.In(local).Format("2006-01-02 15:04:05")),
			"ts", N(ts), "message-id", N("<"+g.t.Format("200601021504")+"."+g.hex(16)+"@smtp-relay.mailin.fr>"), "ts_event", N(ts), "subject", subj,
			"tag", N(pick(g.r, []string{"signup", "double-opt-in", "order"})), "sending_ip", N(fmt.Sprintf("185.41.28.%d", 1+g.r.IntN(254))), "ts_epoch", N(g.t.UnixMilli()), "template_id", N(1+g.r.IntN(80)))
	default:
		hook = O("id", N(100000+g.r.IntN(900000)), "camp_id", N(1+g.r.IntN(500)), "email", P(mail), "campaign name", N(campaign),
			"date_sent", N(sent.In(local).Format("2006-01-02 15:04:05")), "date_event", N(g.t.In(local).Format("2006-01-02 15:04:05")), "event", N(ev),
			"tag", N(pick(g.r, []string{"", "newsletter", "relance"})), "ts_sent", N(sent.Unix()), "ts_event", N(ts), "ts", N(ts))
		switch ev {
		case "unsubscribed":
			hook.set("list_id", lists)
			hook.set("sending_ip", N(fmt.Sprintf("185.107.232.%d", 1+g.r.IntN(254))))
		case "click":
			link := N("https://www." + pick(g.r, []string{"paroisse-saint-jean", "ecole-cuisine-lyon", "verein-sportfreunde", "sindicato-ejemplo"}) + ".example/" + pick(g.r, []string{"evenements", "inscription", "spenden"}))
			if g.r.IntN(4) == 0 {
				link = P("https://www.shop.example/account?email=" + w35Q(mail))
			}
			hook.set("URL", link)
		case "hard_bounce":
			hook.set("reason", N(pick(g.r, []string{"550 5.1.1 <unknown user>", "550 5.7.1 Mailbox unavailable"})))
		}
	}
	if g.r.IntN(2) == 0 {
		return hook
	}
	return O("received_at", g.w34Stamp(3*time.Second), "headers", O("Content-Type", N("application/json"), "User-Agent", N("Brevo/Webhook"),
		"Authorization", C("Bearer "+g.b62(32))), "body", hook, "path", N("/webhooks/"+strings.ToLower(pick(g.r, []string{"brevo", "sendinblue"}))))
}
