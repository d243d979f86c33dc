package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------ SendGrid

// w31SGSender is a bank or a clinic sending through SendGrid: its
// categories, the custom_args it puts on each message, the subjects of
// its mails and its inbound parse address.
type w31SGSender struct {
	name, domain, kind string
	categories         [][]string
	subjects           []string
}

var w31SGSenders = []w31SGSender{
	{"Meridian Bank", "meridianbank.example", "bank", [][]string{{"transactional", "statements"}, {"security"}, {"marketing", "newsletter"}, {"card-alerts"}}, []string{"Your monthly statement is ready", "New sign-in to your account", "Your card ending %s was used abroad", "We've updated our terms"}},
	{"Banco Austral", "bancoaustral.example", "bank", [][]string{{"extracto"}, {"seguridad"}, {"promociones"}}, []string{"Su extracto mensual", "Nuevo inicio de sesión", "Cambio de condiciones"}},
	{"Lakeside Health Partners", "lakesidehealth.example", "clinic", [][]string{{"appointment-reminder"}, {"patient-portal"}, {"billing"}}, []string{"Appointment reminder", "New message in your patient portal", "Your statement from Lakeside Health"}},
	{"Praxisklinik am Park", "praxis-am-park.example", "clinic", [][]string{{"termin"}, {"befund"}, {"rechnung"}}, []string{"Terminerinnerung", "Ihr Befund liegt vor", "Ihre Rechnung"}},
}

// w31SGReplies are what recipients write back, by language: health
// matters to the clinic, money trouble and changes to the bank; {v} an
// address or a phone number.
var w31SGReplies = map[string]struct {
	clinic, bank      []w31Phrase
	moved, call, sign string
}{
	"en": {[]w31Phrase{{"health", "I can't make Tuesday, my chemo was moved to that day. Can we do Friday?"}, {"health", "Attached are my blood test results from the hospital, my HbA1c is 9.1"}, {"health", "My daughter still has a fever of 39 and is not eating, should I bring her in?"}, {"", "Please cancel, I'll call to rebook."}},
		[]w31Phrase{{"", "I lost my job last month and can't pay this month's instalment."}, {"", "I don't recognise the card payment in Lisbon, please block my card."}, {"health", "I was in hospital for three weeks after a stroke, that's why the payment is late."}},
		"Please update my address to {v}.", "You can reach me on {v}.", "Kind regards,"},
	"de": {[]w31Phrase{{"health", "Ich kann am Dienstag nicht, meine Dialyse wurde verschoben."}, {"health", "Anbei mein Laborbefund, der Zuckerwert ist wieder zu hoch."}, {"", "Bitte den Termin absagen, ich melde mich."}},
		[]w31Phrase{{"", "Ich bin seit zwei Monaten arbeitslos und kann die Rate nicht zahlen."}, {"", "Die Abbuchung kenne ich nicht, bitte Karte sperren."}},
		"Meine neue Anschrift lautet {v}.", "Erreichbar bin ich unter {v}.", "Mit freundlichen Grüßen"},
	"es": {[]w31Phrase{{"health", "No puedo ir el martes, tengo quimioterapia ese día."}, {"health", "Le adjunto los resultados de la prueba de embarazo."}, {"", "Por favor cancele la cita."}},
		[]w31Phrase{{"", "Me quedé sin trabajo y no puedo pagar la cuota."}, {"", "No reconozco este cargo, bloqueen la tarjeta por favor."}},
		"Mi nueva dirección es {v}.", "Pueden llamarme al {v}.", "Saludos,"},
	"pt": {[]w31Phrase{{"health", "Não consigo ir na terça, tenho sessão de hemodiálise."}, {"health", "Segue o resultado do meu exame de HIV, o médico pediu."}, {"", "Favor desmarcar a consulta."}},
		[]w31Phrase{{"", "Fiquei desempregado e não consigo pagar a parcela."}, {"", "Não reconheço essa compra, bloqueiem o cartão."}},
		"Meu novo endereço é {v}.", "Meu celular é {v}.", "Atenciosamente,"},
	"fr": {[]w31Phrase{{"health", "Je ne peux pas venir mardi, j'ai ma séance de chimiothérapie."}, {"", "Merci d'annuler le rendez-vous."}},
		[]w31Phrase{{"", "J'ai perdu mon emploi et je ne peux pas payer l'échéance."}},
		"Ma nouvelle adresse est {v}.", "Vous pouvez me joindre au {v}.", "Cordialement,"},
}

// w31SGUA are the user agents opens and clicks come with.
var w31SGUA = []string{
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
	"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36",
}

func sendgridEventInboundParse(g *gen) *node {
	p := g.p
	s := pick(g.r, w31SGSenders)
	clinic := s.kind == "clinic"
	if clinic && g.r.IntN(5) == 0 {
		g.w29Age(8, 17) // a child patient's own portal address, set up by a parent
	} else if !clinic {
		g.w29Age(18, 85)
	}
	first, last := g.w31Name(true)
	msgID := g.b62(22)
	sgMsg := msgID + ".filterdrecv-" + pattern(g.r, "#######") + "-" + g.hex(5) + "-" + fmt.Sprint(g.r.IntN(30)) + "-" + strings.ToUpper(g.hex(8)) + "-" + fmt.Sprint(g.r.IntN(100)) + "-0"
	smtpID := "<" + msgID + "@geopod-ismtpd-" + fmt.Sprint(g.r.IntN(40)) + ">"
	cats := pick(g.r, s.categories)
	custID := P(pick(g.r, []string{"C", "P", "MRN"}) + pattern(g.r, "########"))
	apptCat := pick(g.r, []w31Phrase{{"", "general_checkup"}, {"", "dental_cleaning"}, {"health", "oncology_followup"}, {"health", "prenatal_visit"}, {"health", "mental_health_intake"}})
	sendIP := fmt.Sprintf("149.72.%d.%d", g.r.IntN(256), 1+g.r.IntN(254))
	at := g.t.Add(-time.Duration(2+g.r.IntN(5)) * time.Hour)
	step := 0
	withCountry, withLocale := g.r.IntN(3) == 0, g.r.IntN(3) == 0
	// base is one event of the message; custom_args ride on every one.
	base := func(ev string) *node {
		step++
		e := O("email", P(p.email), "timestamp", N(at.Add(time.Duration(step*47)*time.Second).Unix()), "smtp-id", N(smtpID), "event", N(ev))
		if len(cats) == 1 && g.r.IntN(2) == 0 {
			e.set("category", N(cats[0]))
		} else {
			c := A()
			for _, x := range cats {
				c.arr = append(c.arr, N(x))
			}
			e.set("category", c)
		}
		e.set("sg_event_id", N(g.chars(b64Set, 22)))
		e.set("sg_message_id", N(sgMsg))
		if clinic {
			e.set("patient_id", custID)
			e.set("appointment_type", w29Text(apptCat.text, apptCat.cat))
		} else {
			e.set("customer_id", custID)
		}
		e.set("template", N(pick(g.r, []string{"d-", "tpl-"})+g.hex(32)))
		if c := w31Maybe(withCountry, func() *node { return g.residence(p.c.code) }); c != nil {
			e.set("country", c)
		}
		if l := w31Maybe(withLocale, func() *node { return g.locale(p.locale) }); l != nil {
			e.set("locale", l)
		}
		if cats[0] == "marketing" || cats[0] == "promociones" {
			e.set("marketing_campaign_id", N(10000+g.r.IntN(90000)))
			e.set("marketing_campaign_name", N(pick(g.r, []string{"Spring savings", "Card upgrade 2026", "Promo cuotas sin interés"})))
		}
		return e
	}
	ua := func() *node { return N(pick(g.r, w31SGUA)) }
	var events []*node
	switch k := g.r.IntN(10); {
	case k < 4:
		events = append(events, base("processed"))
		d := base("delivered")
		d.set("response", N("250 2.0.0 OK  "+fmt.Sprint(at.Unix())+" "+g.b62(12)+".123 - gsmtp"))
		d.set("tls", N(1))
		d.set("ip", N(sendIP))
		d.set("pool", O("name", N(s.kind+"_transactional"), "id", N(100+g.r.IntN(900))))
		events = append(events, d)
		if g.r.IntN(2) == 0 {
			o := base("open")
			machine := g.r.IntN(3) == 0
			o.set("sg_machine_open", N(machine))
			o.set("useragent", ua())
			if machine {
				o.set("ip", N(fmt.Sprintf("17.%d.%d.%d", g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))))
			} else {
				o.set("ip", P(p.ip))
			}
			events = append(events, o)
		}
		if g.r.IntN(2) == 0 {
			c := base("click")
			if !clinic && g.r.IntN(3) == 0 {
				c.set("url", C("https://"+s.domain+"/account/reset-password?token="+g.b62(40)))
			} else {
				c.set("url", N("https://"+s.domain+pick(g.r, []string{"/portal/messages", "/statements", "/appointments/confirm?ref=" + g.b62(10)})))
			}
			c.set("url_offset", O("index", N(g.r.IntN(4)), "type", N("html")))
			c.set("useragent", ua())
			c.set("ip", P(p.ip))
			events = append(events, c)
		}
	case k < 6:
		events = append(events, base("processed"))
		b := base("bounce")
		if g.r.IntN(2) == 0 {
			b.set("reason", P("550 5.1.1 <"+p.email+">: Recipient address rejected: User unknown in virtual mailbox table"))
			b.set("status", N("5.1.1"))
			b.set("bounce_classification", N("Invalid Address"))
		} else {
			b.set("reason", N("552 5.2.2 The email account that you tried to reach is over quota."))
			b.set("status", N("5.2.2"))
			b.set("bounce_classification", N("Mailbox Unavailable"))
		}
		b.set("type", N(pick(g.r, []string{"bounce", "blocked"})))
		b.set("ip", N(sendIP))
		b.set("tls", N(g.r.IntN(2)))
		events = append(events, b)
	case k < 7:
		d := base("dropped")
		d.set("reason", N(pick(g.r, []string{"Bounced Address", "Unsubscribed Address", "Spam Reporting Address", "Invalid"})))
		events = append(events, d)
	case k < 8:
		d := base("deferred")
		d.set("response", N("421 4.7.28 Our system has detected an unusual rate of unsolicited mail. Try again later."))
		d.set("attempt", N(fmt.Sprint(1+g.r.IntN(8))))
		events = append(events, d, base(pick(g.r, []string{"spamreport", "unsubscribe"})))
	default:
		u := base("group_unsubscribe")
		u.set("asm_group_id", N(10000+g.r.IntN(90000)))
		u.set("useragent", ua())
		u.set("ip", P(p.ip))
		u.set("url", N("https://u"+pattern(g.r, "#######")+".ct.sendgrid.net/asm/unsubscribe/?user_id="+pattern(g.r, "#######")+"&data="+g.b62(60)))
		events = append(events, u)
	}
	eventBatch := func() *node {
		h := O("Content-Type", N("application/json"), "User-Agent", N("SendGrid Event API"))
		if g.r.IntN(3) == 0 {
			h.set("Authorization", C("Bearer "+g.b62(40)))
		} else {
			h.set("X-Twilio-Email-Event-Webhook-Signature", N("MEUCI"+g.chars(b62Set+"+/", 90)+"="))
			h.set("X-Twilio-Email-Event-Webhook-Timestamp", N(fmt.Sprint(g.t.Unix())))
		}
		return O("received_at", g.w29Stamp(time.Second), "path", N("/hooks/sendgrid/events"), "headers", h, "body", A(events...))
	}
	if g.r.IntN(10) < 6 {
		return eventBatch()
	}
	return g.w31SGInbound(s, first, last)
}

// w31SGInbound is a recipient's reply as Inbound Parse posts it: the
// multipart form's fields as the mail service logs them.
func (g *gen) w31SGInbound(s w31SGSender, first, last string) *node {
	p := g.p
	clinic := s.kind == "clinic"
	lang := p.c.lang
	R, ok := w31SGReplies[lang]
	if !ok {
		lang, R = "en", w31SGReplies["en"]
	}
	lines := R.bank
	if clinic {
		lines = R.clinic
	}
	body := g.w29Note(w31ToBio(lines), 2)
	cat := body.cat
	text := body.text
	if g.r.IntN(3) == 0 && g.w31Rec(p.c.name) {
		text += "\n" + w31Fill(R.moved, p.street+", "+p.post+" "+p.city+", "+p.c.name)
	}
	name := first + " " + last
	sig := R.sign + "\n" + name
	if g.r.IntN(2) == 0 && g.w29PhoneIn() {
		if g.r.IntN(2) == 0 {
			text += "\n" + w31Fill(R.call, p.phone)
		} else {
			sig += "\n" + p.phone
		}
	}
	subject := pick(g.r, s.subjects)
	if strings.Contains(subject, "%s") {
		subject = fmt.Sprintf(subject, pattern(g.r, "####"))
	}
	quoted := fmt.Sprintf("On %s, %s <no-reply@%s> wrote:\n> %s", g.t.Add(-26*time.Hour).Format("Mon, Jan 2, 2006 at 3:04 PM"), s.name, s.domain, subject)
	full := text + "\n\n" + sig + "\n\n" + quoted
	// The reply is about the writer: personal, sensitive when it tells
	// of their health (or a child's).
	textNode := func(v string) *node {
		if cat != "" {
			return S(v, cat)
		}
		return P(v)
	}
	inbound := "replies@parse." + s.domain
	mailHost := pick(g.r, []string{"mail-wr1-f41.google.com", "mail-ej1-f54.google.com", "EUR05-AM6-obe.outbound.protection.outlook.com", "sonic301-22.consmr.mail.ir2.yahoo.com"})
	mailIP := fmt.Sprintf("%d.%d.%d.%d", pick(g.r, []int{209, 40, 52, 77}), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	mid := "<CA" + g.b62(40) + "@mail.gmail.com>"
	boundary := "000000000000" + g.hex(16)
	headers := fmt.Sprintf("Received: from %s (%s [%s]) by mx.sendgrid.net with SMTP id %s for <%s>; %s\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=20230601; h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=%s=; b=%s\nMIME-Version: 1.0\nReferences: <%s@%s>\nIn-Reply-To: <%s@%s>\nFrom: %s <%s>\nDate: %s\nMessage-ID: %s\nSubject: Re: %s\nTo: %s\nContent-Type: multipart/alternative; boundary=\"%s\"\n",
		mailHost, mailHost, mailIP, g.b62(16), inbound, g.t.Format(time.RFC1123Z), strings.SplitN(p.email, "@", 2)[1], g.chars(b62Set+"+/", 43), g.chars(b62Set+"+/", 120),
		g.b62(22), s.domain, g.b62(22), s.domain, name, p.email, g.t.Format(time.RFC1123Z), mid, subject, inbound, boundary)
	html := "<div dir=\"ltr\">" + strings.ReplaceAll(text, "\n", "<br>") + "<br><br>" + strings.ReplaceAll(sig, "\n", "<br>") + "</div><br><div class=\"gmail_quote\">" + strings.ReplaceAll(quoted, "\n", "<br>") + "</div>"
	attach := clinic && cat == "health" && g.r.IntN(2) == 0
	form := O("headers", P(headers), "dkim", N("{@"+strings.SplitN(p.email, "@", 2)[1]+" : pass}"), "content-ids", N("{}"),
		"to", N(inbound), "from", P(name+" <"+p.email+">"), "text", textNode(full), "html", textNode(html),
		"sender_ip", N(mailIP), "spam_report", N("Spam detection software, running on the system \"mx.sendgrid.net\", has NOT identified this incoming email as spam."),
		"envelope", P(`{"to":["`+inbound+`"],"from":"`+p.email+`"}`), "attachments", N(map[bool]string{true: "1", false: "0"}[attach]))
	if attach {
		fn := pick(g.r, []string{"blood_results.pdf", "Laborbefund.pdf", "IMG_2041.jpg", "exame_resultado.pdf"})
		form.set("attachment-info", S(`{"attachment1":{"filename":"`+fn+`","name":"`+fn+`","type":"application/pdf"}}`, "health"))
		form.set("attachment1", S("[binary "+fmt.Sprint(40000+g.r.IntN(500000))+" bytes]", "health"))
	}
	form.set("subject", N("Re: "+subject))
	form.set("spam_score", N(fmt.Sprintf("%.3f", g.r.Float64())))
	form.set("charsets", N(`{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}`))
	form.set("SPF", N(pick(g.r, []string{"pass", "pass", "softfail", "none"})))
	req := O("received_at", g.w29Stamp(2*time.Second), "method", N("POST"), "path", N("/inbound/sendgrid"),
		"headers", O("Content-Type", N("multipart/form-data; boundary=xYzZY"), "User-Agent", N("Sendlib/1.0 "+strings.SplitN(s.domain, ".", 2)[0])),
		"form", form)
	if g.r.IntN(3) == 0 {
		// The ticket the mail service opened from the reply.
		t := O("ticket_id", N(fmt.Sprint(100000+g.r.IntN(900000))), "queue", N(map[bool]string{true: "patient-messages", false: "customer-care"}[clinic]),
			"from_email", P(p.email), "from_name", P(name), "subject", N("Re: "+subject), "body", textNode(text), "language", N(lang))
		if p.minor && clinic {
			t.set("patient_is_minor", P(true))
		}
		req.set("ticket", t)
	}
	return req
}
