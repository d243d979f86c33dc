package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------------- Freshchat

// w31FCLang is what a support desk's users and agents write in one
// language: the telecom's and the insurer's complaints (health ones
// sensitive), the lines that carry an identity number, a one-time code,
// a phone number or a new address ({v}), and the agents' lines ({v} the
// user's first name).
type w31FCLang struct {
	telecom, insurer          []w31Phrase
	id, otp, phone, moved     string
	greet, askID, sentOTP     string
	closing                   string
	claimFile, idPhotoCaption string
}

var w31FCLangs = map[string]w31FCLang{
	"en": {
		[]w31Phrase{{"", "My internet has been down since yesterday evening"}, {"", "I was charged twice for my bill this month"}, {"", "Roaming doesn't work, I'm abroad and have no signal"}, {"", "This is the third time I'm complaining, I will go to the regulator"}, {"", "Please port my number out, I want the PAC code"}},
		[]w31Phrase{{"health", "My claim for the knee surgery was rejected, why?"}, {"health", "I need pre-authorisation for chemotherapy next week"}, {"health", "Maternity claim for my delivery on the 3rd, C-section"}, {"health", "Does my policy cover therapy sessions for depression?"}, {"", "I want to cancel my policy and get a refund"}, {"", "When is my premium due?"}},
		"my ID number is {v}", "the code is {v}", "you can call me on {v}", "I moved, my new address is {v}",
		"Hi {v}, thanks for reaching out! Let me look into this.", "Could you share your ID number so I can verify your account?", "I've sent a one-time code to your registered number, please type it here.",
		"Glad we could help. Is there anything else?", "hospital_bill_and_discharge_summary.pdf", "photo of my ID"},
	"es": {
		[]w31Phrase{{"", "No tengo internet desde ayer en la tarde"}, {"", "Me cobraron dos veces la factura de este mes"}, {"", "Quiero hacer la portabilidad de mi número"}, {"", "Es la tercera vez que reclamo, voy a ir a Profeco"}},
		[]w31Phrase{{"health", "Me rechazaron el reembolso de la cirugía de rodilla"}, {"health", "Necesito autorización para la quimioterapia"}, {"health", "Estoy embarazada de 20 semanas, ¿cubre el parto?"}, {"", "Quiero cancelar mi póliza"}},
		"mi número de documento es {v}", "el código es {v}", "pueden llamarme al {v}", "me mudé, mi nueva dirección es {v}",
		"Hola {v}, gracias por escribirnos. Ya lo reviso.", "¿Me indica su número de documento para verificar la cuenta?", "Le enviamos un código de un solo uso a su número registrado.",
		"¡Gracias por contactarnos! ¿Algo más?", "factura_hospital_cirugia.pdf", "foto de mi cédula"},
	"pt": {
		[]w31Phrase{{"", "Estou sem internet desde ontem"}, {"", "Fui cobrado duas vezes na fatura deste mês"}, {"", "Já é a terceira reclamação, vou abrir na Anatel"}, {"", "Quero cancelar a linha"}},
		[]w31Phrase{{"health", "Meu reembolso da consulta com o psiquiatra foi negado"}, {"health", "Preciso de autorização para a cirurgia bariátrica"}, {"health", "Estou grávida, quero saber da carência do parto"}, {"", "Quero a segunda via do boleto"}},
		"meu CPF é {v}", "o código é {v}", "meu celular é {v}", "mudei de endereço, agora é {v}",
		"Olá {v}, obrigado pelo contato! Vou verificar.", "Pode me informar o seu CPF para confirmar o cadastro?", "Enviamos um código de verificação por SMS para o seu número.",
		"Obrigado pelo contato! Posso ajudar em algo mais?", "nota_fiscal_hospital.pdf", "foto do RG"},
	"ar": {
		[]w31Phrase{{"", "الإنترنت مقطوع عندي من أمس"}, {"", "تم خصم الفاتورة مرتين هذا الشهر"}, {"", "أريد نقل رقمي إلى شركة أخرى"}},
		[]w31Phrase{{"health", "تم رفض مطالبة عملية الركبة"}, {"health", "أحتاج موافقة مسبقة للعلاج الكيميائي"}, {"health", "أنا حامل، هل التأمين يغطي الولادة؟"}, {"", "أريد إلغاء البوليصة"}},
		"رقم الهوية {v}", "الرمز هو {v}", "رقم جوالي {v}", "انتقلت، عنواني الجديد {v}",
		"مرحباً {v}، شكراً لتواصلك معنا.", "من فضلك أرسل رقم الهوية للتحقق من الحساب.", "أرسلنا رمز تحقق إلى رقمك المسجل.",
		"شكراً لتواصلك. هل هناك شيء آخر؟", "فاتورة_المستشفى.pdf", "صورة الهوية"},
	"hi": {
		[]w31Phrase{{"", "कल शाम से मेरा इंटरनेट नहीं चल रहा"}, {"", "इस महीने बिल दो बार कट गया"}, {"", "मुझे अपना नंबर पोर्ट करना है"}},
		[]w31Phrase{{"health", "मेरे पिताजी की बाईपास सर्जरी का क्लेम रिजेक्ट हो गया"}, {"health", "डायलिसिस के लिए कैशलेस अप्रूवल चाहिए"}, {"health", "डिलीवरी का क्लेम कब तक आएगा?"}, {"", "पॉलिसी रिन्यू करनी है"}},
		"मेरा आधार नंबर {v} है", "OTP {v} है", "मेरा नंबर {v} है", "मेरा नया पता {v} है",
		"नमस्ते {v}, संपर्क करने के लिए धन्यवाद।", "कृपया खाता सत्यापन के लिए अपना आधार नंबर बताइए।", "आपके रजिस्टर्ड नंबर पर OTP भेजा गया है।",
		"धन्यवाद! और कुछ मदद चाहिए?", "hospital_bill_discharge.pdf", "आधार कार्ड की फोटो"},
	"id": {
		[]w31Phrase{{"", "Internet saya mati dari kemarin sore"}, {"", "Tagihan bulan ini terpotong dua kali"}, {"", "Saya mau ganti paket ke pascabayar"}},
		[]w31Phrase{{"health", "Klaim rawat inap demam berdarah anak saya ditolak"}, {"health", "Saya perlu persetujuan untuk operasi usus buntu"}, {"health", "Apakah polis menanggung persalinan caesar?"}, {"", "Saya mau berhenti berlangganan polis"}},
		"NIK saya {v}", "kode OTP-nya {v}", "nomor HP saya {v}", "saya pindah, alamat baru {v}",
		"Halo {v}, terima kasih sudah menghubungi kami.", "Boleh dibantu NIK untuk verifikasi akun?", "Kami sudah mengirim kode OTP ke nomor terdaftar Anda.",
		"Terima kasih! Ada lagi yang bisa dibantu?", "kwitansi_rumah_sakit.pdf", "foto KTP"},
}

// w31FCMarkets are the support desks' countries and their language.
var w31FCMarkets = map[string]string{"GB": "en", "US": "en", "NG": "en", "PH": "en", "ES": "es", "MX": "es", "CO": "es", "BR": "pt", "PT": "pt",
	"SA": "ar", "AE": "ar", "EG": "ar", "IN": "hi", "ID": "id"}

var w31FCCountries = []string{"GB", "US", "NG", "PH", "ES", "MX", "CO", "BR", "BR", "PT", "SA", "AE", "EG", "IN", "IN", "ID", "ID"}

func freshchatConversationWebhook(g *gen) *node {
	cc := pick(g.r, w31FCCountries)
	g.w29Redraw(cc)
	p := g.p
	lang := w31FCMarkets[cc]
	if cc == "IN" && g.r.IntN(2) == 0 || cc == "AE" && g.r.IntN(3) == 0 {
		lang = "en"
	}
	L := w31FCLangs[lang]
	insurer := g.r.IntN(2) == 0
	if insurer && g.r.IntN(8) == 0 {
		g.w29Age(16, 17) // a dependant on a family policy writing in
	} else {
		g.w29Age(18, 75)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	first, last := g.w31Name(lang == "en" || lang == "id")
	userID := g.uuid()
	appID, channelID, convID := g.uuid(), g.uuid(), g.uuid()
	if g.r.IntN(4) == 0 {
		convID = g.hex(32)
	}
	agentID, groupID := g.uuid(), g.uuid()
	interaction := fmt.Sprintf("%d-%d", 100000000000000+g.r.Int64N(899999999999999), g.t.Add(-time.Duration(g.r.IntN(3600))*time.Second).UnixMilli())
	source := pick(g.r, []string{"web", "web", "mobile", "whatsapp", "facebook"})
	domain := map[bool]string{true: "amanahcare", false: "orbitmobile"}[insurer] + "-" + strings.ToLower(cc)

	// What the user writes this turn, labelled.
	var text *node
	var part *node
	complaints := L.telecom
	if insurer {
		complaints = L.insurer
	}
	switch k := g.r.IntN(10); {
	case k < 4:
		c := g.w29Note(w31ToBio(complaints), 2)
		text = w29About(c.text, c.cat)
	case k < 6:
		text = P(w31Fill(L.id, g.w29DFID(cc)))
	case k < 7:
		text = C(w31Fill(L.otp, pattern(g.r, "######")))
	case k < 8 && g.w29PhoneIn():
		text = P(w31Fill(L.phone, p.phone))
	case k < 9 && g.w31Rec(p.c.name):
		text = P(w31Fill(L.moved, p.street+", "+p.city+", "+p.c.name))
	default:
		if insurer && g.r.IntN(2) == 0 {
			part = O("file", O("name", S(L.claimFile, "health"), "url", P("https://fc-use1-00-pics-bkt-00.s3.amazonaws.com/"+g.hex(64)+"/"+L.claimFile),
				"file_size_in_bytes", N(20000+g.r.IntN(900000)), "content_type", N("application/pdf")))
		} else {
			part = O("image", O("url", P("https://fc-use1-00-pics-bkt-00.s3.amazonaws.com/"+g.hex(64)+"/f_"+g.hex(12)+".jpg")))
		}
		if part.obj[0].key == "image" {
			text = P(L.idPhotoCaption)
		} else {
			text = nil
		}
	}
	parts := A()
	if part != nil {
		parts.arr = append(parts.arr, part)
	}
	if text != nil && (part == nil || g.r.IntN(2) == 0) {
		parts.arr = append([]*node{O("text", O("content", text))}, parts.arr...)
	}
	created := g.t.Add(-time.Duration(20+g.r.IntN(200)) * time.Millisecond)

	message := func(actorType string, parts *node) *node {
		actor := N(agentID)
		if actorType == "user" {
			actor = P(userID)
		} else if actorType == "system" {
			actor = N(g.uuid())
		}
		m := O("message_parts", parts, "app_id", N(appID), "actor_id", actor)
		if actorType == "agent" && g.r.IntN(2) == 0 {
			m.set("org_actor_id", N(pattern(g.r, "3#################")))
		}
		m.set("id", N(g.uuid()))
		m.set("channel_id", N(channelID))
		m.set("conversation_id", N(convID))
		m.set("interaction_id", N(interaction))
		m.set("message_type", N(map[bool]string{true: "private", false: "normal"}[actorType == "agent" && g.r.IntN(6) == 0]))
		m.set("actor_type", N(actorType))
		m.set("created_time", N(w31ISO(created)))
		m.set("user_id", P(userID))
		if actorType == "user" {
			m.set("message_source", N(source))
		} else {
			m.set("restrictResponse", N(false))
			m.set("botsPrivateNote", N(false))
		}
		return m
	}
	conversation := func(status string) *node {
		c := O("conversation_id", N(convID), "app_id", N(appID), "status", N(status), "channel_id", N(channelID))
		if g.r.IntN(2) == 0 {
			c.set("assigned_agent_id", N(agentID))
		}
		c.set("assigned_group_id", N(groupID))
		if g.r.IntN(2) == 0 {
			c.set("skill_id", N(0))
			c.set("sla_policy_id", N(0))
			c.set("sla_breached", N(g.r.IntN(5) == 0))
		}
		return c
	}
	event := func(actorType, actorID *node, action string, data *node) *node {
		return O("actor", O("actor_type", actorType, "actor_id", actorID), "action", N(action), "action_time", N(w31ISO(g.t)), "data", data)
	}

	var body *node
	kind := g.r.IntN(20)
	switch {
	case kind < 10:
		body = event(N("user"), P(userID), "message_create", O("message", message("user", parts)))
	case kind < 13:
		// An agent's reply: the greeting names the user, the others are
		// the desk's stock lines.
		var t *node
		switch g.r.IntN(4) {
		case 0:
			t = P(w31Fill(L.greet, first))
		case 1:
			t = N(L.askID)
		case 2:
			t = N(L.sentOTP)
		default:
			t = N(L.closing)
		}
		body = event(N("agent"), N(agentID), "message_create", O("message", message("agent", A(O("text", O("content", t))))))
	case kind < 14:
		// The desk's bot sends the code itself.
		otp := pattern(g.r, "######")
		body = event(N("system"), N(g.uuid()), "message_create", O("message", message("system", A(O("text", O("content", C(strings.TrimSpace(L.sentOTP)+" "+otp)))))))
	case kind < 16:
		as := O("assignor", N(pick(g.r, []string{"agent", "system", "bot"})), "assignor_id", N(g.uuid()), "to_agent_id", N(agentID), "to_group_id", N(groupID),
			"from_agent_id", N(""), "from_group_id", N(g.uuid()), "conversation", conversation("assigned"))
		body = event(N("system"), N(g.uuid()), "conversation_assignment", O("assignment", as))
	case kind < 18:
		body = event(N("agent"), N(agentID), "conversation_resolution", O("resolve", O("resolver", N("agent"), "resolver_id", N(agentID), "conversation", conversation("resolved"), "interaction_id", N(interaction))))
	default:
		body = event(N("user"), P(userID), "conversation_reopen", O("reopen", O("reopener", N("user"), "reopener_id", P(userID), "conversation", conversation("reopened"), "interaction_id", N(interaction))))
	}

	// The user as the integration reads it from the v2 API.
	user := func() *node {
		u := O("id", P(userID), "created_time", N(w31ISO(g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28)))), "updated_time", N(w31ISO(g.t.Add(-time.Minute))))
		u.set("email", P(p.email))
		u.set("avatar", O("url", N("")))
		if ph := g.phone(""); ph != nil {
			u.set("phone", ph)
		}
		u.set("first_name", P(first))
		u.set("last_name", P(last))
		props := A(O("name", N("cf_plan"), "value", N(pick(g.r, map[bool][]string{true: {"Family Health Gold", "Individual Silver", "Maternity Plus"}, false: {"Postpaid 40GB", "Prepaid Unlimited", "Fibre 500"}}[insurer]))))
		if insurer {
			props.arr = append(props.arr, O("name", N("cf_policy_number"), "value", P(pattern(g.r, "POL-########"))))
			props.arr = append(props.arr, O("name", N("cf_date_of_birth"), "value", g.dob("2006-01-02")))
			if p.minor {
				props.arr = append(props.arr, O("name", N("cf_member_type"), "value", P("dependant")))
			}
		} else {
			props.arr = append(props.arr, O("name", N("cf_account_number"), "value", P(pattern(g.r, "########"))))
		}
		if g.r.IntN(2) == 0 {
			props.arr = append(props.arr, O("name", N("cf_national_id"), "value", P(g.w29DFID(cc))))
		}
		if c := g.residence(englishName[cc]); c != nil {
			props.arr = append(props.arr, O("name", N("cf_country"), "value", c))
			props.arr = append(props.arr, O("name", N("cf_city"), "value", g.addr(p.city)))
		}
		if l := w31Maybe(g.r.IntN(2) == 0, func() *node { return g.locale(p.locale) }); l != nil {
			props.arr = append(props.arr, O("name", N("cf_locale"), "value", l))
		}
		u.set("properties", props)
		u.set("reference_id", P(pick(g.r, []string{"CUST-", "MBR-", ""})+pattern(g.r, "#########")))
		// restore_id with the external id restores the user's whole
		// conversation history in the widget on another device.
		u.set("restore_id", C(g.uuid()))
		return u
	}
	headers := O("Content-Type", N("application/json"), "X-Freshchat-Signature", N(g.chars(b62Set+"+/", 342)+"=="),
		"X-Freshchat-Payload-Version", N(pick(g.r, []string{"1", "2"})), "X-Retry-Count", N(fmt.Sprint(g.r.IntN(3))))
	switch m := g.r.IntN(10); {
	case m < 4:
		return body
	case m < 7:
		return O("received_at", g.w29Stamp(300*time.Millisecond), "method", N("POST"), "path", N("/webhooks/freshchat"), "headers", headers, "body", body)
	case m < 8:
		return O("ts", N(g.t.UTC().Format(time.RFC3339Nano)), "level", N("debug"), "msg", N("freshchat webhook"), "raw", w29JSON(body))
	}
	// The integration enriches the event with the user it fetched.
	get := O("method", N("GET"), "url", N("https://"+domain+".freshchat.com/v2/users/"+userID), "headers", O("Authorization", C("Bearer "+g.b62(36)+"."+g.b62(120)+"."+g.b62(43)), "Accept", N("application/json")))
	get.obj[1].val = P(get.obj[1].val.raw)
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("freshchat event enriched"), "event", body, "user_request", get, "user", user())
}

// w31ToBio turns phrases into bio lines for w29Note.
func w31ToBio(ps []w31Phrase) []bioLine {
	out := make([]bioLine, len(ps))
	for i, x := range ps {
		out[i] = bioLine{x.cat, x.text}
	}
	return out
}
