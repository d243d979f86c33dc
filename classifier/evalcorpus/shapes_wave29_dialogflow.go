package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------ Dialogflow CX

// w29DFLang is what users of one agent language type, {v} the value: their
// name, birth date, phone, identifier, one-time code, country; the
// symptoms a clinic's users describe (the entity each resolves to); and
// the agent's prompts.
type w29DFLang struct {
	code                                 string
	name, dob, phone, id, otp, country   string
	symptoms                             [][2]string
	askName, askDOB, askID, askOTP, done string
	thanks                               string // {v} the user's first name
}

var w29DFLangs = map[string]w29DFLang{
	"en": {"en", "My name is {v}", "I was born on {v}", "my number is {v}", "my {k} is {v}", "the code is {v}", "I live in {v}",
		[][2]string{{"I've had chest pain and shortness of breath since last night", "chest pain"}, {"my son has a high fever and a rash", "fever"}, {"I think I have a UTI, it burns when I pee", "urinary tract infection"}, {"I've been feeling really depressed and I can't sleep", "depression"}, {"I'm 8 weeks pregnant and I have some bleeding", "pregnancy bleeding"}, {"my blood sugar has been over 300 all week", "hyperglycemia"}},
		"Can I have your full name, please?", "And your date of birth?", "Please tell me your ID number.", "I've sent a 6-digit code to your phone. Please type it here.", "Thanks, you're all set.", "Thanks, {v}!"},
	"es": {"es", "Me llamo {v}", "Nací el {v}", "mi número es {v}", "mi {k} es {v}", "el código es {v}", "vivo en {v}",
		[][2]string{{"tengo dolor de pecho desde anoche", "dolor de pecho"}, {"tengo fiebre y tos desde hace tres días", "fiebre"}, {"me siento muy deprimida últimamente", "depresión"}, {"estoy embarazada de 10 semanas y tengo sangrado", "sangrado en el embarazo"}},
		"¿Me indica su nombre completo?", "¿Y su fecha de nacimiento?", "Indíqueme su número de documento, por favor.", "Le enviamos un código de 6 dígitos. Escríbalo aquí.", "Listo, gracias.", "¡Gracias, {v}!"},
	"pt-br": {"pt-br", "Meu nome é {v}", "Nasci em {v}", "meu celular é {v}", "meu {k} é {v}", "o código é {v}", "moro no {v}",
		[][2]string{{"estou com febre e dor de garganta há 3 dias", "febre"}, {"minha pressão está 16 por 10 desde ontem", "hipertensão"}, {"estou grávida de 10 semanas e com sangramento", "sangramento na gravidez"}, {"tenho crises de ansiedade quase todo dia", "ansiedade"}},
		"Qual é o seu nome completo?", "E a sua data de nascimento?", "Por favor, informe o seu CPF.", "Enviamos um código de 6 dígitos por SMS. Digite aqui.", "Pronto, obrigado.", "Obrigado, {v}!"},
	"de": {"de", "Ich heiße {v}", "Ich bin am {v} geboren", "meine Nummer ist {v}", "meine {k} ist {v}", "der Code lautet {v}", "ich wohne in {v}",
		[][2]string{{"ich habe seit gestern starke Kopfschmerzen und Fieber", "Kopfschmerzen"}, {"mein Blutzucker ist seit Tagen viel zu hoch", "Hyperglykämie"}, {"ich habe Schmerzen in der Brust beim Treppensteigen", "Brustschmerzen"}},
		"Wie lautet Ihr vollständiger Name?", "Und Ihr Geburtsdatum?", "Bitte nennen Sie Ihre Ausweisnummer.", "Wir haben Ihnen einen 6-stelligen Code geschickt. Bitte hier eingeben.", "Vielen Dank, alles erledigt.", "Danke, {v}!"},
	"hi": {"hi", "मेरा नाम {v} है", "मेरी जन्मतिथि {v} है", "मेरा नंबर {v} है", "मेरा {k} {v} है", "OTP {v} है", "मैं {v} में रहता हूँ",
		[][2]string{{"मुझे दो दिन से तेज़ बुखार और खांसी है", "बुखार"}, {"मेरे सीने में दर्द हो रहा है", "सीने में दर्द"}, {"मेरी शुगर बहुत बढ़ गई है", "मधुमेह"}},
		"कृपया अपना पूरा नाम बताइए।", "आपकी जन्मतिथि क्या है?", "कृपया अपना आधार नंबर बताइए।", "हमने आपके फ़ोन पर 6 अंकों का OTP भेजा है।", "धन्यवाद, हो गया।", "धन्यवाद, {v}!"},
	"id": {"id", "Nama saya {v}", "Saya lahir tanggal {v}", "nomor HP saya {v}", "{k} saya {v}", "kode OTP-nya {v}", "saya tinggal di {v}",
		[][2]string{{"saya demam tinggi sudah tiga hari", "demam"}, {"anak saya diare dan muntah sejak pagi", "diare"}, {"dada saya sesak dan nyeri", "nyeri dada"}},
		"Boleh tahu nama lengkap Anda?", "Tanggal lahir Anda?", "Mohon sebutkan NIK Anda.", "Kami telah mengirim kode 6 digit ke HP Anda.", "Terima kasih, sudah selesai.", "Terima kasih, {v}!"},
	"ar": {"ar", "اسمي {v}", "تاريخ ميلادي {v}", "رقم جوالي {v}", "رقم {k} الخاص بي {v}", "الرمز هو {v}", "أسكن في {v}",
		[][2]string{{"عندي ألم في الصدر منذ الأمس", "ألم في الصدر"}, {"أعاني من ارتفاع السكر في الدم", "ارتفاع السكر"}, {"ابني عنده حرارة مرتفعة وطفح جلدي", "حمى"}},
		"ما اسمك الكامل من فضلك؟", "وما تاريخ ميلادك؟", "من فضلك أدخل رقم الهوية.", "أرسلنا رمزاً من 6 أرقام إلى جوالك.", "شكراً، تم.", "شكراً يا {v}!"},
}

// w29DFMarket is where an agent's users are: the language they chat in
// and what their national identifier is called.
var w29DFMarkets = map[string]struct{ lang, idName string }{
	"GB": {"en", "National Insurance number"}, "US": {"en", "SSN"}, "IN": {"hi", "आधार नंबर"}, "NG": {"en", "NIN"}, "PH": {"en", "PhilSys number"},
	"ES": {"es", "DNI"}, "MX": {"es", "CURP"}, "CO": {"es", "cédula"}, "AR": {"es", "DNI"},
	"BR": {"pt-br", "CPF"}, "DE": {"de", "Steuer-ID"}, "AT": {"de", "Ausweisnummer"},
	"ID": {"id", "NIK"}, "SA": {"ar", "الهوية الوطنية"}, "EG": {"ar", "الرقم القومي"}, "AE": {"ar", "الهوية الإماراتية"},
}

// w29DFID is the subject's national identifier as a chat user types it.
func (g *gen) w29DFID(cc string) string {
	p := g.p
	switch cc {
	case "IN":
		return genAadhaar(g.r, p.dob, p.female, [2]string{})
	case "MX":
		return curp(g.r, p.dob, p.female, p.givenL, p.familyL)
	case "AR":
		_, dni := arCUIL(g.r, p.dob, p.female)
		return dni
	case "NG":
		return pattern(g.r, "###########")
	case "AT":
		return pattern(g.r, "A#######")
	case "ID":
		day := p.dob.Day()
		if p.female {
			day += 40
		}
		return pick(g.r, []string{"317305", "340203", "321605"}) + fmt.Sprintf("%02d", day) + p.dob.Format("0106") + pattern(g.r, "0###")
	case "SA":
		return "1" + pattern(g.r, "#########")
	case "EG":
		return egNationalID(g.r, p.dob, p.female)
	case "AE":
		return emiratesID(g.r, p.dob)
	}
	if p.idValue != "" {
		return p.idValue
	}
	return pattern(g.r, "##########")
}

// w29DFMonths are month names for birth dates typed in words.
var w29DFMonths = map[string][]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"id": {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
}

// w29DFDate is a birth date as a user of the language types it.
func (g *gen) w29DFDate(lang, cc string) string {
	d := g.p.dob
	if ms, ok := w29DFMonths[lang]; ok && g.r.IntN(2) == 0 {
		switch lang {
		case "es":
			return fmt.Sprintf("%d de %s de %d", d.Day(), ms[d.Month()-1], d.Year())
		case "en":
			if cc == "US" {
				return fmt.Sprintf("%s %d, %d", ms[d.Month()-1], d.Day(), d.Year())
			}
		}
		return fmt.Sprintf("%d %s %d", d.Day(), ms[d.Month()-1], d.Year())
	}
	switch {
	case cc == "US":
		return d.Format("01/02/2006")
	case lang == "de":
		return d.Format("02.01.2006")
	case lang == "id":
		return d.Format("02-01-2006")
	}
	return d.Format("02/01/2006")
}

// w29DFStep is one parameter of the agent's form: its display name,
// what the user typed and how it is labelled.
type w29DFStep struct {
	param, typed string
	kind         string // P personal, D birth date, T phone, C credential, S health, R residence
}

func dialogflowCXWebhook(g *gen) *node {
	cc := pick(g.r, []string{"GB", "US", "IN", "IN", "NG", "PH", "ES", "MX", "CO", "AR", "BR", "BR", "DE", "AT", "ID", "ID", "SA", "EG", "AE"})
	g.w29Redraw(cc)
	p := g.p
	mk := w29DFMarkets[cc]
	lang := mk.lang
	if cc == "IN" && g.r.IntN(2) == 0 {
		lang = "en"
	}
	L := w29DFLangs[lang]
	clinic := g.r.IntN(2) == 0
	if clinic && g.r.IntN(5) == 0 {
		g.w29Age(13, 17)
	} else {
		g.w29Age(18, 79)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	name := p.fullName()
	if lang == "en" && !w29Latin(name) || lang == "hi" && g.r.IntN(3) == 0 {
		name = w29Title(p.givenL) + " " + w29Title(p.familyL)
	}
	firstName := strings.Fields(name)[0]
	if p.c.familyFirst && !w29Latin(name) {
		firstName = p.given
	}
	fill := func(t, v string) string {
		return strings.NewReplacer("{v}", v, "{k}", mk.idName).Replace(t)
	}

	// The form the user fills, step by step.
	dob := g.w29DFDate(lang, cc)
	d := p.dob
	dobNode := func() *node {
		g.dobAt()
		return O("year", P(d.Year()), "month", P(int(d.Month())), "day", P(d.Day()))
	}
	natID := g.w29DFID(cc)
	otp := pattern(g.r, "######")
	sym := pick(g.r, L.symptoms)
	steps := []w29DFStep{
		{"person-name", name, "P"},
		{"date-of-birth", dob, "D"},
	}
	if clinic {
		steps = append(steps, w29DFStep{"phone-number", p.phone, "T"}, w29DFStep{"symptoms", sym[0], "S"})
		if g.r.IntN(2) == 0 {
			steps = append(steps[:2], append([]w29DFStep{{"national-id", natID, "P"}}, steps[2:]...)...)
		}
	} else {
		steps = append(steps, w29DFStep{"national-id", natID, "P"}, w29DFStep{"otp-code", otp, "C"})
		if g.r.IntN(3) == 0 {
			home := p.c.name
			if lang == "en" {
				home = englishName[cc]
			}
			steps = append(steps, w29DFStep{"country", home, "R"})
		}
	}
	// A phone or a country the subject's evidence leaves out is not asked.
	kept := steps[:0]
	for _, s := range steps {
		if s.kind == "T" && (!p.showPhone || p.phoneE164 == "") || s.kind == "R" && !p.showResidence {
			continue
		}
		kept = append(kept, s)
	}
	steps = kept
	cur := g.r.IntN(len(steps))
	// value is a step's resolved value, labelled; nil when the event may
	// not show it (a phone or country the subject's evidence leaves out).
	value := func(s w29DFStep) *node {
		switch s.kind {
		case "P":
			if s.param == "person-name" {
				return O("name", P(s.typed))
			}
			return P(s.typed)
		case "D":
			return dobNode()
		case "T":
			return g.phone(s.typed)
		case "C":
			return C(s.typed)
		case "S":
			return S(sym[1], "health")
		case "R":
			return g.residence(s.typed)
		}
		return nil
	}
	// typed is what the user wrote for a step, labelled like its value.
	typed := func(s w29DFStep) *node {
		var t string
		switch s.param {
		case "person-name":
			t = fill(L.name, s.typed)
		case "date-of-birth":
			t = fill(L.dob, s.typed)
		case "phone-number":
			t = fill(L.phone, s.typed)
		case "national-id":
			t = fill(L.id, s.typed)
		case "otp-code":
			t = fill(L.otp, s.typed)
		case "country":
			t = fill(L.country, s.typed)
		default:
			t = s.typed
		}
		switch s.kind {
		case "C":
			return C(t)
		case "S":
			return S(t, "health")
		case "T":
			if g.phone(s.typed) == nil {
				return nil
			}
		case "R":
			if g.residence(s.typed) == nil {
				return nil
			}
		}
		return P(t)
	}
	next := map[string]string{"person-name": L.askName, "date-of-birth": L.askDOB, "national-id": L.askID, "otp-code": L.askOTP}

	// Where the agent runs and who the session is.
	project := map[bool]string{true: "clinic-assistant-prod", false: "retail-bank-cx-prod"}[clinic]
	region := pick(g.r, []string{"global", "europe-west1", "us-central1", "asia-south1"})
	agent := g.uuid()
	base := "projects/" + project + "/locations/" + region + "/agents/" + agent
	channel := pick(g.r, []string{"web", "web", "telegram", "whatsapp"})
	tgID := int64(1000000000 + g.r.Int64N(6999999999))
	waID := strings.TrimPrefix(g.e164(), "+")
	session := N(base + "/sessions/" + "dfMessenger-" + pattern(g.r, "#########"))
	switch channel {
	case "telegram":
		session = P(base + "/sessions/telegram-" + fmt.Sprint(tgID))
	case "whatsapp":
		// The middleware keys the session by the user's WhatsApp number.
		if g.phone(waID) != nil {
			session = P(base + "/sessions/wa-" + waID)
		} else {
			channel = "web"
		}
	}
	payload := func() *node {
		switch channel {
		case "telegram":
			from := O("id", P(tgID), "is_bot", N(false), "first_name", P(firstName))
			if g.r.IntN(2) == 0 {
				from.set("username", P(w29Clean(p.givenL)+"_"+w29Clean(p.familyL)+fmt.Sprint(g.r.IntN(100))))
			}
			if lang == "pt-br" {
				g.lab.Weak = addCountry(g.lab.Weak, "BR")
			}
			from.set("language_code", N(lang))
			return O("telegram", O("update_id", N(int64(900000000+g.r.IntN(90000000))), "message", O("message_id", N(1000+g.r.IntN(9000)),
				"from", from, "chat", O("id", P(tgID), "type", N("private")), "date", N(g.t.Unix()))))
		case "whatsapp":
			return O("whatsapp", O("wa_id", g.phone(waID), "profile", O("name", P(firstName)),
				"phone_number_id", N(pattern(g.r, "1##############")), "message_id", N("wamid.HBgM"+g.b62(40))))
		}
		return O("channel", N("df-messenger"))
	}
	// orig is the part of the text a parameter matched.
	orig := func(s w29DFStep) *node {
		switch s.kind {
		case "C":
			return C(s.typed)
		case "S":
			return S(s.typed, "health")
		case "T":
			return g.phone(s.typed)
		case "R":
			return g.residence(s.typed)
		}
		return P(s.typed)
	}
	param := func(s w29DFStep) *node {
		return O("originalValue", orig(s), "resolvedValue", value(s))
	}
	// The session's parameters: those collected before this turn, and
	// what the webhook added (a verified customer, a patient record).
	custID := pick(g.r, []string{"C", "P"}) + pattern(g.r, "########")
	sessionParams := func(upto int, withWebhook bool) *node {
		sp := O()
		for i := 0; i <= upto && i < len(steps); i++ {
			sp.set(steps[i].param, value(steps[i]))
		}
		if withWebhook {
			sp.set(map[bool]string{true: "patient_id", false: "customer_id"}[clinic], P(custID))
			sp.set("verified", N(!clinic && upto >= len(steps)-1))
		}
		return sp
	}
	cs := steps[cur]
	intent := map[bool][]string{true: {"appointment.book", "symptom.report", "prescription.refill"}, false: {"card.block", "identity.verify", "account.balance", "loan.apply"}}[clinic]
	intentName := pick(g.r, intent)
	if cs.kind == "S" {
		intentName = "symptom.report"
	}
	page := map[bool][]string{true: {"Collect patient details", "Describe symptoms"}, false: {"Verify identity", "Enter one-time code"}}[clinic]
	request := func() *node {
		var infos []*node
		for i, s := range steps {
			state, val := "EMPTY", (*node)(nil)
			if i <= cur {
				state, val = "FILLED", value(s)
			}
			pi := O("displayName", N(s.param), "required", N(true), "state", N(state))
			if val != nil {
				pi.set("value", val)
			}
			if i == cur {
				pi.set("justCollected", N(true))
			}
			infos = append(infos, pi)
		}
		r := O("detectIntentResponseId", N(g.uuid()),
			"intentInfo", O("lastMatchedIntent", N(base+"/intents/"+g.uuid()), "displayName", N(intentName),
				"parameters", O(cs.param, param(cs)), "confidence", N(float64(60+g.r.IntN(40))/100)),
			"pageInfo", O("currentPage", N(base+"/flows/00000000-0000-0000-0000-000000000000/pages/"+g.uuid()), "displayName", N(pick(g.r, page)),
				"formInfo", O("parameterInfo", A(infos...))),
			"sessionInfo", O("session", session, "parameters", sessionParams(cur, false)),
			"fulfillmentInfo", O("tag", N(pick(g.r, []string{"validate-" + cs.param, "collect-" + cs.param, "form-filled"}))))
		msgs := []*node{}
		if cur+1 < len(steps) {
			m, ok := next[steps[cur+1].param]
			if !ok {
				m = L.done
			}
			msgs = append(msgs, O("text", O("text", A(N(m)), "redactedText", A(N(m))), "responseType", N("PARAMETER_PROMPT"), "source", N("VIRTUAL_AGENT")))
		}
		if cur > 0 && g.r.IntN(2) == 0 {
			t := fill(L.thanks, firstName)
			msgs = append(msgs, O("text", O("text", A(P(t)), "redactedText", A(P(t))), "responseType", N("HANDLER_PROMPT"), "source", N("VIRTUAL_AGENT")))
		}
		r.set("messages", A(msgs...))
		r.set("payload", payload())
		if cs.kind == "S" || g.r.IntN(3) == 0 {
			r.set("sentimentAnalysisResult", O("score", N(float64(-g.r.IntN(9))/10), "magnitude", N(float64(1+g.r.IntN(20))/10)))
		}
		if t := typed(cs); t != nil {
			r.set("text", t)
		}
		if lang == "pt-br" {
			g.lab.Weak = addCountry(g.lab.Weak, "BR")
		}
		r.set("languageCode", N(lang))
		return r
	}

	// Dialogflow's service agent signs an ID token for the webhook; some
	// webhooks take a shared header instead.
	jwt := func() string {
		enc := base64.RawURLEncoding
		h := enc.EncodeToString([]byte(`{"alg":"RS256","kid":"` + g.hex(40) + `","typ":"JWT"}`))
		c := enc.EncodeToString([]byte(fmt.Sprintf(`{"aud":"https://%s.example/dialogflow/webhook","azp":"%s","email":"service-%s@gcp-sa-dialogflow.iam.gserviceaccount.com","email_verified":true,"exp":%d,"iat":%d,"iss":"https://accounts.google.com","sub":"%s"}`,
			project, pattern(g.r, "1####################"), pattern(g.r, "############"), g.t.Add(time.Hour).Unix(), g.t.Unix(), pattern(g.r, "1####################"))))
		return h + "." + c + "." + g.chars(b64Set, 342)
	}
	headers := func() *node {
		h := O("Content-Type", N("application/json"), "User-Agent", N("Google-Dialogflow"))
		if g.r.IntN(3) == 0 {
			h.set("X-Webhook-Secret", C(g.b62(32)))
		} else {
			h.set("Authorization", C("Bearer "+jwt()))
		}
		return h
	}
	received := func(body *node) *node {
		return O("received_at", g.w29Stamp(time.Duration(50+g.r.IntN(400))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/dialogflow/webhook", "/cx/fulfillment", "/api/bot/df-cx"})), "headers", headers(), "body", body)
	}
	response := func() *node {
		var text *node
		switch {
		case cs.kind == "C":
			text = N(L.done)
		case cur > 0:
			text = P(fill(L.thanks, firstName))
		default:
			text = N(L.askDOB)
		}
		return O("fulfillmentResponse", O("messages", A(O("text", O("text", A(text)))), "mergeBehavior", N("APPEND")),
			"sessionInfo", O("parameters", sessionParams(cur, true)))
	}
	switch mode := g.r.IntN(10); {
	case mode < 5:
		return received(request())
	case mode < 7:
		return O("request", received(request()), "response", O("status", N(200), "body", response()))
	case mode < 8:
		// The webhook's log line, the request body as a string.
		return O("ts", N(g.t.UTC().Format(time.RFC3339Nano)), "severity", N("INFO"), "logger", N("df-webhook"),
			"message", N("webhook request"), "tag", N("collect-"+cs.param), "body", w29JSON(request()))
	}
	// The record the bank's or the clinic's system made of the session.
	r := O("session_id", session, "channel", N(channel), "language", N(lang))
	if lang == "pt-br" {
		g.lab.Weak = addCountry(g.lab.Weak, "BR")
	}
	for i := 0; i <= cur; i++ {
		s := steps[i]
		switch s.kind {
		case "D":
			r.set("birth_date", g.dob("2006-01-02"))
		case "P":
			r.set(strings.ReplaceAll(s.param, "-", "_"), P(s.typed))
		default:
			if v := orig(s); v != nil && s.kind != "C" {
				r.set(strings.ReplaceAll(s.param, "-", "_"), v)
			}
		}
	}
	if clinic {
		r.set("patient_id", P(custID))
		if cur >= 1 && p.minor {
			r.set("is_minor", P(true))
			r.set("guardian_consent", N("pending"))
		}
		if cs.kind == "S" {
			r.set("triage", S(pick(g.r, []string{"urgent - call back within 1h", "routine - book GP appointment", "advise emergency department"}), "health"))
		}
	} else {
		r.set("customer_id", P(custID))
		r.set("verification", N(map[bool]string{true: "otp_passed", false: "in_progress"}[cs.kind == "C"]))
	}
	if p.showLocale && g.r.IntN(2) == 0 {
		r.set("timezone", g.tz(p.tz))
	}
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N(map[bool]string{true: "intake saved", false: "kyc session saved"}[clinic]), "record", r)
}
