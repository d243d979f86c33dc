package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave27Shapes are a twenty-seventh set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a transactional e-mail
// service, a doctors' booking marketplace, a business bank, a classifieds
// messenger and an advertising platform's lead forms: Mailchimp
// Transactional (Mandrill) webhooks, form POSTs of a URL-encoded
// mandrill_events JSON array (send, open, click, bounces, spam, unsub)
// signed with X-Mandrill-Signature, for recipients of many countries of
// clinics' reminders, parishes' and mosques' newsletters, unions, shops
// and banks, the opens with their IP, geolocation and user agent;
// Docplanner's integration API (ZnanyLekarz, Doctoralia, MioDottore,
// DoktorTakvimi) booking notifications (slot-booked, booking-canceled,
// booking-moved) with the patient's name, e-mail, phone, birth date,
// PESEL / DNI / CPF / codice fiscale / T.C. kimlik no / CURP, the
// doctor's service and the patient's comment, pulled or pushed, beside
// the clinic system's own patient record, for Poland, Spain, Brazil,
// Italy, Turkey and Mexico, children among the patients; Revolut
// Business webhooks (TransactionCreated, TransactionStateChanged) signed
// with Revolut-Signature, with the legs, counterparty, card holder and
// merchant, the counterparty fetched or created, beside the business's
// own record of the payee or employee, for the EU, the United Kingdom and
// the United States; Avito Messenger API v3 webhooks (text, image, link,
// location and call messages) with the chat fetched (the item, its
// users), for buyers in Russia who send their phones, addresses and
// stories in Russian; and TikTok Lead Generation (Instant Form) leads
// with their custom questions in the leads' languages (date of birth,
// city, pregnancy, clinic, insurance, Umrah, school grade), for leads in
// Indonesia, Vietnam, Thailand, the Philippines, Turkey, Saudi Arabia and
// Mexico, minors among them.
var wave27Shapes = []Shape{
	{Name: "mailchimp_transactional_webhook", Doc: "mailchimp.com/developer/transactional/docs/webhooks and /guides/track-respond-activity-webhooks (POST application/x-www-form-urlencoded with one field mandrill_events, a URL-encoded JSON array of up to 1000 events [{event send / deferral / hard_bounce / soft_bounce / open / click / spam / unsub / reject, _id, ts, msg{ts, _id, _version, subject, email, sender, tags[], metadata{}, state sent / bounced / soft-bounced / rejected / spam / unsub, subaccount, template, opens[{ts, ip, location \"City, CC\", ua}], clicks[{ts, url, ip, location, ua}], smtp_events[{ts, type, diag, source_ip, destination_ip, size}], resends[], bounce_description, bgtools_code, diag}, ip, location{country_short, country, region, city, postal_code, timezone, latitude, longitude}, user_agent, user_agent_parsed{type, ua_family, ua_name, ua_version, os_family, os_name, mobile}, url}]; an empty array when the webhook is added; X-Mandrill-Signature: base64 HMAC-SHA1 keyed with the webhook key of the URL followed by each POST key and value sorted), as a sender's backend logs them, for recipients of many countries", build: mailchimpTransactionalWebhook},
	{Name: "docplanner_booking", Doc: "integrations.docplanner.com/docs (Integrations API v3 on www.znanylekarz.pl / doctoralia.es / doctoralia.com.br / miodottore.it / doktortakvimi.com / doctoralia.com.mx: POST /oauth/v2/token grant_type=client_credentials scope=integration with Basic client credentials -> {access_token, expires_in, token_type, scope}; notifications pushed to the integrator's URL or pulled with GET /api/v3/integration/notifications: {name slot-booked / booking-canceled / booking-moved, data{facility{id, name}, doctor{id, name, surname}, address{id, name, city_name, post_code, street}, visit_booking{id, status booked / canceled, start_at, end_at, duration, booked_by, booked_at, canceled_by, canceled_at, patient{name, surname, email, phone, birth_date, nin, gender, is_returning}, address_service{id, name, price, is_price_from, service_id}, comment, new_start_at}}}; GET .../doctors/{id}?with=doctor.specializations), beside the clinic system's own patient record, for Poland, Spain, Brazil, Italy, Turkey and Mexico", build: docplannerBooking},
	{Name: "revolut_business_webhook", Doc: "developer.revolut.com/docs/business/webhooks-v-2 and /docs/business/business-api (webhook POST with Revolut-Request-Timestamp and Revolut-Signature v1=hex HMAC-SHA256 of v1.{timestamp}.{body} keyed with the signing secret: {event TransactionCreated, timestamp, data{id, type card_payment / transfer / refund / topup / fee, request_id, state pending / completed / declined / failed / reverted, reason_code, created_at, updated_at, completed_at, reference, merchant{name, city, category_code, country}, legs[{leg_id, account_id, counterparty{id, account_type revolut / external, account_id}, amount, fee, currency, bill_amount, bill_currency, description, balance}], card{card_number, first_name, last_name, phone}}} and {event TransactionStateChanged, timestamp, data{id, request_id, old_state, new_state}}; GET /api/1.0/counterparty/{id} and POST /api/1.0/counterparty {profile_type, individual_name{first_name, last_name}, company_name, bank_country, currency, iban, bic, account_no, sort_code, routing_number, address{street_line1, street_line2, region, postcode, city, country}} -> {id, name, phone, profile_type, country, state, created_at, updated_at, accounts[{id, name, bank_country, currency, type, account_no, iban, sort_code, routing_number, bic, recipient_charges}]} with Authorization: Bearer), beside the business's own record of the payee or employee, for the EU, the United Kingdom and the United States", build: revolutBusinessWebhook},
	{Name: "avito_messenger_webhook", Doc: "developers.avito.ru/api-catalog/messenger/documentation (POST /messenger/v3/webhook {url}; the webhook POST {id, version v3.0.0, timestamp, payload{type message, value{id, chat_id, chat_type u2i / u2u, user_id, author_id, created, type text / image / link / location / call / item / voice / system, content{text, image{sizes{}}, link{text, url, preview}, location{kind, lat, lon, text, title}, call{status, target_user_id}, voice{voice_id}}, item_id, published_at, read}}}; GET /messenger/v2/accounts/{user_id}/chats/{chat_id} -> {id, context{type item, value{id, title, price_string, status_id, url, user_id, images{count, main}, location{lat, lon, title}}}, created, updated, users[{id, name, public_user_profile{user_id, item_id, url, avatar{default, images}}}], last_message{id, author_id, content, created, direction, type}}; POST https://api.avito.ru/token client_credentials -> {access_token, expires_in, token_type}), as a seller's CRM logs them, for buyers in Russia", build: avitoMessengerWebhook},
	{Name: "tiktok_lead_gen_webhook", Doc: "business-api.tiktok.com/portal/docs (Lead Generation / Instant Form: lead webhooks and GET /open_api/v1.3/page/lead/... with the Access-Token header -> {code, message, request_id, data{lead_id, advertiser_id, page_id / form_id, form_name, ad_id, ad_name, adgroup_id, campaign_id, campaign_name, create_time, fields[{field_name, field_value}] with the standard questions (name, phone number, email, gender, city, date of birth) and the advertiser's custom questions}}), as an advertiser's CRM connector logs them, for leads in Indonesia, Vietnam, Thailand, the Philippines, Turkey, Saudi Arabia and Mexico", build: tiktokLeadGenWebhook},
}

// ------------------------------------------------------------ helpers

// w27Name is a name as its owner writes it and in the Latin spelling
// forms and e-mail addresses take (lower case).
type w27Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w27Item is a good or service (price in the currency's usual unit) and
// the special category it tells of whoever buys, books or asks for it.
type w27Item struct {
	name  string
	price int
	cat   string
}

// w27Leaves lists the leaves of n.
func w27Leaves(n *node) []*node {
	var out []*node
	var walk func(*node)
	walk = func(n *node) {
		switch n.kind {
		case nodeObj:
			for _, m := range n.obj {
				walk(m.val)
			}
		case nodeArr:
			for _, c := range n.arr {
				walk(c)
			}
		default:
			out = append(out, n)
		}
	}
	walk(n)
	return out
}

// w27Raw is text that holds the given leaves (a body, a form, a JSON
// string inside JSON): labelled by the most telling of them. A credential
// makes the whole text one, as it leaks with it; else a special category;
// else personal; else not personal.
func w27Raw(text string, leaves []*node) *node {
	best := Leaf{Kind: NonPersonal}
	for _, l := range leaves {
		switch l.leaf.Kind {
		case Credential:
			return leafOf(text, l.leaf)
		case Sensitive:
			if best.Kind != Sensitive {
				best = l.leaf
			}
		case Personal:
			if best.Kind == NonPersonal {
				best = l.leaf
			}
		}
	}
	return leafOf(text, best)
}

// w27JSON is n's JSON text, as producers that nest a document in a
// string send it.
func w27JSON(n *node) *node { return w27Raw(string(render(n, &Label{})), w27Leaves(n)) }

// w27Form is the fields as an application/x-www-form-urlencoded body.
func w27Form(keys []string, vals []*node) *node {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = url.QueryEscape(k) + "=" + url.QueryEscape(vals[i].raw)
	}
	return w27Raw(strings.Join(parts, "&"), vals)
}

// w27Text is the name of a good, service or place: it tells nothing of
// the person unless it is of a special category.
func w27Text(text, cat string) *node {
	if cat == "" {
		return N(text)
	}
	return S(text, cat)
}

// w27About is text a person wrote or that is about them: personal, or
// of a special category.
func w27About(text, cat string) *node {
	if cat == "" {
		return P(text)
	}
	return S(text, cat)
}

// w27Special picks one of the items: a special one about one time in
// odds, a plain one otherwise.
func (g *gen) w27Special(items []w27Item, odds int) w27Item {
	var plain, special []w27Item
	for _, it := range items {
		if it.cat == "" {
			plain = append(plain, it)
		} else {
			special = append(special, it)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(odds) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w27Note picks a line the same way, a special one about one time in
// odds.
func (g *gen) w27Note(notes []bioLine, odds int) bioLine {
	var plain, special []bioLine
	for _, n := range notes {
		if n.cat == "" {
			plain = append(plain, n)
		} else {
			special = append(special, n)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(odds) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w27Title writes each word of s with a capital first letter.
func w27Title(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// w27Clean keeps the ASCII letters and digits of s, in lower case.
func w27Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w27Redraw makes the subject someone living in country cc.
func (g *gen) w27Redraw(cc string) {
	if c := countryByCode(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w27Age makes the subject lo to hi years old at event time, with the
// national identifier their new birth date gives.
func (g *gen) w27Age(lo, hi int) {
	p := g.p
	age := lo + g.r.IntN(hi-lo+1)
	p.dob = g.t.AddDate(-age, 0, -g.r.IntN(365)).Truncate(24 * time.Hour)
	p.minor = age < 18
	if p.idScheme != "" {
		ig, ok := idGens[p.idScheme]
		if !ok {
			ig = moreIDGens[p.idScheme]
		}
		p.idValue = ig.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
}

// w27Email is an address people derive from their Latin name.
func (g *gen) w27Email(givenL, familyL string, domains []string) string {
	fam := strings.Fields(familyL)
	f := ""
	if len(fam) > 0 {
		f = w27Clean(fam[0])
	}
	local := w27Clean(givenL) + pick(g.r, []string{".", "_", "", "."}) + f
	switch g.r.IntN(4) {
	case 0:
		local += fmt.Sprint(g.r.IntN(100))
	case 1:
		local += fmt.Sprint(g.p.dob.Year() % 100)
	}
	return local + "@" + pick(g.r, domains)
}

// w27SetName gives the subject the name n and an address derived from it.
func (g *gen) w27SetName(n w27Name, domains []string) {
	p := g.p
	p.given, p.family, p.givenL, p.familyL, p.female = n.given, n.family, n.givenL, n.familyL, n.female
	p.email = g.w27Email(n.givenL, n.familyL, domains)
	gl, fl := w27Clean(n.givenL), w27Clean(n.familyL)
	p.username = gl[:min(len(gl), 5)] + fl[:min(len(fl), 3)] + fmt.Sprint(10+g.r.IntN(990))
}

// w27SetPhone gives the subject a mobile number of country cc.
func (g *gen) w27SetPhone(cc string) {
	e, nat := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, nat
	p.phone = phoneNotation(g.r, e, nat)
}

// w27NSN is the national significant number of the subject's phone.
func (g *gen) w27NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w27HMAC is the HMAC-SHA256 of msg keyed with key.
func w27HMAC(key, msg string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w27HMAC1 is the HMAC-SHA1 of msg keyed with key.
func w27HMAC1(key, msg string) []byte {
	m := hmac.New(sha1.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w27Near is a point within about ten kilometres of the capital of cc,
// rounded as producers write coordinates.
func (g *gen) w27Near(cc string, digits int) (float64, float64) {
	c := capital[cc]
	lat := c[0] + (g.r.Float64()-0.5)*0.2
	lon := c[1] + (g.r.Float64()-0.5)*0.2
	f := 1.0
	for range digits {
		f *= 10
	}
	return float64(int64(lat*f)) / f, float64(int64(lon*f)) / f
}

// w27Offset is zone tz's offset from UTC at t, in hours.
func w27Offset(tz string, t time.Time) float64 {
	z := zoneOffsets[tz]
	m := t.Month()
	if z.dst == 'N' && m >= time.April && m <= time.October || z.dst == 'S' && (m >= time.October || m <= time.March) {
		return z.hours + 1
	}
	return z.hours
}

// w27Latin says whether every letter of s is of the Latin script.
func w27Latin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// w27Stamp is a time as the receiving backend logs it.
func (g *gen) w27Stamp(after time.Duration) *node {
	return N(g.t.Add(after).UTC().Format(time.RFC3339Nano))
}

// w27OtherName is someone else of country c: a given and a family name
// in the country's script, with their Latin spelling.
func (g *gen) w27OtherName(c *country) w27Name {
	gv, gl := split(pick(g.r, c.given))
	fv, fl := split(pick(g.r, c.family))
	return w27Name{gv, fv, gl, fl, g.r.IntN(2) == 0}
}

// w27Full writes the name as its country writes it.
func w27Full(c *country, n w27Name) string {
	switch {
	case c.noSpace && c.familyFirst:
		return n.family + n.given
	case c.familyFirst:
		return n.family + " " + n.given
	}
	return n.given + " " + n.family
}

// ------------------------------------------------- Mailchimp Transactional

// w27MCSender is an account sending through Mandrill: its address, the
// subaccount and templates, and the subjects of its mails, each with the
// special category it tells of whoever receives it ({name} is the
// recipient's given name).
type w27MCSender struct {
	name, from, sub string
	meta            string // the metadata key of the recipient's id
	subjects        []bioLine
	tags            []bioLine
	links           []bioLine
}

var w27MCSenders = map[string][]w27MCSender{
	"en": {
		{"Harbor Fertility Center", "reminders@harborfertility.example", "harbor-fertility", "patient_id",
			[]bioLine{{"health", "Reminder: your egg retrieval is scheduled for tomorrow at 7:30 AM"}, {"health", "{name}, your IVF medication protocol has been updated"}, {"health", "Your bloodwork results (estradiol, progesterone) are ready in the portal"}, {"", "Your statement from Harbor Fertility Center"}},
			[]bioLine{{"health", "ivf-cycle-reminder"}, {"", "transactional"}, {"health", "lab-results"}},
			[]bioLine{{"health", "https://portal.harborfertility.example/cycle/medications"}, {"", "https://portal.harborfertility.example/billing"}}},
		{"St. Brigid's Parish", "office@stbrigidsparish.example", "", "member_id",
			[]bioLine{{"religion", "This Sunday at St. Brigid's: Mass times and First Communion rehearsal"}, {"religion", "{name}, thank you for your Lenten offering"}, {"religion", "Your 2025 giving statement from St. Brigid's Parish"}},
			[]bioLine{{"religion", "parish-bulletin"}, {"religion", "giving-statement"}},
			[]bioLine{{"religion", "https://stbrigidsparish.example/mass-times"}, {"religion", "https://stbrigidsparish.example/give"}}},
		{"Mindful Path Therapy", "no-reply@mindfulpath.example", "mindfulpath", "client_id",
			[]bioLine{{"health", "Reminder: your therapy session with Dr. Okafor on Thursday"}, {"health", "{name}, please complete your PHQ-9 check-in before your next session"}},
			[]bioLine{{"health", "session-reminder"}, {"health", "intake-forms"}},
			[]bioLine{{"health", "https://mindfulpath.example/portal/questionnaires/phq9"}, {"", "https://mindfulpath.example/portal/appointments"}}},
		{"Northwind Outfitters", "orders@northwind.example", "", "customer_id",
			[]bioLine{{"", "Your order #NW-48213 has shipped"}, {"", "{name}, your password reset link"}, {"", "Your receipt from Northwind Outfitters"}},
			[]bioLine{{"", "order-shipped"}, {"", "password-reset"}, {"", "receipt"}},
			[]bioLine{{"", "https://northwind.example/orders/track"}, {"", "https://northwind.example/account"}}},
		{"Unite the Union", "membership@unite.example", "", "member_no",
			[]bioLine{{"trade_union", "{name}, your union membership card is on its way"}, {"trade_union", "Ballot: vote on the 2026 pay offer"}},
			[]bioLine{{"trade_union", "membership"}, {"trade_union", "ballot"}},
			[]bioLine{{"trade_union", "https://unite.example/ballot/pay-offer-2026"}}},
	},
	"de": {
		{"Praxis Dr. med. Keller", "termine@praxis-keller.example", "praxis-keller", "patient_id",
			[]bioLine{{"health", "Terminerinnerung: Ihre Psychotherapie-Sitzung am Dienstag"}, {"health", "{name}, Ihr Befund der Schilddrüsen-Sonographie liegt vor"}, {"", "Ihre Rechnung von Praxis Dr. med. Keller"}},
			[]bioLine{{"health", "terminerinnerung"}, {"health", "befund"}},
			[]bioLine{{"health", "https://praxis-keller.example/befunde"}, {"", "https://praxis-keller.example/termine"}}},
		{"Evangelische Kirchengemeinde Lindenthal", "gemeindebuero@ekg-lindenthal.example", "", "mitglied_id",
			[]bioLine{{"religion", "Gemeindebrief März: Konfirmation und Gottesdienste"}, {"religion", "{name}, Ihre Zuwendungsbestätigung für Kirchgeld 2025"}},
			[]bioLine{{"religion", "gemeindebrief"}},
			[]bioLine{{"religion", "https://ekg-lindenthal.example/gottesdienste"}}},
		{"Bergschuh Versand", "bestellung@bergschuh.example", "", "kunden_nr",
			[]bioLine{{"", "Ihre Bestellung 40021877 wurde versandt"}, {"", "{name}, bitte bestätigen Sie Ihre E-Mail-Adresse"}},
			[]bioLine{{"", "versand"}, {"", "double-opt-in"}},
			[]bioLine{{"", "https://bergschuh.example/sendungsverfolgung"}}},
	},
	"es": {
		{"Clínica Dental Sonrisa", "citas@clinicasonrisa.example", "sonrisa", "paciente_id",
			[]bioLine{{"health", "Recordatorio: su cita de implantología el jueves a las 17:00"}, {"health", "{name}, su presupuesto de ortodoncia invisible"}},
			[]bioLine{{"health", "recordatorio-cita"}},
			[]bioLine{{"health", "https://clinicasonrisa.example/mi-tratamiento"}}},
		{"Parroquia San Ginés", "secretaria@parroquiasangines.example", "", "feligres_id",
			[]bioLine{{"religion", "Horario de misas de Semana Santa"}, {"religion", "{name}, inscripción confirmada en la catequesis de confirmación"}},
			[]bioLine{{"religion", "hoja-parroquial"}},
			[]bioLine{{"religion", "https://parroquiasangines.example/misas"}}},
		{"Mercado Verde", "pedidos@mercadoverde.example", "", "cliente_id",
			[]bioLine{{"", "Tu pedido MV-77120 está en camino"}, {"", "{name}, tu factura de marzo"}},
			[]bioLine{{"", "pedido-enviado"}},
			[]bioLine{{"", "https://mercadoverde.example/pedidos"}}},
	},
	"pt": {
		{"Laboratório Vida", "resultados@labvida.example", "labvida", "paciente_id",
			[]bioLine{{"health", "{name}, seu resultado de exame de HIV e sífilis está disponível"}, {"health", "Lembrete: coleta de glicemia em jejum amanhã às 7h"}},
			[]bioLine{{"health", "resultado-exame"}},
			[]bioLine{{"health", "https://labvida.example/resultados"}}},
		{"Igreja Batista Central", "secretaria@ibcentral.example", "", "membro_id",
			[]bioLine{{"religion", "Culto de domingo e escala do ministério de louvor"}, {"religion", "{name}, seu recibo de dízimo de fevereiro"}},
			[]bioLine{{"religion", "boletim"}},
			[]bioLine{{"religion", "https://ibcentral.example/dizimos"}}},
		{"Loja Tropical", "pedidos@lojatropical.example", "", "cliente_id",
			[]bioLine{{"", "Seu pedido #LT-30551 foi enviado"}, {"", "{name}, confirme seu cadastro"}},
			[]bioLine{{"", "pedido"}},
			[]bioLine{{"", "https://lojatropical.example/rastreio"}}},
	},
	"fr": {
		{"Centre Médical Voltaire", "rdv@cm-voltaire.example", "cm-voltaire", "patient_id",
			[]bioLine{{"health", "Rappel : votre consultation de gynécologie demain à 10h15"}, {"health", "{name}, vos résultats de bilan sanguin sont disponibles"}},
			[]bioLine{{"health", "rappel-rdv"}},
			[]bioLine{{"health", "https://cm-voltaire.example/resultats"}}},
		{"Mosquée de Lyon - Association Culturelle", "contact@mosquee-lyon.example", "", "adherent_id",
			[]bioLine{{"religion", "Horaires des prières et iftar collectif du Ramadan"}, {"religion", "{name}, reçu fiscal pour votre zakat"}},
			[]bioLine{{"religion", "newsletter-ramadan"}},
			[]bioLine{{"religion", "https://mosquee-lyon.example/ramadan"}}},
	},
	"ru": {
		{"Клиника «Здоровье»", "zapis@clinic-zdorovie.example", "zdorovie", "patient_id",
			[]bioLine{{"health", "Напоминание: приём у эндокринолога завтра в 9:30"}, {"health", "{name}, результаты анализа на ВИЧ готовы"}},
			[]bioLine{{"health", "napominanie"}},
			[]bioLine{{"health", "https://clinic-zdorovie.example/lk/analizy"}}},
		{"Интернет-магазин «Полка»", "order@polka-shop.example", "", "client_id",
			[]bioLine{{"", "Ваш заказ № 58812 передан в доставку"}, {"", "{name}, подтвердите e-mail"}},
			[]bioLine{{"", "order-status"}},
			[]bioLine{{"", "https://polka-shop.example/orders"}}},
	},
	"ja": {
		{"さくらレディースクリニック", "info@sakura-ladies.example", "sakura-ladies", "patient_no",
			[]bioLine{{"health", "【ご予約確認】妊婦健診 3月12日 10:00"}, {"health", "{name}様 不妊治療説明会のご案内"}},
			[]bioLine{{"health", "yoyaku"}},
			[]bioLine{{"health", "https://sakura-ladies.example/mypage"}}},
		{"ミドリ書店", "shop@midori-books.example", "", "member_no",
			[]bioLine{{"", "ご注文の商品を発送しました"}, {"", "{name}様 会員登録ありがとうございます"}},
			[]bioLine{{"", "order"}},
			[]bioLine{{"", "https://midori-books.example/orders"}}},
	},
	"tr": {
		{"Özel Şifa Hastanesi", "randevu@sifahastanesi.example", "sifa", "hasta_no",
			[]bioLine{{"health", "Randevu hatırlatma: Kardiyoloji polikliniği yarın 14:00"}, {"health", "{name}, tahlil sonuçlarınız e-Nabız'a yüklendi"}},
			[]bioLine{{"health", "randevu"}},
			[]bioLine{{"health", "https://sifahastanesi.example/sonuclar"}}},
		{"Kitapsepeti", "siparis@kitapsepeti.example", "", "musteri_no",
			[]bioLine{{"", "Siparişiniz kargoya verildi"}, {"", "{name}, şifre sıfırlama bağlantınız"}},
			[]bioLine{{"", "kargo"}},
			[]bioLine{{"", "https://kitapsepeti.example/siparislerim"}}},
	},
	"pl": {
		{"Centrum Medyczne Zdrowie", "rejestracja@cmzdrowie.example", "cmzdrowie", "pacjent_id",
			[]bioLine{{"health", "Przypomnienie: wizyta u psychiatry w piątek o 16:00"}, {"health", "{name}, Twoja e-recepta jest gotowa"}},
			[]bioLine{{"health", "przypomnienie"}},
			[]bioLine{{"health", "https://cmzdrowie.example/wyniki"}}},
		{"Parafia św. Anny", "kancelaria@parafia-anna.example", "", "parafianin_id",
			[]bioLine{{"religion", "Ogłoszenia parafialne: rekolekcje wielkopostne"}, {"religion", "{name}, zapisy na bierzmowanie potwierdzone"}},
			[]bioLine{{"religion", "ogloszenia"}},
			[]bioLine{{"religion", "https://parafia-anna.example/rekolekcje"}}},
	},
}

var w27MCUAs = []struct{ ua, family, os, short string }{
	{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", "Mobile Safari", "iOS", "iOS/Mobile Safari"},
	{"Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36", "Chrome Mobile", "Android", "Android/Chrome Mobile"},
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36", "Chrome", "Windows", "Windows/Chrome"},
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0", "Firefox", "Windows", "Windows/Firefox"},
	{"Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)", "Firefox", "Windows", "Windows/Firefox"},
}

func mailchimpTransactionalWebhook(g *gen) *node {
	p := g.p
	lang := p.c.lang
	senders, ok := w27MCSenders[lang]
	if !ok || g.r.IntN(5) == 0 {
		senders = w27MCSenders["en"]
	}
	snd := pick(g.r, senders)
	hookURL := "https://" + pick(g.r, []string{"api", "hooks", "app"}) + "." + strings.SplitN(snd.from, "@", 2)[1] + pick(g.r, []string{"/webhooks/mandrill", "/mandrill/events", "/api/email/events"})
	key := g.b62(22)
	if g.r.IntN(25) == 0 {
		// The test ping Mandrill sends when the webhook is added: an
		// empty batch.
		sig := C(base64.StdEncoding.EncodeToString(w27HMAC1(key, hookURL+"mandrill_events[]")))
		return O("received_at", g.w27Stamp(time.Duration(300+g.r.IntN(4000))*time.Millisecond), "method", N("POST"), "url", N(hookURL),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded"), "User-Agent", N("Mandrill-Webhook/1.0"), "X-Mandrill-Signature", sig),
			"body", N("mandrill_events=%5B%5D"))
	}
	// The e-mail address is the recipient's own, or (for a shop) the one
	// they signed up with.
	email := p.email
	first := p.given
	if g.r.IntN(3) == 0 {
		first = w27Title(p.givenL)
	}
	subj := g.w27Note(snd.subjects, 2)
	subjText := strings.ReplaceAll(subj.text, "{name}", first)
	subjNode := func() *node {
		switch {
		case subj.cat != "":
			return S(subjText, subj.cat)
		case strings.Contains(subj.text, "{name}"):
			return P(subjText)
		}
		return N(subjText)
	}
	tag := g.w27Note(snd.tags, 2)
	if subj.cat == "" {
		tag = g.w27Note(snd.tags, 1000)
	}
	link := g.w27Note(snd.links, 2)
	msgID := g.hex(32)
	sent := g.t.Add(-time.Duration(60+g.r.IntN(3*86400)) * time.Second)
	recipID := fmt.Sprint(10000 + g.r.IntN(9000000))
	uaPick := pick(g.r, w27MCUAs)
	evType := pick(g.r, []string{"send", "send", "open", "open", "open", "click", "click", "hard_bounce", "soft_bounce", "spam", "unsub", "deferral"})
	// Where the recipient opened the mail, as Mandrill's geolocation of
	// the IP writes it.
	geo := func() *node {
		if !p.showResidence {
			return N(nil)
		}
		lat, lon := g.w27Near(p.c.code, 4)
		// The geolocation database names places in English: a city in
		// another script is left empty.
		region, city := N(""), N("")
		if w27Latin(p.city) {
			region, city = g.addrN(p.region), g.addr(p.city)
			if !w27Latin(p.region) {
				region = N("")
			}
		}
		loc := O(
			"country_short", g.residence(p.c.code),
			"country", g.residence(g.english()),
			"region", region,
			"city", city,
			"postal_code", g.addr(p.post),
		)
		if off, _ := g.utcOffset(); p.showLocale {
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			loc.set("timezone", g.tzNum(fmt.Sprintf("%s%02d:%02d", sign, int(off), int(off*60)%60)))
		}
		loc.set("latitude", P(lat))
		loc.set("longitude", P(lon))
		return loc
	}
	shortLoc := func() *node {
		if !p.showResidence {
			return nil
		}
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
		if !w27Latin(p.city) {
			return N(g.english())
		}
		return P(p.city + ", " + p.c.code)
	}
	msg := func(state string) *node {
		meta := O()
		if g.r.IntN(4) != 0 {
			meta.set(snd.meta, P(recipID))
		}
		if g.r.IntN(3) == 0 {
			meta.set("website", N(strings.SplitN(snd.from, "@", 2)[1]))
		}
		// What the sender's app passes along for its own reports.
		if p.showLocale && g.r.IntN(3) == 0 {
			meta.set("locale", g.locale(p.locale))
		}
		if p.showResidence && g.r.IntN(4) == 0 {
			meta.set("country", g.residence(p.c.code))
		}
		m := O("ts", N(sent.Unix()), "subject", subjNode(), "email", P(email), "sender", N(snd.from),
			"tags", A(w27Text(tag.text, tag.cat)), "opens", A(), "clicks", A(), "state", N(state), "metadata", meta)
		if snd.sub != "" {
			m.set("subaccount", N(snd.sub))
		}
		if g.r.IntN(2) == 0 {
			m.set("template", w27Text(tag.text, tag.cat))
		}
		m.set("_id", N(msgID))
		m.set("_version", N(g.b62(22)))
		return m
	}
	var state string
	switch evType {
	case "hard_bounce":
		state = "bounced"
	case "soft_bounce":
		state = "soft-bounced"
	default:
		state = "sent"
	}
	m := msg(state)
	ev := O("event", N(evType), "_id", N(msgID), "msg", m, "ts", N(g.t.Unix()))
	domain := strings.SplitN(email, "@", 2)[1]
	smtp := func(typ, diag string) *node {
		return O("ts", N(sent.Add(time.Duration(1+g.r.IntN(20))*time.Second).Unix()), "type", N(typ), "diag", N(diag),
			"source_ip", N(fmt.Sprintf("198.2.%d.%d", 128+g.r.IntN(60), 1+g.r.IntN(250))),
			"destination_ip", N(fmt.Sprintf("%d.%d.%d.%d", 64+g.r.IntN(150), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(250))),
			"size", N(8000+g.r.IntN(60000)))
	}
	switch evType {
	case "send":
		if g.r.IntN(2) == 0 {
			m.set("smtp_events", A(smtp("sent", "250 2.0.0 OK  "+fmt.Sprint(g.t.Unix())+" "+g.b62(12)+" - gsmtp")))
		}
		m.set("resends", A())
	case "deferral":
		m.set("smtp_events", A(smtp("deferred", "451 4.7.1 Greylisting in action, please come back later")))
	case "hard_bounce":
		m.set("bounce_description", N(pick(g.r, []string{"bad_mailbox", "invalid_domain"})))
		m.set("bgtools_code", N(10))
		m.set("diag", P("smtp;550 5.1.1 <"+email+">: Recipient address rejected: User unknown in virtual mailbox table"))
	case "soft_bounce":
		m.set("bounce_description", N("mailbox_full"))
		m.set("bgtools_code", N(22))
		m.set("diag", N("smtp;552 5.2.2 Mailbox full ("+domain+")"))
	case "open", "click":
		open := O("ts", N(g.t.Add(-time.Duration(g.r.IntN(3600))*time.Second).Unix()), "ip", P(p.ip), "location", shortLoc(), "ua", N(uaPick.short))
		m.set("opens", A(open))
		if evType == "click" {
			m.set("clicks", A(O("ts", N(g.t.Unix()), "url", w27Text(link.text, link.cat), "ip", P(p.ip), "location", shortLoc(), "ua", N(uaPick.short))))
		}
		ev.set("ip", P(p.ip))
		ev.set("location", geo())
		ev.set("user_agent", N(uaPick.ua))
		ev.set("user_agent_parsed", O("type", N("Browser"), "ua_family", N(uaPick.family), "ua_name", N(uaPick.family),
			"os_family", N(uaPick.os), "os_name", N(uaPick.os), "mobile", N(uaPick.os == "iOS" || uaPick.os == "Android")))
		if evType == "click" {
			ev.set("url", w27Text(link.text, link.cat))
		}
	case "unsub", "spam":
		if g.r.IntN(2) == 0 {
			ev.set("ip", P(p.ip))
		}
	}
	events := []*node{ev}
	// The batch may carry the sends of the same mailing to other
	// recipients.
	if g.r.IntN(4) == 0 {
		oc := countryByCode(pick(g.r, []string{"US", "GB", "DE", "FR", "ES", "BR", "JP", "IN", "PL", "TR"}))
		on := g.w27OtherName(oc)
		oEmail := g.w27Email(on.givenL, on.familyL, []string{"gmail.com", "outlook.com", oc.domain})
		otherSubj := N(strings.ReplaceAll(subj.text, "{name}", on.given))
		switch {
		case subj.cat != "":
			otherSubj = S(otherSubj.raw, subj.cat)
		case strings.Contains(subj.text, "{name}"):
			otherSubj = P(otherSubj.raw)
		}
		oid := g.hex(32)
		events = append(events, O("event", N("send"), "_id", N(oid), "msg", O("ts", N(sent.Unix()), "subject", otherSubj,
			"email", P(oEmail), "sender", N(snd.from), "tags", A(w27Text(tag.text, tag.cat)), "opens", A(), "clicks", A(),
			"state", N("sent"), "metadata", O(), "_id", N(oid), "_version", N(g.b62(22))), "ts", N(sent.Unix())))
	}
	batch := A(events...)
	eventsText := string(render(batch, &Label{}))
	evNode := w27Raw(eventsText, w27Leaves(batch))
	sig := C(base64.StdEncoding.EncodeToString(w27HMAC1(key, hookURL+"mandrill_events"+eventsText)))
	headers := O("Content-Type", N("application/x-www-form-urlencoded"), "User-Agent", N("Mandrill-Webhook/1.0"), "X-Mandrill-Signature", sig)
	switch g.r.IntN(5) {
	case 0, 1:
		body := w27Form([]string{"mandrill_events"}, []*node{evNode})
		return O("received_at", g.w27Stamp(time.Duration(300+g.r.IntN(4000))*time.Millisecond), "method", N("POST"), "url", N(hookURL),
			"headers", headers, "body", body)
	case 2:
		return O("received_at", g.w27Stamp(time.Duration(300+g.r.IntN(4000))*time.Millisecond), "headers", headers,
			"params", O("mandrill_events", evNode), "signature_valid", N(true))
	case 3:
		return O("source", N("mandrill"), "events", batch)
	}
	return O("event", ev)
}

// ------------------------------------------------------------ Docplanner

// w27DPDoctor is a doctor listed on Docplanner: name, specialisation,
// facility and the services the patient books (all of them tell that
// the patient seeks care, so all are of health).
type w27DPDoctor struct {
	name, surname, spec string
	facility, street    string
	city, post          string
	services            []w27Item
	pediatric           bool
}

// w27DPMarket is a Docplanner country: its site, currency and doctors.
type w27DPMarket struct {
	host, currency string
	doctors        []w27DPDoctor
	comments       []bioLine
}

var w27DPMarkets = map[string]w27DPMarket{
	"PL": {"www.znanylekarz.pl", "PLN", []w27DPDoctor{
		{"Anna", "Wójcik", "Psychiatra", "Centrum Zdrowia Psychicznego Harmonia", "ul. Puławska 145", "Warszawa", "02-715", []w27Item{{"Konsultacja psychiatryczna", 250, "health"}, {"Wizyta kontrolna - psychiatria", 200, "health"}}, false},
		{"Piotr", "Zieliński", "Kardiolog", "Centrum Medyczne Medicus", "ul. Długa 12", "Kraków", "31-147", []w27Item{{"Konsultacja kardiologiczna", 220, "health"}, {"Echo serca", 250, "health"}, {"Holter EKG", 180, "health"}}, false},
		{"Katarzyna", "Lewandowska", "Pediatra", "Przychodnia Rodzinna Zdrówko", "ul. Grunwaldzka 88", "Gdańsk", "80-244", []w27Item{{"Wizyta pediatryczna", 180, "health"}, {"Bilans zdrowia dziecka", 150, "health"}}, true},
		{"Magdalena", "Kamińska", "Ginekolog", "Gabinet Ginekologiczny Femina", "ul. Piotrkowska 120", "Łódź", "90-006", []w27Item{{"Prowadzenie ciąży", 250, "health"}, {"Konsultacja ginekologiczna", 200, "health"}, {"USG ginekologiczne", 180, "health"}}, false},
	}, []bioLine{{"health", "Proszę o wystawienie e-recepty na leki na nadciśnienie"}, {"health", "Pierwsza wizyta, od miesiąca mam napady lęku i nie śpię"}, {"", "Proszę o kontakt SMS w razie zmiany terminu"}, {"", "Pierwsza wizyta"}}},
	"ES": {"www.doctoralia.es", "EUR", []w27DPDoctor{
		{"Laura", "Martínez Ruiz", "Dermatóloga", "Clínica Dermatológica Sol", "Calle de Alcalá 210", "Madrid", "28028", []w27Item{{"Primera consulta dermatología", 90, "health"}, {"Revisión de lunares (dermatoscopia)", 120, "health"}}, false},
		{"Javier", "Sánchez Gil", "Psicólogo", "Centro de Psicología Equilibrio", "Carrer de Balmes 150", "Barcelona", "08008", []w27Item{{"Terapia individual", 70, "health"}, {"Primera sesión de evaluación", 60, "health"}}, false},
		{"Carmen", "Navarro Ortiz", "Pediatra", "Consulta Pediátrica Los Peques", "Avenida de la Constitución 30", "Sevilla", "41001", []w27Item{{"Consulta pediátrica", 60, "health"}, {"Revisión del niño sano", 50, "health"}}, true},
	}, []bioLine{{"health", "Tengo una mancha en la espalda que ha cambiado de color"}, {"health", "Vengo derivada por ansiedad, llevo meses de baja"}, {"", "Prefiero que me llamen por la tarde"}, {"", "Es mi primera visita"}}},
	"BR": {"www.doctoralia.com.br", "BRL", []w27DPDoctor{
		{"Fernanda", "Costa", "Endocrinologista", "Clínica Vitallis", "Avenida Paulista, 1578, conj. 81", "São Paulo", "01310-200", []w27Item{{"Consulta endocrinologia", 400, "health"}, {"Retorno endocrinologia", 0, "health"}}, false},
		{"Rafael", "Almeida", "Urologista", "Instituto de Urologia Carioca", "Rua Visconde de Pirajá, 330, sala 1102", "Rio de Janeiro", "22410-002", []w27Item{{"Consulta urologia", 450, "health"}, {"Vasectomia - avaliação", 350, "health"}}, false},
		{"Juliana", "Ribeiro", "Pediatra", "Consultório Pediátrico Crescer", "Rua das Flores, 123", "Curitiba", "80010-010", []w27Item{{"Consulta pediátrica", 350, "health"}, {"Puericultura", 300, "health"}}, true},
	}, []bioLine{{"health", "Tenho diabetes tipo 2 e a glicemia está descontrolada"}, {"health", "Quero avaliar a vasectomia"}, {"", "Vou pagar particular, não tenho convênio"}, {"", "Primeira consulta"}}},
	"IT": {"www.miodottore.it", "EUR", []w27DPDoctor{
		{"Giulia", "Romano", "Ginecologa", "Studio Medico Romano", "Via Roma 10", "Milano", "20121", []w27Item{{"Visita ginecologica", 150, "health"}, {"Ecografia ostetrica", 120, "health"}, {"Pap test", 60, "health"}}, false},
		{"Alessandro", "Greco", "Neurologo", "Poliambulatorio San Luca", "Corso Buenos Aires 33", "Milano", "20124", []w27Item{{"Visita neurologica", 180, "health"}, {"Elettromiografia", 200, "health"}}, false},
		{"Chiara", "Ferri", "Pediatra", "Studio Pediatrico Girotondo", "Via Nazionale 45", "Roma", "00184", []w27Item{{"Visita pediatrica", 100, "health"}}, true},
	}, []bioLine{{"health", "Sono alla decima settimana di gravidanza"}, {"health", "Ho formicolii alle mani da due mesi"}, {"", "Preferisco essere contattata via WhatsApp"}, {"", "Prima visita"}}},
	"TR": {"www.doktortakvimi.com", "TRY", []w27DPDoctor{
		{"Ayşe", "Aydın", "Psikiyatri", "Özel Psikiyatri Muayenehanesi", "Bağdat Caddesi No:210 D:5", "İstanbul", "34728", []w27Item{{"Psikiyatrik muayene", 2500, "health"}, {"Online görüşme", 2000, "health"}}, false},
		{"Murat", "Çelik", "Kadın Hastalıkları ve Doğum", "Çelik Kadın Sağlığı Kliniği", "Atatürk Bulvarı No:120", "Ankara", "06680", []w27Item{{"Muayene", 1500, "health"}, {"Tüp bebek ön görüşme", 2000, "health"}}, false},
		{"Elif", "Arslan", "Çocuk Sağlığı ve Hastalıkları", "Minik Adımlar Çocuk Kliniği", "Kıbrıs Şehitleri Caddesi No:45", "İzmir", "35220", []w27Item{{"Çocuk muayenesi", 1200, "health"}}, true},
	}, []bioLine{{"health", "İki yıldır çocuk sahibi olmaya çalışıyoruz"}, {"health", "Depresyon tedavisi görüyorum, ilaç yenilemesi için"}, {"", "Randevu saatinden önce arayabilirsiniz"}, {"", "İlk muayene"}}},
	"MX": {"www.doctoralia.com.mx", "MXN", []w27DPDoctor{
		{"Guadalupe", "Hernández Ríos", "Ginecóloga", "Consultorio Médico Santa Fe", "Avenida Vasco de Quiroga 3000, consultorio 512", "Ciudad de México", "01210", []w27Item{{"Consulta ginecológica", 900, "health"}, {"Control prenatal", 800, "health"}}, false},
		{"Roberto", "Mendoza Salas", "Nutriólogo", "Clínica de Obesidad y Nutrición", "Avenida Chapultepec 480", "Guadalajara", "44600", []w27Item{{"Consulta de nutrición", 600, "health"}, {"Valoración para cirugía bariátrica", 1200, "health"}}, false},
		{"Sofía", "Treviño Garza", "Pediatra", "Pediatría Integral Monterrey", "Calle Padre Mier 1050 Pte", "Monterrey", "64000", []w27Item{{"Consulta pediátrica", 750, "health"}}, true},
	}, []bioLine{{"health", "Tengo 32 semanas de embarazo"}, {"health", "Peso 118 kg y quiero valorar la manga gástrica"}, {"", "Pago en efectivo"}, {"", "Primera vez"}}},
}

// w27DPPhone is the patient's number as the market's booking form keeps
// it.
func (g *gen) w27DPPhone(cc string) *node {
	p := g.p
	switch g.r.IntN(3) {
	case 0:
		return g.phone(g.e164())
	case 1:
		if p.phoneCC == cc {
			return g.phone(strings.ReplaceAll(p.phoneNat, " ", ""))
		}
	}
	return g.phone(g.intl())
}

func docplannerBooking(g *gen) *node {
	cc := pick(g.r, []string{"PL", "PL", "PL", "ES", "ES", "BR", "BR", "IT", "IT", "TR", "TR", "MX", "MX"})
	g.w27Redraw(cc)
	p := g.p
	m := w27DPMarkets[cc]
	doc := pick(g.r, m.doctors)
	svc := pick(g.r, doc.services)
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w27SetPhone(cc)
	}
	// The booking form requires a phone number.
	p.showPhone = true
	// A child's visit is booked by a parent: the patient is the child,
	// the e-mail address and phone the parent's.
	child := doc.pediatric
	contactEmail := p.email
	if child {
		g.w27Age(0, 15)
		pn := g.w27OtherName(p.c)
		contactEmail = g.w27Email(pn.givenL, p.familyL, []string{"gmail.com", "hotmail.com", "outlook.com", p.c.domain})
	} else {
		g.w27Age(18, 84)
	}
	nin := p.idValue
	if cc == "MX" {
		nin = curp(g.r, p.dob, p.female, p.givenL, p.familyL)
	}
	name, surname := p.given, p.family
	if cc == "MX" || cc == "ES" {
		// Two surnames.
		second := pick(g.r, []string{"Morales", "Ruiz", "Pérez", "Torres", "Castillo"})
		surname += " " + second
	}
	z := func(t time.Time) string { return t.Format("2006-01-02T15:04:05-07:00") }
	// The clinic's clock, whatever the patient's.
	loc := time.FixedZone("", int(w27Offset(p.c.tz, g.t)*3600))
	day := g.t.In(loc).AddDate(0, 0, 1+g.r.IntN(30))
	start := time.Date(day.Year(), day.Month(), day.Day(), 8+g.r.IntN(11), 15*g.r.IntN(4), 0, 0, loc)
	dur := pick(g.r, []int{15, 20, 30, 30, 45, 60})
	bookedAt := g.t.Add(-time.Duration(g.r.IntN(600)) * time.Second).In(loc)
	facID, docID, addrID := fmt.Sprint(10000+g.r.IntN(400000)), fmt.Sprint(100000+g.r.IntN(900000)), fmt.Sprint(100000+g.r.IntN(900000))
	bookingID := fmt.Sprint(10000000 + g.r.IntN(90000000))
	svcID := fmt.Sprint(1000000 + g.r.IntN(9000000))
	name2 := pick(g.r, []string{"slot-booked", "slot-booked", "slot-booked", "booking-canceled", "booking-moved"})
	comment := g.w27Note(m.comments, 2)
	hasComment := !child && g.r.IntN(2) == 0

	patient := O("name", P(name), "surname", P(surname), "email", P(contactEmail), "phone", g.w27DPPhone(cc))
	if g.r.IntN(4) != 0 || child {
		patient.set("birth_date", g.dob("2006-01-02"))
	}
	if nin != "" && (cc == "PL" || cc == "BR" || g.r.IntN(2) == 0) {
		patient.set("nin", P(nin))
	} else {
		patient.set("nin", N(nil))
	}
	patient.set("gender", P(map[bool]string{true: "f", false: "m"}[p.female]))
	patient.set("is_returning", N(g.r.IntN(3) == 0))
	booking := O(
		"id", N(bookingID),
		"status", N(map[bool]string{true: "canceled", false: "booked"}[name2 == "booking-canceled"]),
		"start_at", N(z(start)),
		"end_at", N(z(start.Add(time.Duration(dur)*time.Minute))),
		"duration", N(dur),
		"booked_by", N(pick(g.r, []string{"patient", "patient", "patient", "doctor", "integration"})),
		"booked_at", N(z(bookedAt)),
		"patient", patient,
		"address_service", O("id", N(svcID), "name", S(svc.name, "health"), "price", N(svc.price), "is_price_from", N(g.r.IntN(4) == 0), "service_id", N(fmt.Sprint(100+g.r.IntN(9000)))),
	)
	if hasComment {
		booking.set("comment", w27About(comment.text, comment.cat))
	} else {
		booking.set("comment", N(""))
	}
	switch name2 {
	case "booking-canceled":
		booking.set("canceled_by", N(pick(g.r, []string{"patient", "doctor"})))
		booking.set("canceled_at", N(z(g.t.In(loc))))
	case "booking-moved":
		ns := start.Add(time.Duration(24+g.r.IntN(7*24)) * time.Hour)
		booking.set("new_start_at", N(z(ns)))
		booking.set("new_end_at", N(z(ns.Add(time.Duration(dur)*time.Minute))))
	}
	// The doctor, a person; the facility, what it treats.
	facCat := "health"
	data := O(
		"facility", O("id", N(facID), "name", w27Text(doc.facility, facCat)),
		"doctor", O("id", N(docID), "name", P(doc.name), "surname", P(doc.surname)),
		"address", O("id", N(addrID), "name", w27Text(doc.facility, facCat), "city_name", N(doc.city), "post_code", N(doc.post), "street", N(doc.street)),
		"visit_booking", booking,
	)
	notification := O("name", N(name2), "data", data)
	base := "https://" + m.host + "/api/v3/integration"
	token := C("Bearer " + g.b62(43))

	var out *node
	switch g.r.IntN(3) {
	case 0:
		// Pushed to the integrator's endpoint with the Basic credentials
		// it registered.
		user, pass := "docplanner", g.b62(24)
		out = O("received_at", g.w27Stamp(time.Duration(200+g.r.IntN(3000))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/integrations/docplanner/notify", "/api/docplanner/webhook", "/dp/notifications"})),
			"headers", O("Content-Type", N("application/json"), "Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+pass)))),
			"body", notification)
	case 1:
		// Pulled from the notifications queue.
		req := O("method", N("GET"), "url", N(base+"/notifications"), "headers", O("Authorization", token, "Accept", N("application/json")))
		if g.r.IntN(3) == 0 {
			tok := g.b62(43)
			token = C("Bearer " + tok)
			clientID := fmt.Sprint(1000+g.r.IntN(9000)) + "_" + g.b62(20)
			out = O("token", O(
				"request", O("method", N("POST"), "url", N("https://"+m.host+"/oauth/v2/token"),
					"headers", O("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(clientID+":"+g.b62(32)))), "Content-Type", N("application/x-www-form-urlencoded")),
					"body", N("grant_type=client_credentials&scope=integration")),
				"response", O("status", N(200), "body", O("access_token", C(tok), "expires_in", N(86400), "token_type", N("bearer"), "scope", N("integration")))))
			req.set("headers", O("Authorization", token, "Accept", N("application/json")))
		} else {
			out = O()
		}
		out.set("notifications", O("request", req, "response", O("status", N(200), "body", notification)))
	default:
		out = O("notification", notification)
	}
	// The doctor's specialisations, fetched once for the calendar.
	if g.r.IntN(4) == 0 {
		out.set("doctor", O("request", O("method", N("GET"), "url", N(base+"/facilities/"+facID+"/doctors/"+docID+"?with=doctor.specializations"), "headers", O("Authorization", token)),
			"response", O("status", N(200), "body", O("id", N(docID), "name", P(doc.name), "surname", P(doc.surname),
				"specializations", O("_items", A(O("id", N(fmt.Sprint(10+g.r.IntN(900))), "name", S(doc.spec, "health"))))))))
	}
	// The clinic system's own record of the patient it matched.
	if g.r.IntN(5) < 2 {
		rec := O("patient_id", P(fmt.Sprint(1000+g.r.IntN(900000))), "first_name", P(name), "last_name", P(surname), "email", P(contactEmail))
		if ph := g.phone(g.e164()); ph != nil {
			rec.set("mobile", ph)
		}
		if nin != "" {
			rec.set(map[string]string{"PL": "pesel", "ES": "dni", "BR": "cpf", "IT": "codice_fiscale", "TR": "tc_kimlik_no", "MX": "curp"}[cc], P(nin))
		}
		rec.set("date_of_birth", g.dob("2006-01-02"))
		if p.showResidence {
			rec.set("address", O("street", g.addr(p.street), "city", g.addr(p.city), "postal_code", g.addr(p.post), "country", g.residence(cc)))
		}
		if p.showCitizenship && cc != "MX" {
			rec.set("nationality", g.citizenship(p.cit.code))
		}
		if child {
			rec.set("guardian_email", P(contactEmail))
			rec.set("email", N(nil))
		}
		if p.showLocale {
			rec.set("preferred_language", g.locale(p.locale))
		}
		out.set("ehr_patient", rec)
		out.set("ehr_appointment", O("id", N(fmt.Sprint(g.r.IntN(9000000))), "external_id", N(bookingID), "status", N(booking.obj[1].val.raw), "service", S(svc.name, "health")))
	}
	return out
}

// ------------------------------------------------------ Revolut Business

// w27RVMerchant is where a company card pays: the merchant's name, city,
// category code and country, and the special category a payment there
// tells of the card holder.
type w27RVMerchant struct {
	name, city, mcc, country string
	cat                      string
}

var w27RVMerchants = map[string][]w27RVMerchant{
	"GB": {{"TESCO STORES 2041", "London", "5411", "GBR", ""}, {"TRAINLINE", "London", "4112", "GBR", ""}, {"PRET A MANGER", "Manchester", "5814", "GBR", ""}, {"BUPA DENTAL CARE", "Leeds", "8021", "GBR", "health"}, {"THE PRIORY HOSPITAL", "London", "8062", "GBR", "health"}, {"UNISON SUBS", "London", "8699", "GBR", "trade_union"}},
	"DE": {{"REWE Markt GmbH", "Berlin", "5411", "DEU", ""}, {"DB Vertrieb GmbH", "Frankfurt", "4112", "DEU", ""}, {"Praxis f. Psychotherapie", "München", "8099", "DEU", "health"}, {"Apotheke am Markt", "Köln", "5912", "DEU", "health"}, {"ver.di Mitgliedsbeitrag", "Berlin", "8699", "DEU", "trade_union"}},
	"FR": {{"MONOPRIX", "Paris", "5411", "FRA", ""}, {"SNCF CONNECT", "Paris", "4112", "FRA", ""}, {"CENTRE DENTAIRE VOLTAIRE", "Lyon", "8021", "FRA", "health"}, {"DENIER DU CULTE PARIS", "Paris", "8661", "FRA", "religion"}},
	"ES": {{"MERCADONA", "Valencia", "5411", "ESP", ""}, {"RENFE VIAJEROS", "Madrid", "4112", "ESP", ""}, {"CLINICA FERTILIDAD IVI", "Madrid", "8062", "ESP", "health"}, {"FARMACIA LDO. GARCIA", "Sevilla", "5912", "ESP", "health"}},
	"IT": {{"ESSELUNGA", "Milano", "5411", "ITA", ""}, {"TRENITALIA", "Roma", "4112", "ITA", ""}, {"CENTRO DIAGNOSTICO ITALIANO", "Milano", "8071", "ITA", "health"}},
	"NL": {{"ALBERT HEIJN 1412", "Amsterdam", "5411", "NLD", ""}, {"NS GROEP", "Utrecht", "4112", "NLD", ""}, {"HUISARTSENPRAKTIJK DE POORT", "Amsterdam", "8011", "NLD", "health"}},
	"PL": {{"BIEDRONKA 3120", "Warszawa", "5411", "POL", ""}, {"PKP INTERCITY", "Warszawa", "4112", "POL", ""}, {"LUX MED SP. Z O.O.", "Kraków", "8011", "POL", "health"}},
	"PT": {{"PINGO DOCE", "Lisboa", "5411", "PRT", ""}, {"CP COMBOIOS", "Porto", "4112", "PRT", ""}},
	"IE": {{"DUNNES STORES", "Dublin", "5411", "IRL", ""}, {"IRISH RAIL", "Dublin", "4112", "IRL", ""}, {"BLACKROCK CLINIC", "Dublin", "8062", "IRL", "health"}},
	"US": {{"WHOLEFDS AUS 10134", "Austin", "5411", "USA", ""}, {"UBER *TRIP", "San Francisco", "4121", "USA", ""}, {"PLANNED PARENTHOOD", "Chicago", "8093", "USA", "health"}, {"CVS/PHARMACY #04821", "Sacramento", "5912", "USA", "health"}, {"ACTBLUE *DONATION", "Somerville", "8651", "USA", "political"}},
}

// w27RVCompany is a Revolut Business customer and what it pays people for.
type w27RVCompany struct {
	name, kind, domain string
	refs               []bioLine
}

var w27RVCompanies = []w27RVCompany{
	{"Kestrel Studio Ltd", "freelance", "kestrelstudio.example", []bioLine{{"", "Invoice INV-2026-031 design work"}, {"", "March retainer"}, {"", "Translation job #4471"}}},
	{"Tandem Tutors", "marketplace", "tandemtutors.example", []bioLine{{"", "Tutor payout week 11"}, {"", "Payout 2026-03 #8812"}}},
	{"Salus Health Marketplace", "marketplace", "salushealth.example", []bioLine{{"health", "Payout: physiotherapy sessions (4)"}, {"health", "Refund - cancelled psychotherapy session"}, {"health", "Payout: online consultations, dermatology"}}},
	{"Northwind Retail GmbH", "retail", "northwind-retail.example", []bioLine{{"", "Refund order 100234"}, {"", "Refund - damaged item"}}},
	{"Parish Giving Services", "charity", "parishgiving.example", []bioLine{{"religion", "Gift Aid reclaim - St Mary's parish"}, {"religion", "Refund of duplicate tithe"}}},
}

func revolutBusinessWebhook(g *gen) *node {
	cc := pick(g.r, []string{"GB", "GB", "GB", "DE", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "IE", "US", "US"})
	g.w27Redraw(cc)
	p := g.p
	g.w27Age(19, 70)
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w27SetPhone(cc)
	}
	first, last := w27Title(p.givenL), w27Title(p.familyL)
	if g.r.IntN(2) == 0 {
		first, last = p.given, p.family
	}
	cur := map[string]string{"GB": "GBP", "US": "USD", "PL": "PLN"}[cc]
	if cur == "" {
		cur = "EUR"
	}
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }
	txID, reqID := g.uuid(), g.uuid()
	accountID := g.uuid()
	created := g.t.Add(-time.Duration(g.r.IntN(3600)) * time.Second)
	secret := "wsk_" + g.b62(32)
	deliver := func(body *node) *node {
		raw := string(render(body, &Label{}))
		ts := fmt.Sprint(g.t.Add(time.Duration(100+g.r.IntN(900)) * time.Millisecond).UnixMilli())
		sig := C("v1=" + hex.EncodeToString(w27HMAC(secret, "v1."+ts+"."+raw)))
		h := O("Content-Type", N("application/json"), "Revolut-Request-Timestamp", N(ts), "Revolut-Signature", sig)
		switch g.r.IntN(3) {
		case 0:
			return O("received_at", g.w27Stamp(time.Second), "method", N("POST"), "path", N(pick(g.r, []string{"/webhooks/revolut", "/api/banking/revolut/events"})), "headers", h, "raw_body", w27JSON(body))
		case 1:
			return O("received_at", g.w27Stamp(time.Second), "method", N("POST"), "path", N("/webhooks/revolut"), "headers", h, "body", body)
		}
		return body
	}
	state := pick(g.r, []string{"completed", "completed", "pending", "pending", "declined", "reverted"})
	if g.r.IntN(6) == 0 {
		// A state change tells only the transaction.
		old := pick(g.r, []string{"pending", "pending", "completed"})
		nw := map[string]string{"pending": pick(g.r, []string{"completed", "declined", "failed"}), "completed": "reverted"}[old]
		return deliver(O("event", N("TransactionStateChanged"), "timestamp", N(z(g.t)), "data", O("id", N(txID), "request_id", N(reqID), "old_state", N(old), "new_state", N(nw))))
	}
	bearer := C("Bearer oa_prod_" + g.b62(43))
	if g.r.IntN(2) == 0 {
		// A card payment of an employee's company card.
		ms := w27RVMerchants[cc]
		var plain, special []w27RVMerchant
		for _, m := range ms {
			if m.cat == "" {
				plain = append(plain, m)
			} else {
				special = append(special, m)
			}
		}
		mer := pick(g.r, plain)
		if len(special) > 0 && g.r.IntN(3) == 0 {
			mer = pick(g.r, special)
		}
		amount := float64(300+g.r.IntN(25000)) / 100
		last4 := pattern(g.r, "####")
		bin := pick(g.r, []string{"459678", "537100", "516795"})
		card := O("card_number", P(bin+"******"+last4), "first_name", P(first), "last_name", P(last))
		if ph := g.phone(g.e164()); ph != nil {
			card.set("phone", ph)
		}
		mcc := w27Text(mer.mcc, mer.cat)
		merchant := O("name", w27Text(mer.name, mer.cat), "city", N(mer.city), "category_code", mcc, "country", N(mer.country))
		leg := O("leg_id", N(g.uuid()), "account_id", N(accountID), "amount", N(-amount), "fee", N(0), "currency", N(cur),
			"description", w27Text(mer.name, mer.cat), "balance", N(float64(100000+g.r.IntN(9000000))/100))
		if g.r.IntN(4) == 0 && cur != "EUR" {
			leg.set("bill_amount", N(-amount*1.17))
			leg.set("bill_currency", N("EUR"))
		}
		data := O("id", N(txID), "type", N("card_payment"), "request_id", N(reqID), "state", N(state))
		if state == "declined" {
			data.set("reason_code", N(pick(g.r, []string{"insufficient_balance", "card_spending_limit_exceeded", "merchant_blocked"})))
		}
		data.set("created_at", N(z(created)))
		data.set("updated_at", N(z(g.t)))
		if state == "completed" {
			data.set("completed_at", N(z(g.t)))
		}
		data.set("merchant", merchant)
		data.set("legs", A(leg))
		data.set("card", card)
		out := deliver(O("event", N("TransactionCreated"), "timestamp", N(z(g.t)), "data", data))
		if g.r.IntN(2) == 0 {
			// The expense tool's employee the card belongs to.
			co := pick(g.r, w27RVCompanies)
			emp := O("employee_id", P("emp_"+g.b62(10)), "email", P(w27Clean(p.givenL)+"."+w27Clean(p.familyL)+"@"+co.domain), "name", P(first+" "+last),
				"department", N(pick(g.r, []string{"Sales", "Engineering", "Operations", "Marketing"})), "card_last4", P(last4))
			if p.showResidence {
				emp.set("home_country", g.residence(cc))
			}
			if p.showLocale {
				emp.set("timezone", g.tz(p.tz))
			}
			return O("webhook", out, "employee", emp)
		}
		return out
	}
	// A transfer to a person: a payout, a freelancer's invoice or a
	// customer's refund.
	co := pick(g.r, w27RVCompanies)
	ref := g.w27Note(co.refs, 2)
	amount := float64(1000+g.r.IntN(250000)) / 100
	cpID := g.uuid()
	cpAccountID := g.uuid()
	external := g.r.IntN(4) != 0
	cp := O("id", P(cpID), "account_type", N(map[bool]string{true: "external", false: "revolut"}[external]))
	if external {
		cp.set("account_id", P(cpAccountID))
	}
	desc := w27About("To "+first+" "+last, "")
	if ref.cat != "" && g.r.IntN(2) == 0 {
		desc = S("To "+first+" "+last+" - "+ref.text, ref.cat)
	}
	typ := "transfer"
	if strings.HasPrefix(ref.text, "Refund") {
		typ = pick(g.r, []string{"transfer", "refund"})
	}
	leg := O("leg_id", N(g.uuid()), "account_id", N(accountID), "counterparty", cp, "amount", N(-amount), "fee", N(float64(g.r.IntN(3))/10), "currency", N(cur),
		"description", desc, "balance", N(float64(100000+g.r.IntN(9000000))/100))
	data := O("id", N(txID), "type", N(typ), "request_id", N(reqID), "state", N(state), "created_at", N(z(created)), "updated_at", N(z(g.t)))
	if state == "completed" {
		data.set("completed_at", N(z(g.t)))
	}
	data.set("reference", w27About(ref.text, ref.cat))
	data.set("legs", A(leg))
	out := O("webhook", deliver(O("event", N("TransactionCreated"), "timestamp", N(z(g.t)), "data", data)))
	// The counterparty, fetched or as the business created it.
	bankCC := cc
	if g.r.IntN(6) == 0 {
		bankCC = pick(g.r, []string{"DE", "GB", "NL", "FR"})
	}
	acct := O("id", P(cpAccountID), "name", P(first+" "+last), "bank_country", N(bankCC), "currency", N(cur), "type", N("external"))
	createReq := O("profile_type", N("personal"), "individual_name", O("first_name", P(first), "last_name", P(last)), "bank_country", N(bankCC), "currency", N(cur))
	switch {
	case cur == "GBP":
		acn, sc := pattern(g.r, "########"), pattern(g.r, "##-##-##")
		acct.set("account_no", P(acn))
		acct.set("sort_code", P(sc))
		createReq.set("account_no", P(acn))
		createReq.set("sort_code", P(sc))
	case cur == "USD":
		acn, rt := pattern(g.r, "##########"), genABARouting(g.r)
		acct.set("account_no", P(acn))
		acct.set("routing_number", N(rt))
		createReq.set("account_no", P(acn))
		createReq.set("routing_number", N(rt))
	default:
		iban := ibanFor(g.r, bankCC)
		bic := pick(g.r, []string{"DEUTDEFF", "INGBNL2A", "BNPAFRPP", "CAIXESBB", "BPKOPLPW", "REVOLT21"})
		acct.set("iban", P(iban))
		acct.set("bic", N(bic))
		createReq.set("iban", P(iban))
		createReq.set("bic", N(bic))
	}
	acct.set("recipient_charges", N(pick(g.r, []string{"no", "expected"})))
	if p.showResidence && (cur == "USD" || g.r.IntN(2) == 0) {
		a := O("street_line1", g.addr(p.street), "postcode", g.addr(p.post), "city", g.addr(p.city), "country", g.residence(cc))
		if cc == "US" {
			a.set("region", g.addrN(p.region))
		}
		createReq.set("address", a)
	}
	cpRec := O("id", P(cpID), "name", P(first+" "+last), "profile_type", N("personal"))
	if ph := g.phone(g.e164()); ph != nil && !external {
		cpRec.set("phone", ph)
	}
	cpRec.set("country", N(bankCC))
	cpRec.set("state", N("created"))
	cpRec.set("created_at", N(z(g.t.AddDate(0, -g.r.IntN(12), -g.r.IntN(28)))))
	cpRec.set("updated_at", N(z(g.t)))
	if external {
		cpRec.set("accounts", A(acct))
	} else {
		cpRec.set("revtag", P(w27Clean(p.givenL)+w27Clean(p.familyL)[:min(3, len(w27Clean(p.familyL)))]))
	}
	api := "https://b2b.revolut.com/api/1.0/counterparty"
	if g.r.IntN(3) == 0 && external {
		out.set("counterparty_created", O("request", O("method", N("POST"), "url", N(api), "headers", O("Authorization", bearer), "body", createReq),
			"response", O("status", N(200), "body", cpRec)))
	} else if g.r.IntN(2) == 0 {
		out.set("counterparty", O("request", O("method", N("GET"), "url", P(api+"/"+cpID), "headers", O("Authorization", bearer)),
			"response", O("status", N(200), "body", cpRec)))
	}
	// The business's own record of whom it paid.
	if g.r.IntN(3) != 0 {
		u := O("user_id", P(fmt.Sprint(10000+g.r.IntN(900000))), "email", P(p.email), "first_name", P(first), "last_name", P(last),
			"payout_counterparty_id", P(cpID))
		if co.kind == "marketplace" || co.kind == "freelance" {
			u.set("role", N(pick(g.r, []string{"provider", "tutor", "contractor", "seller"})))
		}
		if ref.cat != "" {
			u.set("service_category", S(map[string]string{"health": "Health & therapy", "religion": "Parish donations"}[ref.cat], ref.cat))
		}
		if p.showResidence {
			u.set("country", g.residence(englishName[cc]))
			u.set("city", g.addr(p.city))
		}
		if p.showCitizenship {
			u.set("nationality", g.citizenship(p.cit.code))
		}
		if p.showLocale {
			u.set("locale", g.locale(p.locale))
		}
		if g.r.IntN(3) == 0 {
			u.set("date_of_birth", g.dob("2006-01-02"))
		}
		out.set("user", u)
	}
	return out
}

// ------------------------------------------------------- Avito Messenger

// w27AVItem is a listing a buyer writes about: its title, price and the
// special category buying it tells of the buyer, with what buyers write.
type w27AVItem struct {
	title, section string
	price          int
	cat            string
	asks           []bioLine
}

var w27AVItems = []w27AVItem{
	{"iPhone 13 128 ГБ, отличное состояние", "telefony", 42000, "", []bioLine{{"", "Здравствуйте! Ещё актуально?"}, {"", "Торг уместен? Готов забрать сегодня за 38 тысяч."}, {"", "Аккумулятор какой ёмкости? Есть коробка и чек?"}}},
	{"Детская коляска Cybex 2 в 1", "tovary_dlya_detey_i_igrushki", 18500, "", []bioLine{{"", "Добрый день, коляска ещё продаётся?"}, {"", "Можно посмотреть вечером после 19?"}}},
	{"Диван угловой, б/у", "mebel_i_interer", 15000, "", []bioLine{{"", "Здравствуйте, доставку организуете?"}, {"", "Какие размеры в разложенном виде?"}}},
	{"Инвалидная коляска складная Ortonica", "tovary_dlya_zdorovya", 9000, "health", []bioLine{{"health", "Здравствуйте, нужна для мамы после инсульта, она ещё у вас?"}, {"health", "Подойдёт ли при весе 110 кг? У отца ампутация ноги"}}},
	{"Глюкометр Accu-Chek + 100 полосок", "tovary_dlya_zdorovya", 2500, "health", []bioLine{{"health", "У меня диабет 1 типа, полоски не просроченные?"}, {"health", "Добрый день, беру для сына, у него диабет, отдадите за 2000?"}}},
	{"Тонометр Omron M3", "tovary_dlya_zdorovya", 2200, "health", []bioLine{{"health", "Здравствуйте, давление скачет, врач сказал купить тонометр. Работает исправно?"}}},
	{"Икона Казанской Божией Матери, старинная", "kollektsionirovanie", 35000, "religion", []bioLine{{"religion", "Здравствуйте, икона освящена? Хочу подарить в наш храм"}, {"religion", "Добрый вечер, я православная, для домашнего иконостаса ищу, торг возможен?"}}},
	{"Коврик для намаза новый", "mebel_i_interer", 1200, "religion", []bioLine{{"religion", "Ассаляму алейкум, коврик ещё есть? Возьму два"}}},
	{"Сдаю 1-к квартиру у метро, на длительный срок", "kvartiry", 45000, "", []bioLine{{"", "Здравствуйте, квартира свободна? Работаю в офисе рядом, без животных"}, {"", "Добрый день, можно посмотреть в субботу?"}}},
}

// w27AVAddr is the subject's street address as Russians write it.
func (g *gen) w27AVAddr() string {
	return fmt.Sprintf("%s, д. %d, кв. %d", g.p.street, 1+g.r.IntN(120), 1+g.r.IntN(300))
}

func avitoMessengerWebhook(g *gen) *node {
	g.w27Redraw("RU")
	p := g.p
	g.w27Age(18, 75)
	if p.phoneCC != "RU" {
		g.w27SetPhone("RU")
	}
	item := pick(g.r, w27AVItems)
	if item.cat != "" && g.r.IntN(2) == 0 {
		item = pick(g.r, w27AVItems[:3])
	}
	ask := g.w27Note(item.asks, 2)
	buyerID := int64(100000000 + g.r.Int64N(250000000))
	sellerID := int64(100000000 + g.r.Int64N(250000000))
	itemID := int64(3000000000 + g.r.Int64N(900000000))
	chatID := "u2i-" + g.chars(b64Set, 22)
	private := g.r.IntN(2) == 0
	sellerName := pick(g.r, []string{"ИП Соколов А.В.", "Магазин «Мир техники»", "МедТехника Плюс", "Церковная лавка «Благовест»"})
	if private {
		sn := g.w27OtherName(p.c)
		sellerName = pick(g.r, []string{sn.given, sn.given + " " + sn.family})
	}
	sellerNode := func() *node {
		if private {
			return P(sellerName)
		}
		return N(sellerName)
	}
	buyerName := pick(g.r, []string{p.given, p.given, p.given + " " + p.family, w27Title(p.givenL)})
	created := g.t.Add(-time.Duration(g.r.IntN(30)) * time.Second)
	slug := strings.ToLower(w27Clean(fmt.Sprint(itemID)))
	city := pick(g.r, []string{"moskva", "sankt-peterburg", "kazan", "novosibirsk"})
	itemURL := "https://www.avito.ru/" + city + "/" + item.section + "/" + slug
	img := func() string {
		return "https://" + fmt.Sprintf("%02d", g.r.IntN(100)) + ".img.avito.st/image/1/1." + g.chars(b64Set, 40)
	}

	// The message: mostly the buyer's; some are the seller's answers.
	fromSeller := g.r.IntN(5) == 0
	author := buyerID
	if fromSeller {
		author = sellerID
	}
	typ := "text"
	switch x := g.r.IntN(12); {
	case x < 1:
		typ = "image"
	case x < 2:
		typ = "location"
	case x < 3:
		typ = "call"
	case x < 4:
		typ = "link"
	}
	if fromSeller && typ == "location" {
		typ = "text"
	}
	var content *node
	switch typ {
	case "text":
		text := w27About(ask.text, ask.cat)
		if fromSeller {
			text = P(pick(g.r, []string{"Да, актуально. Самовывоз от метро, могу отправить Авито Доставкой", "Добрый день! Продано, извините", "Торг только при осмотре", "Могу уступить 500 рублей"}))
		} else {
			switch g.r.IntN(4) {
			case 0:
				// The buyer's phone, for a call outside the app.
				if ph := g.phone(pick(g.r, []string{p.phoneNat, g.intl(), "8" + g.w27NSN()})); ph != nil {
					text = w27About(ask.text+" Мой номер "+ph.raw+", "+p.given+", звоните после 18", ask.cat)
				}
			case 1:
				// Where to bring it.
				if p.showResidence {
					a := g.addr(p.city + ", " + g.w27AVAddr())
					g.lab.Residence = addCountry(g.lab.Residence, "RU")
					text = w27About(ask.text+" Можно курьером по адресу "+a.raw+"?", ask.cat)
				}
			}
		}
		content = O("text", text)
	case "image":
		content = O("image", O("sizes", O("140x105", P(img()), "640x480", P(img()), "1280x960", P(img()))))
	case "link":
		content = O("link", O("text", N("Вот такую ищу"), "url", N("https://www.avito.ru/"+city+"/"+item.section+"/"+fmt.Sprint(itemID+int64(1+g.r.IntN(9999)))),
			"preview", O("title", w27Text(item.title, item.cat), "description", N(""), "domain", N("avito.ru"))))
	case "location":
		if p.showResidence {
			lat, lon := g.w27Near("RU", 6)
			street := g.w27AVAddr()
			g.lab.Residence = addCountry(g.lab.Residence, "RU")
			content = O("location", O("kind", N("house"), "lat", P(lat), "lon", P(lon), "text", g.addr(p.city+", "+street), "title", g.addr(street)))
		} else {
			typ = "text"
			content = O("text", w27About(ask.text, ask.cat))
		}
	case "call":
		content = O("call", O("status", N(pick(g.r, []string{"missed", "missed", "answered"})), "target_user_id", P(sellerID)))
	}
	value := O("id", N(g.hex(32)), "chat_id", N(chatID), "user_id", P(sellerID), "author_id", P(author),
		"created", N(created.Unix()), "type", N(typ), "chat_type", N("u2i"), "content", content,
		"item_id", N(itemID), "published_at", N(created.UTC().Format(time.RFC3339)))
	hook := O("id", N(g.uuid()), "version", N("v3.0.0"), "timestamp", N(g.t.Unix()), "payload", O("type", N("message"), "value", value))
	secret := g.b62(32)
	path := pick(g.r, []string{"/avito/webhook", "/integrations/avito/messenger", "/hooks/avito"})
	var out *node
	switch g.r.IntN(3) {
	case 0:
		// The secret the seller's CRM put in the URL it registered.
		out = O("received_at", g.w27Stamp(time.Duration(100+g.r.IntN(2000))*time.Millisecond), "method", N("POST"), "url", C(path+"?token="+secret),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("Avito-Messenger-Webhook")), "body", hook)
	case 1:
		out = O("received_at", g.w27Stamp(time.Duration(100+g.r.IntN(2000))*time.Millisecond), "path", N(path), "raw_body", w27JSON(hook))
	default:
		out = O("webhook", hook)
	}
	if g.r.IntN(2) == 0 {
		return out
	}
	// The chat fetched for the CRM card: the item and both users.
	tok := g.chars(b64Set, 42)
	var itemLoc *node
	if private {
		lat, lon := g.w27Near("RU", 6)
		itemLoc = O("lat", P(lat), "lon", P(lon), "title", P(pick(g.r, []string{"Москва, м. Сокол", "Москва, р-н Хамовники", "Казань, Вахитовский р-н", "Санкт-Петербург, м. Купчино"})))
	} else {
		lat, lon := g.w27Near("RU", 6)
		itemLoc = O("lat", N(lat), "lon", N(lon), "title", N(pick(g.r, []string{"Москва, ул. Сущёвский Вал, 5", "Казань, ул. Баумана, 44"})))
	}
	ctx := O("type", N("item"), "value", O("id", N(itemID), "title", w27Text(item.title, item.cat), "price_string", N(fmt.Sprintf("%d ₽", item.price)),
		"status_id", N(0), "url", N(itemURL), "user_id", P(sellerID), "images", O("count", N(1+g.r.IntN(8)), "main", O("140x105", N(img()))), "location", itemLoc))
	users := A(
		O("id", P(buyerID), "name", P(buyerName), "public_user_profile", O("user_id", P(buyerID), "item_id", N(itemID),
			"url", P("https://www.avito.ru/user/"+g.hex(32)+"/profile"), "avatar", O("default", P(img()), "images", O("64x64", P(img()), "128x128", P(img()))))),
		O("id", P(sellerID), "name", sellerNode(), "public_user_profile", O("user_id", P(sellerID), "item_id", N(itemID),
			"url", P("https://www.avito.ru/user/"+g.hex(32)+"/profile"), "avatar", O("default", N("https://static.avito.ru/stub_avatars/"+pick(g.r, []string{"И", "М", "Ц"})+"/"+fmt.Sprint(g.r.IntN(16))+"_64x64.png")))),
	)
	chat := O("id", N(chatID), "context", ctx, "created", N(created.Add(-time.Duration(g.r.IntN(86400))*time.Second).Unix()), "updated", N(created.Unix()), "users", users,
		"last_message", O("id", value.obj[0].val, "author_id", P(author), "content", content, "created", N(created.Unix()),
			"direction", N(map[bool]string{true: "out", false: "in"}[fromSeller]), "type", N(typ)))
	out.set("chat", O("request", O("method", N("GET"), "url", N(fmt.Sprintf("https://api.avito.ru/messenger/v2/accounts/%d/chats/%s", sellerID, chatID)),
		"headers", O("Authorization", C("Bearer "+tok))), "response", O("status", N(200), "body", chat)))
	if g.r.IntN(3) == 0 {
		out.set("token", O("request", O("method", N("POST"), "url", N("https://api.avito.ru/token"),
			"body", C("grant_type=client_credentials&client_id="+g.b62(20)+"&client_secret="+g.b62(40))),
			"response", O("status", N(200), "body", O("access_token", C(tok), "expires_in", N(86400), "token_type", N("Bearer")))))
	}
	// The CRM's lead card of the buyer.
	if g.r.IntN(2) == 0 {
		lead := O("source", N("avito"), "avito_user_id", P(buyerID), "name", P(buyerName), "interest", w27Text(item.title, item.cat))
		if ph := g.phone(g.e164()); ph != nil {
			lead.set("phone", ph)
		}
		if p.showLocale {
			lead.set("timezone", g.tz(p.tz))
		}
		out.set("crm_lead", lead)
	}
	return out
}

// ------------------------------------------------------- TikTok Lead Gen

// w27TTLabels are the standard questions of an Instant Form as the form's
// language writes them: name, phone, e-mail, city, date of birth, gender
// (with its two answers) and age.
type w27TTLabels struct {
	name, phone, email, city, dob, gender, female, male, age string
}

var w27TTStd = map[string]w27TTLabels{
	"ID": {"Nama lengkap", "Nomor telepon", "Email", "Kota domisili", "Tanggal lahir", "Jenis kelamin", "Perempuan", "Laki-laki", "Usia"},
	"VN": {"Họ và tên", "Số điện thoại", "Email", "Tỉnh/Thành phố", "Ngày sinh", "Giới tính", "Nữ", "Nam", "Tuổi"},
	"TH": {"ชื่อ-นามสกุล", "เบอร์โทรศัพท์", "อีเมล", "จังหวัดที่อยู่", "วันเกิด", "เพศ", "หญิง", "ชาย", "อายุ"},
	"PH": {"Full name", "Phone number", "Email", "City", "Date of birth", "Gender", "Female", "Male", "Age"},
	"TR": {"Ad Soyad", "Telefon numarası", "E-posta", "Yaşadığınız şehir", "Doğum tarihi", "Cinsiyet", "Kadın", "Erkek", "Yaş"},
	"SA": {"الاسم الكامل", "رقم الجوال", "البريد الإلكتروني", "مدينة الإقامة", "تاريخ الميلاد", "الجنس", "أنثى", "ذكر", "العمر"},
	"MX": {"Nombre completo", "Número de teléfono", "Correo electrónico", "Ciudad donde vives", "Fecha de nacimiento", "Género", "Femenino", "Masculino", "Edad"},
}

// w27TTQuestion is a custom question and its answers, each with the
// special category it tells of the lead; personal: an answer without one
// still describes the lead (an insurance), else it says nothing of them.
type w27TTQuestion struct {
	label    string
	answers  []bioLine
	personal bool
}

// w27TTAdvertiser is a TikTok advertiser collecting leads with a form.
type w27TTAdvertiser struct {
	name, form string
	questions  []w27TTQuestion
	// teens: the form is aimed at school pupils (13 to 17).
	teens bool
}

var w27TTAdvertisers = map[string][]w27TTAdvertiser{
	"ID": {
		{"Klinik Fertilitas Bunda Sehat", "Konsultasi Program Hamil Gratis", []w27TTQuestion{
			{"Apakah Anda sedang hamil?", []bioLine{{"health", "Tidak, sedang program hamil"}, {"health", "Ya"}, {"health", "Belum menikah"}}, false},
			{"Klinik mana yang ingin Anda kunjungi?", []bioLine{{"health", "Bunda Sehat Menteng"}, {"health", "Bunda Sehat Surabaya"}}, false},
			{"Jenis asuransi", []bioLine{{"", "BPJS Kesehatan"}, {"", "Asuransi swasta"}, {"", "Tidak punya asuransi"}}, true},
		}, false},
		{"Al-Hijrah Tour & Travel", "Daftar Umrah Ramadhan 2026", []w27TTQuestion{
			{"Paket umrah yang diminati", []bioLine{{"religion", "Umrah Reguler 9 hari"}, {"religion", "Umrah Plus Turki 12 hari"}, {"religion", "Umrah Ramadhan"}}, false},
			{"Apakah sudah pernah umrah?", []bioLine{{"religion", "Belum pernah"}, {"religion", "Sudah 1 kali"}}, false},
		}, false},
		{"Bimbel Cerdas Juara", "Try Out UTBK Gratis", []w27TTQuestion{
			{"Kelas", []bioLine{{"", "SMA kelas 11"}, {"", "SMA kelas 12"}, {"", "SMP kelas 9"}}, false},
			{"Nama sekolah", []bioLine{{"", "SMAN 8 Jakarta"}, {"", "SMA Negeri 5 Surabaya"}, {"", "SMP Negeri 1 Bandung"}}, true},
		}, true},
	},
	"VN": {
		{"Phòng khám Sản phụ khoa An Tâm", "Đặt lịch khám thai", []w27TTQuestion{
			{"Chị có đang mang thai không?", []bioLine{{"health", "Có, thai 12 tuần"}, {"health", "Đang chuẩn bị mang thai"}, {"health", "Không"}}, false},
			{"Chi nhánh muốn khám", []bioLine{{"health", "Phòng khám An Tâm - Quận 3"}, {"health", "Phòng khám An Tâm - Cầu Giấy"}}, false},
		}, false},
		{"Trung tâm Anh ngữ Sao Việt", "Kiểm tra trình độ miễn phí", []w27TTQuestion{
			{"Bạn đang học lớp mấy?", []bioLine{{"", "Lớp 8"}, {"", "Lớp 10"}, {"", "Lớp 11"}}, false},
			{"Mục tiêu học", []bioLine{{"", "IELTS 6.5"}, {"", "Thi vào lớp 10 chuyên Anh"}}, false},
		}, true},
	},
	"TH": {
		{"คลินิกทันตกรรมยิ้มสวย", "ปรึกษาจัดฟันฟรี", []w27TTQuestion{
			{"บริการที่สนใจ", []bioLine{{"health", "จัดฟันแบบใส"}, {"health", "รากฟันเทียม"}, {"", "ฟอกสีฟัน"}}, false},
			{"สาขาที่สะดวก", []bioLine{{"health", "สาขาสยาม"}, {"health", "สาขาเชียงใหม่"}}, false},
		}, false},
		{"ประกันสุขภาพไทยสมาร์ท", "เช็คเบี้ยประกันสุขภาพ", []w27TTQuestion{
			{"มีโรคประจำตัวหรือไม่", []bioLine{{"health", "ไม่มี"}, {"health", "เบาหวาน"}, {"health", "ความดันโลหิตสูง"}}, false},
			{"ประกันที่มีอยู่", []bioLine{{"", "ประกันสังคม"}, {"", "บัตรทอง (30 บาท)"}, {"", "ประกันกลุ่มของบริษัท"}}, true},
		}, false},
	},
	"PH": {
		{"MomCare Maternity Clinic", "Free Prenatal Check-up", []w27TTQuestion{
			{"Are you pregnant?", []bioLine{{"health", "Yes, 1st trimester"}, {"health", "Yes, 3rd trimester"}, {"health", "Not yet, planning"}}, false},
			{"Which clinic?", []bioLine{{"health", "MomCare Quezon City"}, {"health", "MomCare Cebu"}}, false},
			{"Insurance type", []bioLine{{"", "PhilHealth"}, {"", "HMO (Maxicare)"}, {"", "HMO (Intellicare)"}, {"", "None"}}, true},
		}, false},
		{"Bright Future Senior High", "SHS Enrollment 2026-2027", []w27TTQuestion{
			{"Grade level this school year", []bioLine{{"", "Grade 10"}, {"", "Grade 9"}}, false},
			{"Preferred strand", []bioLine{{"", "STEM"}, {"", "ABM"}, {"", "HUMSS"}}, false},
		}, true},
	},
	"TR": {
		{"Estetik Saç Ekim Merkezi", "Ücretsiz Saç Analizi", []w27TTQuestion{
			{"Saç dökülmeniz ne zaman başladı?", []bioLine{{"health", "1-3 yıl önce"}, {"health", "5 yıldan fazla"}}, false},
			{"Daha önce saç ekimi yaptırdınız mı?", []bioLine{{"health", "Hayır"}, {"health", "Evet, bir kez"}}, false},
		}, false},
		{"Nur Hac ve Umre", "Umre Turu Ön Kayıt", []w27TTQuestion{
			{"Tercih ettiğiniz umre programı", []bioLine{{"religion", "Ramazan Umresi 15 gün"}, {"religion", "Ekonomik Umre 10 gün"}}, false},
		}, false},
		{"Başarı Koleji", "Bursluluk Sınavı Başvurusu", []w27TTQuestion{
			{"Öğrencinin sınıfı", []bioLine{{"", "8. sınıf"}, {"", "9. sınıf"}}, false},
		}, true},
	},
	"SA": {
		{"رحلات الإيمان للعمرة", "احجز عمرتك الآن", []w27TTQuestion{
			{"نوع الباقة", []bioLine{{"religion", "عمرة اقتصادية"}, {"religion", "عمرة VIP مع فندق مطل على الحرم"}}, false},
			{"هل أديت العمرة من قبل؟", []bioLine{{"religion", "لا"}, {"religion", "نعم"}}, false},
		}, false},
		{"مجمع عيادات الابتسامة", "استشارة تقويم مجانية", []w27TTQuestion{
			{"الخدمة المطلوبة", []bioLine{{"health", "تقويم الأسنان الشفاف"}, {"health", "زراعة الأسنان"}, {"", "تبييض الأسنان"}}, false},
			{"نوع التأمين", []bioLine{{"", "بوبا"}, {"", "التعاونية"}, {"", "بدون تأمين"}}, true},
		}, false},
	},
	"MX": {
		{"Clínica de Fertilidad Nueva Vida", "Valoración de fertilidad sin costo", []w27TTQuestion{
			{"¿Estás embarazada?", []bioLine{{"health", "No, llevamos 2 años intentando"}, {"health", "Sí"}, {"health", "Tuve una pérdida reciente"}}, false},
			{"¿Qué clínica prefieres?", []bioLine{{"health", "Nueva Vida Polanco"}, {"health", "Nueva Vida Guadalajara"}}, false},
			{"Tipo de seguro", []bioLine{{"", "IMSS"}, {"", "ISSSTE"}, {"", "Gastos médicos mayores (GNP)"}, {"", "Ninguno"}}, true},
		}, false},
		{"Prepa Abierta Impulso", "Inscríbete a la prepa", []w27TTQuestion{
			{"¿Qué grado cursas?", []bioLine{{"", "3° de secundaria"}, {"", "1er semestre de prepa"}}, false},
		}, true},
	},
}

func tiktokLeadGenWebhook(g *gen) *node {
	cc := pick(g.r, []string{"ID", "ID", "ID", "VN", "VN", "TH", "TH", "PH", "PH", "TR", "TR", "SA", "SA", "MX", "MX"})
	g.w27Redraw(cc)
	p := g.p
	if p.phoneCC != cc && g.r.IntN(3) != 0 {
		g.w27SetPhone(cc)
	}
	adv := pick(g.r, w27TTAdvertisers[cc])
	switch {
	case adv.teens && g.r.IntN(3) != 0:
		g.w27Age(13, 17)
	case adv.teens:
		g.w27Age(18, 45) // a parent fills it in for a child, or an adult learner
	default:
		g.w27Age(18, 55)
	}
	std := w27TTStd[cc]
	english := g.r.IntN(2) == 0
	key := func(local, en string) string {
		if english {
			return en
		}
		return local
	}
	full := p.fullName()
	if cc == "VN" && g.r.IntN(3) == 0 {
		// Typed without diacritics.
		full = w27Title(p.familyL) + " " + w27Title(p.givenL)
	}
	var fields []*node
	add := func(name string, v *node) {
		if v != nil {
			fields = append(fields, O("field_name", N(name), "field_value", v))
		}
	}
	add(key(std.name, "name"), P(full))
	phoneText := p.phone
	if p.phoneCC == cc && g.r.IntN(2) == 0 {
		phoneText = strings.ReplaceAll(p.phoneNat, " ", "")
	}
	add(key(std.phone, "phone_number"), g.phone(phoneText))
	if g.r.IntN(3) != 0 {
		add(key(std.email, "email"), P(p.email))
	}
	if p.showResidence && g.r.IntN(4) != 0 {
		// Where the lead says they live.
		if c := g.addr(p.city); c != nil {
			g.lab.Residence = addCountry(g.lab.Residence, cc)
			add(key(std.city, "city"), c)
		}
		if g.r.IntN(4) == 0 {
			add(key("Country/Region", "country"), g.residence(englishName[cc]))
		}
	}
	switch g.r.IntN(3) {
	case 0:
		layout := pick(g.r, []string{"2006-01-02", "02/01/2006"})
		if cc == "PH" && g.r.IntN(2) == 0 {
			layout = "01/02/2006"
		}
		add(key(std.dob, "date_of_birth"), g.dob(layout))
	case 1:
		add(key(std.age, "age"), P(fmt.Sprint(g.ageAt())))
	}
	if g.r.IntN(2) == 0 {
		add(key(std.gender, "gender"), P(map[bool]string{true: std.female, false: std.male}[p.female]))
	}
	for _, q := range adv.questions {
		a := g.w27Note(q.answers, 2)
		switch {
		case a.cat != "":
			add(q.label, S(a.text, a.cat))
		case q.personal:
			add(q.label, P(a.text))
		default:
			add(q.label, N(a.text))
		}
	}
	if cc == "TR" && p.idValue != "" && g.r.IntN(5) == 0 {
		add("T.C. Kimlik No", P(p.idValue))
	}
	leadID := fmt.Sprint(7300000000000000000 + g.r.Int64N(200000000000000000))
	advID := fmt.Sprint(7000000000000000000 + g.r.Int64N(300000000000000000))
	formID := fmt.Sprint(7200000000000000000 + g.r.Int64N(200000000000000000))
	adID := fmt.Sprint(1780000000000000000 + g.r.Int64N(9000000000000000))
	created := g.t.Add(-time.Duration(g.r.IntN(120)) * time.Second)
	lead := O("lead_id", N(leadID), "advertiser_id", N(advID), "page_id", N(formID), "form_id", N(formID), "form_name", N(adv.form),
		"ad_id", N(adID), "ad_name", N(adv.form+" - "+pick(g.r, []string{"Video A", "Video B", "UGC 03"})),
		"adgroup_id", N(fmt.Sprint(1780000000000000000+g.r.Int64N(9000000000000000))),
		"campaign_id", N(fmt.Sprint(1780000000000000000+g.r.Int64N(9000000000000000))), "campaign_name", N(adv.name+" | Leads | "+cc),
		"create_time", N(created.Unix()), "fields", A(fields...))
	if g.r.IntN(4) == 0 {
		lead.set("create_time", N(created.UTC().Format("2006-01-02 15:04:05")))
	}
	secret := g.b62(32)
	switch g.r.IntN(3) {
	case 0:
		raw := string(render(lead, &Label{}))
		ts := fmt.Sprint(g.t.Unix())
		sig := C("t=" + ts + ",s=" + hex.EncodeToString(w27HMAC(secret, ts+"."+raw)))
		return O("received_at", g.w27Stamp(time.Duration(200+g.r.IntN(5000))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/webhooks/tiktok/leads", "/api/leads/tiktok", "/integrations/tiktok"})),
			"headers", O("Content-Type", N("application/json"), "Tiktok-Signature", sig), "body", lead)
	case 1:
		// Fetched with the advertiser's access token.
		return O(
			"request", O("method", N("GET"), "url", N("https://business-api.tiktok.com/open_api/v1.3/page/lead/get/?advertiser_id="+advID+"&lead_id="+leadID),
				"headers", O("Access-Token", C(g.hex(40)))),
			"response", O("status", N(200), "body", O("code", N(0), "message", N("OK"), "request_id", N(g.hex(32)), "data", lead)))
	}
	// The CRM's contact made from the lead.
	crm := O("source", N("tiktok_lead_gen"), "lead_id", N(leadID), "full_name", P(full), "phone", g.phone(g.e164()))
	if p.showLocale {
		crm.set("locale", g.locale(p.locale))
	}
	if p.minor && g.r.IntN(2) == 0 {
		crm.set("is_minor", P(true))
	}
	return O("lead", lead, "crm_contact", crm)
}
