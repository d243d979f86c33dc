package evalcorpus

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------- Stripe Connect

// w31STMarket is a Connect country: its currency, the bank fields its
// external accounts carry and the platform's sellers' trades (a few of
// which tell of the seller's faith or health).
var w31STCurrency = map[string]string{"US": "usd", "GB": "gbp", "DE": "eur", "FR": "eur", "ES": "eur", "IT": "eur", "NL": "eur", "IE": "eur",
	"JP": "jpy", "BR": "brl", "MX": "mxn", "IN": "inr", "SG": "sgd", "AU": "aud"}

var w31STTrades = []w31Phrase{{"", "Handmade ceramics and home decor"}, {"", "Online yoga classes"}, {"", "Digital illustrations and commissions"}, {"", "Vintage clothing resale"},
	{"", "Podcast memberships"}, {"religion", "Christian worship music lessons for our church youth group"}, {"health", "Peer support coaching from my own recovery from anorexia"}, {"", "Tutoring in maths and physics"}}

var w31STBanks = map[string]string{"US": "JPMORGAN CHASE BANK, NA", "GB": "MONZO BANK LIMITED", "DE": "Deutsche Bank", "FR": "BNP PARIBAS", "ES": "BANCO SANTANDER", "IT": "INTESA SANPAOLO",
	"NL": "ING BANK N.V.", "IE": "BANK OF IRELAND", "JP": "三菱ＵＦＪ銀行", "BR": "NU PAGAMENTOS S.A.", "MX": "BBVA MEXICO", "IN": "HDFC BANK", "SG": "DBS BANK LTD", "AU": "COMMONWEALTH BANK OF AUSTRALIA"}

func stripeConnectAccountEvent(g *gen) *node {
	cc := pick(g.r, []string{"US", "US", "US", "GB", "GB", "DE", "FR", "ES", "IT", "NL", "IE", "JP", "JP", "BR", "MX", "IN", "SG", "AU"})
	g.w29Redraw(cc)
	p := g.p
	underage := g.r.IntN(12) == 0
	if underage {
		g.w29Age(14, 17)
	} else {
		g.w29Age(18, 70)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	cur := w31STCurrency[cc]
	acct := "acct_1" + g.b62(15)
	person := "person_1" + g.b62(23)
	typ := pick(g.r, []string{"express", "express", "custom", "standard"})
	trade := g.w29Note(w31ToBio(w31STTrades), 4)
	first, last := w29Title(p.givenL), w29Title(p.familyL)
	if w29Latin(p.given + p.family) {
		first, last = p.given, p.family
	}
	created := g.t.AddDate(0, 0, -g.r.IntN(400))
	ev := pick(g.r, []string{"account.updated", "account.updated", "account.updated", "person.created", "person.updated", "capability.updated"})
	verification := pick(g.r, []string{"unverified", "pending", "verified"})
	if ev == "account.updated" {
		// An account always has its country, the seller's (Connect
		// individuals live in the account's country).
		p.showResidence = true
	}
	var due, errs []*node
	switch {
	case underage:
		due = append(due, N("individual.dob.day"), N("individual.dob.month"), N("individual.dob.year"))
		errs = append(errs, O("code", N("invalid_dob_age_under_minimum"), "reason", N("Person must be at least 13 years old."), "requirement", N("individual.dob.day")))
		verification = "unverified"
	case verification == "unverified":
		due = append(due, N("individual.verification.document"))
		if g.r.IntN(2) == 0 {
			errs = append(errs, O("code", N(pick(g.r, []string{"verification_document_name_mismatch", "verification_document_expired", "verification_failed_keyed_identity"})),
				"reason", N("The name on the document doesn't match the name on the account."), "requirement", N("individual.verification.document")))
		}
	case verification == "pending":
		if cc == "US" {
			due = append(due, N("individual.ssn_last_4"))
		}
	}
	addrNode := func() *node {
		a := O("city", P(p.city), "country", g.residence(cc), "line1", P(p.street), "line2", N(nil), "postal_code", Pif(p.post), "state", g.addrN(p.region))
		if a.obj[1].key != "country" { // no residence stated: a bare address is still the seller's
			a = O("city", P(p.city), "line1", P(p.street), "line2", N(nil), "postal_code", Pif(p.post))
		}
		return a
	}
	individual := func() *node {
		in := O("id", P(person), "object", N("person"), "account", P(acct))
		in.set("address", addrNode())
		if cc == "JP" {
			in.set("address_kanji", O("city", P(p.city), "country", g.residence(cc), "line1", P(p.street), "postal_code", Pif(p.post), "state", g.addrN(p.region), "town", P(pick(g.r, []string{"丸の内", "梅田", "西新宿"}))))
			in.set("first_name_kanji", P(p.given))
			in.set("last_name_kanji", P(p.family))
			in.set("first_name_kana", P(pick(g.r, []string{"ショウタ", "ヒナ", "ダイスケ", "サクラ"})))
			in.set("last_name_kana", P(pick(g.r, []string{"サトウ", "スズキ", "タカハシ"})))
		}
		in.set("created", N(created.Unix()))
		d := g.dobAt()
		in.set("dob", O("day", P(d.Day()), "month", P(int(d.Month())), "year", P(d.Year())))
		in.set("email", P(p.email))
		in.set("first_name", P(first))
		in.set("last_name", P(last))
		if g.r.IntN(3) == 0 {
			in.set("gender", P(g.gender()))
		}
		in.set("id_number_provided", N(cc != "US" && verification != "unverified"))
		if cc == "US" {
			in.set("ssn_last_4_provided", N(verification == "verified"))
		}
		if c := w31Maybe(cc == "SG" || cc == "BR" || g.r.IntN(3) == 0, func() *node { return g.citizenship(p.cit.code) }); c != nil {
			in.set("nationality", c)
		}
		in.set("metadata", O())
		if ph := g.phone(g.e164()); ph != nil {
			in.set("phone", ph)
		}
		in.set("political_exposure", P(pick(g.r, []string{"none", "none", "none", "existing"})))
		in.set("relationship", O("director", N(false), "executive", N(false), "owner", N(false), "percent_ownership", N(nil), "representative", N(true), "title", N(nil)))
		rq := A(due...)
		ers := A(errs...)
		in.set("requirements", O("alternatives", A(), "currently_due", rq, "errors", ers, "eventually_due", A(), "past_due", A(), "pending_verification", A()))
		docs := O("back", N(nil), "details", N(nil), "details_code", N(nil), "front", N(nil))
		if verification != "unverified" || g.r.IntN(2) == 0 {
			docs = O("back", P("file_1"+g.b62(23)), "details", N(nil), "details_code", N(nil), "front", P("file_1"+g.b62(23)))
		}
		vd := O("status", N(verification), "details", N(nil), "details_code", N(nil), "document", docs,
			"additional_document", O("back", N(nil), "details", N(nil), "details_code", N(nil), "front", N(nil)))
		if len(errs) > 0 && !underage {
			vd.set("details", N("The name on the document doesn't match the name on the account."))
			vd.set("details_code", N("document_name_mismatch"))
		}
		in.set("verification", vd)
		return in
	}
	account := func() *node {
		a := O("id", P(acct), "object", N("account"))
		bp := O("mcc", N(pick(g.r, []string{"5734", "8299", "7399", "5999", "8999"})), "name", P(first+" "+last), "product_description", w29About(trade.text, trade.cat),
			"support_address", N(nil), "support_email", P(p.email))
		if ph := g.phone(g.e164()); ph != nil {
			bp.set("support_phone", ph)
		}
		bp.set("url", P("https://"+w29Clean(p.givenL)+w29Clean(p.familyL)+".example"))
		a.set("business_profile", bp)
		a.set("business_type", N("individual"))
		a.set("capabilities", O("card_payments", N(map[bool]string{true: "active", false: "inactive"}[verification == "verified"]), "transfers", N(map[bool]string{true: "active", false: "pending"}[verification == "verified"])))
		a.set("charges_enabled", N(verification == "verified"))
		a.set("controller", O("type", N("application"), "is_controller", N(true)))
		a.set("country", g.residence(cc))
		a.set("created", N(created.Unix()))
		a.set("default_currency", N(cur))
		a.set("details_submitted", N(!underage))
		a.set("email", P(p.email))
		last4 := pattern(g.r, "####")
		ba := O("id", P("ba_1"+g.b62(23)), "object", N("bank_account"), "account", P(acct), "account_holder_name", P(strings.ToUpper(first+" "+last)), "account_holder_type", N("individual"),
			"bank_name", N(w31STBanks[cc]), "country", N(cc), "currency", N(cur), "default_for_currency", N(true), "fingerprint", P(g.b62(16)), "last4", P(last4))
		if cc == "US" {
			ba.set("routing_number", N(genABARouting(g.r)))
		} else if cc == "GB" {
			ba.set("routing_number", N(pattern(g.r, "##-##-##")))
		} else {
			ba.set("routing_number", N(nil))
		}
		ba.set("status", N(pick(g.r, []string{"new", "verified"})))
		a.set("external_accounts", O("object", N("list"), "data", A(ba), "has_more", N(false), "total_count", N(1), "url", N("/v1/accounts/"+acct+"/external_accounts")))
		a.set("individual", individual())
		a.set("metadata", O("platform_user_id", P(fmt.Sprint(100000+g.r.IntN(900000))), "handle", P("@"+w29Clean(p.givenL)+fmt.Sprint(g.r.IntN(100)))))
		a.set("payouts_enabled", N(verification == "verified"))
		rq := A(due...)
		a.set("requirements", O("alternatives", A(), "current_deadline", N(nil), "currently_due", rq, "disabled_reason", N(map[bool]any{true: "requirements.past_due", false: nil}[len(due) > 0]),
			"errors", A(errs...), "eventually_due", A(), "past_due", A(), "pending_verification", A()))
		a.set("settings", O("payments", O("statement_descriptor", P(strings.ToUpper(last+" "+strings.Fields(trade.text)[0]))), "payouts", O("schedule", O("delay_days", N(2), "interval", N("daily")))))
		a.set("tos_acceptance", O("date", N(created.Unix()), "ip", P(p.ip), "user_agent", N(pick(g.r, w31SGUA)), "service_agreement", N(map[bool]string{true: "recipient", false: "full"}[cc == "IN"])))
		a.set("type", N(typ))
		return a
	}
	var obj, prev *node
	switch ev {
	case "account.updated":
		obj = account()
		prev = O("requirements", O("currently_due", A(N("individual.verification.document"), N("external_account"))))
		if verification == "verified" {
			prev = O("charges_enabled", N(false), "payouts_enabled", N(false))
		}
	case "person.created", "person.updated":
		obj = individual()
		if ev == "person.updated" {
			prev = O("verification", O("status", N("pending")))
		}
	default:
		obj = O("id", N(pick(g.r, []string{"card_payments", "transfers"})), "object", N("capability"), "account", P(acct), "requested", N(true), "requested_at", N(created.Unix()),
			"requirements", O("currently_due", A(due...), "disabled_reason", N(nil), "errors", A(), "past_due", A()), "status", N(map[bool]string{true: "active", false: "pending"}[verification == "verified"]))
		prev = O("status", N("inactive"))
	}
	data := O("object", obj)
	if prev != nil {
		data.set("previous_attributes", prev)
	}
	event := O("id", N("evt_1"+g.b62(23)), "object", N("event"), "account", P(acct), "api_version", N(pick(g.r, []string{"2024-06-20", "2025-03-31.basil", "2023-10-16"})),
		"created", N(g.t.Unix()), "data", data, "livemode", N(true), "pending_webhooks", N(1+g.r.IntN(2)),
		"request", O("id", N(map[bool]any{true: "req_" + g.b62(14), false: nil}[ev != "capability.updated"]), "idempotency_key", N(nil)), "type", N(ev))
	raw := string(render(event, &Label{}))
	secret := "whsec_" + g.b62(32)
	sig := fmt.Sprintf("t=%d,v1=%s", g.t.Unix(), hex.EncodeToString(w29HMAC(secret, fmt.Sprint(g.t.Unix())+"."+raw)))
	switch m := g.r.IntN(10); {
	case m < 5:
		return O("received_at", g.w29Stamp(400*time.Millisecond), "path", N("/webhooks/stripe/connect"),
			"headers", O("Content-Type", N("application/json; charset=utf-8"), "Stripe-Signature", C(sig), "User-Agent", N("Stripe/1.0 (+https://stripe.com/docs/webhooks)")), "body", event)
	case m < 8:
		return event
	}
	// The platform's onboarding log after handling the event.
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N(map[bool]string{true: "warn", false: "info"}[len(errs) > 0]), "msg", N("connect account state"),
		"account", P(acct), "event_type", N(ev), "verification", N(verification), "currently_due", A(due...), "event", event)
}
