package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------- India Account Aggregator (ReBIT / Sahamati)

// The API version, timestamps, txnid, consent id and handle, session
// id, FIP and FIU ids, the notifier, statuses, the consent's mode,
// fetch type, types, FI types, purpose, ranges, data life and
// frequency, data filters, the account's type and schema version, the
// currency, exchange rate, balance time, account type, facility, IFSC
// and MICR codes, branch, account status, transaction ids, types,
// modes, timestamps and value dates, the key material's algorithm,
// curve, parameters, public key and nonce, and the consent's use log
// are non-personal. The customer's AA handle (the mobile number at
// the AA, or a name), the linked account reference and masked account
// number, the holders' names, birth dates, mobiles, landlines,
// addresses, e-mails and PANs, the nominee flag, the CKYC compliance
// flag, balances, limits, pending amounts, the opening date, amounts,
// narrations (counterparties and UPI ids), references, the signed
// consent artefact and the encrypted FI data are personal; the phone
// numbers are weak evidence and an address naming a country abroad (an
// NRI's) states the residence. Narrations that name a temple or church
// donation, a hospital's dialysis or chemotherapy bill or a union's
// subscription are sensitive (religion, health, trade_union). The FIU's
// client_api_key and the detached JWS signature are credentials.

var w38AAFIPs = []struct{ id, name, ifsc, branch string }{{"HDFC-FIP", "HDFC Bank", "HDFC0000", "Koramangala"}, {"SBI-FIP", "State Bank of India", "SBIN000", "Andheri East"},
	{"ICICI-FIP", "ICICI Bank", "ICIC000", "Connaught Place"}, {"AXIS001", "Axis Bank", "UTIB000", "Salt Lake"}, {"KOTAK-FIP", "Kotak Mahindra Bank", "KKBK000", "Banjara Hills"}}

var w38AAHandles = []string{"onemoney", "finvu", "anumati", "camsfinserv", "nadl"}

func indiaAADeposit(g *gen) *node {
	g.w37Redraw("IN")
	g.w37Age(18, 80)
	p := g.p
	nri := ""
	if g.r.IntN(4) == 0 {
		nri = pick(g.r, []string{"AE", "US", "GB", "SG", "SA", "CA", "AU"})
		g.w37Move(nri, g.r.IntN(3) == 0)
		p.cit = countryByCode("IN")
	}
	given, family := g.w37Names(g.r.IntN(3) != 0)
	name := strings.ToUpper(given + " " + family)
	fip := pick(g.r, w38AAFIPs)
	handle := pick(g.r, w38AAHandles)
	var custID *node
	if p.phoneCC == "IN" && p.showPhone {
		custID = g.phone(g.w37NationalDigits() + "@" + handle)
	}
	if custID == nil {
		custID = P(w37Clean(p.givenL) + "." + w37Clean(p.familyL) + "@" + handle)
	}
	consentID := g.uuid()
	sessionID := g.uuid()
	txnid := g.uuid()
	linkRef := g.uuid()
	acct := pattern(g.r, "############")
	masked := "XXXXXXXX" + acct[len(acct)-4:]
	ts := g.t.UTC().Format("2006-01-02T15:04:05.000Z")
	ver := pick(g.r, []string{"2.0.0", "1.1.3", "2.1.0"})
	apiKey := C(g.b62(10) + "." + g.b62(40))
	jws := C(base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","kid":"`+g.uuid()+`","b64":false,"crit":["b64"]}`)) + ".." + g.b62(342))

	switch g.r.IntN(4) {
	case 0: // the consent request an FIU posts, and the artefact
		from := g.t.AddDate(-1, 0, 0)
		cd := O("consentStart", N(ts), "consentExpiry", N(g.t.AddDate(1, 0, 0).UTC().Format("2006-01-02T15:04:05.000Z")), "consentMode", N("STORE"), "fetchType", N("PERIODIC"),
			"consentTypes", A(N("PROFILE"), N("SUMMARY"), N("TRANSACTIONS")), "fiTypes", A(N("DEPOSIT")), "DataConsumer", O("id", N("FIU-"+pick(g.r, []string{"LENDX", "WEALTHCO", "NBFC01"})), "type", N("FIU")),
			"Customer", O("id", custID), "Purpose", O("code", N("101"), "refUri", N("https://api.rebit.org.in/aa/purpose/101.xml"), "text", N("Wealth management service"), "Category", O("type", N("string"))),
			"FIDataRange", O("from", N(from.UTC().Format("2006-01-02T15:04:05.000Z")), "to", N(ts)), "DataLife", O("unit", N("MONTH"), "value", N(1)), "Frequency", O("unit", N("MONTH"), "value", N(3)),
			"DataFilter", A(O("type", N("TRANSACTIONAMOUNT"), "operator", N(">="), "value", N("10"))))
		if g.r.IntN(2) == 0 {
			return O("headers", O("client_api_key", apiKey, "x-jws-signature", jws), "body", O("ver", N(ver), "timestamp", N(ts), "txnid", N(txnid), "ConsentDetail", cd))
		}
		art := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"consentId":"`+consentID+`","Customer":{"id":"`+custID.raw+`"}}`)) + "." + g.b62(342)
		return O("ver", N(ver), "txnid", N(txnid), "consentId", N(consentID), "status", N("ACTIVE"), "createTimestamp", N(ts), "signedConsent", P(art),
			"ConsentUse", O("logUri", N("https://aa.example.in/consent/logs/"+consentID), "count", N(g.r.IntN(5)), "lastUseDateTime", N(ts)))
	case 1: // the FI notification the AA sends the FIU
		return O("headers", O("x-jws-signature", jws), "body", O("ver", N(ver), "timestamp", N(ts), "txnid", N(txnid), "Notifier", O("type", N("AA"), "id", N(handle+"-aa")),
			"FIStatusNotification", O("sessionId", N(sessionID), "sessionStatus", N("COMPLETED"), "FIStatusResponse", A(O("fipID", N(fip.id),
				"Accounts", A(O("linkRefNumber", P(linkRef), "FIStatus", N("READY"), "description", N(""))))))))
	case 2: // the FI fetch response, still encrypted
		enc := make([]byte, 180+g.r.IntN(200))
		for i := range enc {
			enc[i] = byte(g.r.IntN(256))
		}
		return O("ver", N(ver), "timestamp", N(ts), "txnid", N(txnid), "FI", A(O("fipID", N(fip.id), "data", A(O("linkRefNumber", P(linkRef), "maskedAccNumber", P(masked),
			"encryptedFI", P(base64.StdEncoding.EncodeToString(enc)))), "KeyMaterial", O("cryptoAlg", N("ECDH"), "curve", N("Curve25519"), "params", N("cipher=AES/GCM/NoPadding;KeyPairGenerator=ECDH"),
			"DHPublicKey", O("expiry", N(g.t.Add(24*time.Hour).UTC().Format("2006-01-02T15:04:05.000Z")), "Parameters", N(""), "KeyValue", N("-----BEGIN PUBLIC KEY-----"+g.b62(60)+"-----END PUBLIC KEY-----")),
			"Nonce", N(base64.StdEncoding.EncodeToString([]byte(g.b62(32))))))))
	}
	// the decrypted deposit FI data, with the session it came in
	g.lab.BirthDate = p.dob.Format("2006-01-02")
	var addr *node
	if p.showResidence {
		if nri != "" {
			a := fmt.Sprintf("%s, %s %s, %s", p.street, p.city, p.post, strings.ToUpper(w37English(nri)))
			addr = P(strings.TrimSpace(a))
			g.lab.Residence = addCountry(g.lab.Residence, nri)
		} else {
			addr = P(fmt.Sprintf("%s, %s, %s - %s", p.street, p.city, p.region, p.post))
		}
	}
	holder := O("name", P(name), "dob", P(p.dob.Format("2006-01-02")))
	if ph := g.phone(g.w37NationalDigits()); ph != nil {
		if p.phoneCC != "IN" {
			ph.raw = g.e164()
		}
		holder.set("mobile", ph)
	}
	holder.set("nominee", P(pick(g.r, []string{"REGISTERED", "NOT-REGISTERED"})))
	if g.r.IntN(3) == 0 {
		holder.set("landline", P(pattern(g.r, "080-2#######")))
	}
	holder.set("address", addr)
	holder.set("email", P(p.email))
	holder.set("pan", P(genPAN(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})))
	holder.set("ckycCompliance", P(g.r.IntN(4) != 0))
	holders := A(holder)
	htype := "SINGLE"
	if g.r.IntN(4) == 0 {
		htype = "JOINT"
		o := g.w37Other("IN")
		holders.arr = append(holders.arr, O("name", P(strings.ToUpper(w37Title(o.givenL)+" "+w37Title(o.familyL))), "dob", P(o.dob.Format("2006-01-02")),
			"mobile", P(strings.TrimPrefix(o.phoneE164, "+91")), "nominee", P("NOT-REGISTERED"), "email", P(o.email), "pan", P(genPAN(g.r, o.dob, o.female, [2]string{o.givenL, o.familyL})),
			"ckycCompliance", P(true)))
	}
	bal := 500 + g.r.IntN(900000)
	accType := pick(g.r, []string{"SAVINGS", "SAVINGS", "CURRENT"})
	if nri != "" {
		accType = "SAVINGS"
	}
	summary := O("currentBalance", P(fmt.Sprintf("%d.%02d", bal, g.r.IntN(100))), "currency", N("INR"), "exchgeRate", N(" "), "balanceDateTime", N(ts), "type", N(accType),
		"branch", N(fip.branch), "facility", N(pick(g.r, []string{"OD", "CC"})), "ifscCode", N(fip.ifsc+pattern(g.r, "####")), "micrCode", N(pattern(g.r, "#########")),
		"openingDate", P(g.t.AddDate(-1-g.r.IntN(15), -g.r.IntN(12), 0).Format("2006-01-02")), "currentODLimit", P("0"), "drawingLimit", P(fmt.Sprint(bal)), "status", N("ACTIVE"))
	if g.r.IntN(3) == 0 {
		summary.set("Pending", O("amount", P(fmt.Sprintf("%d.00", 100+g.r.IntN(5000))), "transactionType", N("DEBIT")))
	}
	txns := A()
	run := bal
	for range 2 + g.r.IntN(5) {
		amt := 50 + g.r.IntN(20000)
		credit := g.r.IntN(3) == 0
		if credit {
			run += amt
		} else {
			run -= amt
		}
		when := g.t.Add(-time.Duration(g.r.IntN(60*24)) * time.Hour).In(time.FixedZone("IST", 19800))
		mode := pick(g.r, []string{"UPI", "UPI", "UPI", "CARD", "ATM", "FT", "OTHERS"})
		var narr *node
		other := g.w37Other("IN")
		vpa := w37Clean(other.givenL) + pick(g.r, []string{"@okaxis", "@ybl", "@paytm", "@oksbi"})
		switch g.r.IntN(12) {
		case 0:
			narr = S(fmt.Sprintf("UPI/%s/Donation/%s/%s", pattern(g.r, "############"), pick(g.r, []string{"ISKCON Temple", "Tirumala Devasthanam", "St Marys Church", "Gurudwara Bangla Sahib"}), "templetrust@icici"), "religion")
		case 1:
			narr = S(fmt.Sprintf("POS/%s/%s", pick(g.r, []string{"APOLLO HOSPITALS DIALYSIS", "TATA MEMORIAL CHEMO", "NIMHANS OPD"}), pattern(g.r, "######")), "health")
		case 2:
			narr = S(fmt.Sprintf("NEFT/%s/AIBEA UNION SUBSCRIPTION", pattern(g.r, "AAAA#########")), "trade_union")
		default:
			narr = P(fmt.Sprintf("UPI/%s/%s/%s/%s", pattern(g.r, "############"), pick(g.r, []string{"Payment from PhonePe", "Sent using Paytm", "rent", "groceries"}),
				vpa, strings.ToUpper(w37Title(other.givenL)+" "+w37Title(other.familyL))))
		}
		if mode == "ATM" {
			narr = P(fmt.Sprintf("ATW-%s-%s-%s", pattern(g.r, "######XXXXXX####"), pick(g.r, []string{"SECTOR 18 NOIDA", "MG ROAD BANGALORE"}), pattern(g.r, "######")))
		}
		txns.arr = append(txns.arr, O("txnId", N(pattern(g.r, "S#########")), "type", N(map[bool]string{true: "CREDIT", false: "DEBIT"}[credit]), "mode", N(mode),
			"amount", P(fmt.Sprintf("%d.00", amt)), "currentBalance", P(fmt.Sprintf("%d.00", run)), "transactionTimestamp", N(when.Format("2006-01-02T15:04:05-07:00")),
			"valueDate", N(when.Format("2006-01-02")), "narration", narr, "reference", P(pattern(g.r, "############"))))
	}
	account := O("linkedAccRef", P(linkRef), "maskedAccNumber", P(masked), "version", N("1.2"), "type", N("deposit"),
		"Profile", O("Holders", O("type", N(htype), "Holder", holders)), "Summary", summary,
		"Transactions", O("startDate", N(g.t.AddDate(0, -6, 0).Format("2006-01-02")), "endDate", N(g.t.Format("2006-01-02")), "Transaction", txns))
	return O("ver", N(ver), "timestamp", N(ts), "txnid", N(txnid), "consentId", N(consentID), "sessionId", N(sessionID), "fipId", N(fip.id),
		"Customer", O("id", custID), "Account", account)
}
