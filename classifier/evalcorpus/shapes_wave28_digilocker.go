package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// ------------------------------------------------------------ DigiLocker

// w28INName is a name as the Aadhaar record holds it: in Latin letters
// (Poi, the token and user details) and in the holder's language (LData),
// with that language's UIDAI code.
type w28INName struct {
	given, family, givenL, familyL string
	female                         bool
	lang                           string
}

var w28INNames = []w28INName{
	{"राहुल", "शर्मा", "Rahul", "Sharma", false, "06"}, {"प्रिया", "वर्मा", "Priya", "Verma", true, "06"},
	{"अमित", "कुमार", "Amit", "Kumar", false, "06"}, {"सुनीता", "यादव", "Sunita", "Yadav", true, "06"},
	{"கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", false, "20"}, {"லட்சுமி", "நாராயணன்", "Lakshmi", "Narayanan", true, "20"},
	{"সৌরভ", "বন্দ্যোপাধ্যায়", "Sourav", "Banerjee", false, "02"}, {"অনন্যা", "চক্রবর্তী", "Ananya", "Chakraborty", true, "02"},
	{"प्रथमेश", "पाटील", "Prathamesh", "Patil", false, "13"}, {"स्नेहा", "कुलकर्णी", "Sneha", "Kulkarni", true, "13"},
	{"હાર્દિક", "પટેલ", "Hardik", "Patel", false, "05"}, {"ધ્વનિ", "શાહ", "Dhvani", "Shah", true, "05"},
	{"వెంకట", "రెడ్డి", "Venkata", "Reddy", false, "21"}, {"శ్రావ్య", "రావు", "Sravya", "Rao", true, "21"},
	{"ಮಂಜುನಾಥ್", "ಗೌಡ", "Manjunath", "Gowda", false, "07"}, {"ಅಕ್ಷತಾ", "ಹೆಗಡೆ", "Akshata", "Hegde", true, "07"},
	{"അനൂപ്", "നായർ", "Anoop", "Nair", false, "11"}, {"ഫാത്തിമ", "ബീവി", "Fathima", "Beevi", true, "11"},
	{"ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Gurpreet", "Singh", false, "16"}, {"ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Harpreet", "Kaur", true, "16"},
}

// w28INAddr is an address as the Aadhaar record splits it, in English
// (Poa) and in the language of its state (LData, the n* fields).
type w28INAddr struct {
	lang                                           string
	house, street, lm, loc, vtc, subdist, dist, st string
	pc, po                                         string
	nHouse, nStreet, nLoc, nVtc, nDist, nState     string
}

var w28INAddrs = []w28INAddr{
	{"06", "H.No. 45", "Gali No. 3", "Near Water Tank", "Shastri Nagar", "Meerut", "Meerut", "Meerut", "Uttar Pradesh", "250004", "Shastri Nagar", "मकान नं. 45", "गली नं. 3", "शास्त्री नगर", "मेरठ", "मेरठ", "उत्तर प्रदेश"},
	{"06", "B-214", "Sector 62", "Opposite Fortis Hospital", "Sector 62", "Noida", "Dadri", "Gautam Buddha Nagar", "Uttar Pradesh", "201309", "Sector 62", "बी-214", "सेक्टर 62", "सेक्टर 62", "नोएडा", "गौतम बुद्ध नगर", "उत्तर प्रदेश"},
	{"20", "No. 12/4", "Gandhi Street", "Opp. Bus Stand", "T. Nagar", "Chennai", "Mambalam", "Chennai", "Tamil Nadu", "600017", "T Nagar", "எண் 12/4", "காந்தி தெரு", "தி. நகர்", "சென்னை", "சென்னை", "தமிழ்நாடு"},
	{"02", "Flat 3B, 27", "Lake Road", "Near Lake Mall", "Ballygunge", "Kolkata", "Kolkata", "Kolkata", "West Bengal", "700029", "Ballygunge", "ফ্ল্যাট ৩বি, ২৭", "লেক রোড", "বালিগঞ্জ", "কলকাতা", "কলকাতা", "পশ্চিমবঙ্গ"},
	{"13", "Flat 302, Sai Krupa CHS", "Tilak Road", "Near Post Office", "Sadashiv Peth", "Pune City", "Pune City", "Pune", "Maharashtra", "411030", "Sadashiv Peth", "फ्लॅट ३०२, साई कृपा सोसायटी", "टिळक रोड", "सदाशिव पेठ", "पुणे शहर", "पुणे", "महाराष्ट्र"},
	{"05", "A-101, Shivam Apartment", "C.G. Road", "Nr. Municipal Market", "Navrangpura", "Ahmedabad", "Ahmedabad City", "Ahmedabad", "Gujarat", "380009", "Navrangpura", "એ-૧૦૧, શિવમ એપાર્ટમેન્ટ", "સી.જી. રોડ", "નવરંગપુરા", "અમદાવાદ", "અમદાવાદ", "ગુજરાત"},
	{"21", "H.No. 8-2-293, Plot 23", "Road No. 14", "Near KBR Park", "Banjara Hills", "Hyderabad", "Shaikpet", "Hyderabad", "Telangana", "500034", "Banjara Hills", "ఇ.నెం. 8-2-293, ప్లాట్ 23", "రోడ్ నెం. 14", "బంజారా హిల్స్", "హైదరాబాద్", "హైదరాబాద్", "తెలంగాణ"},
	{"07", "No. 45, 2nd Cross", "8th Main, 4th Block", "Near Jayanagar Shopping Complex", "Jayanagar", "Bengaluru", "Bangalore South", "Bengaluru Urban", "Karnataka", "560011", "Jayanagar", "ನಂ. 45, 2ನೇ ಕ್ರಾಸ್", "8ನೇ ಮುಖ್ಯ ರಸ್ತೆ, 4ನೇ ಬ್ಲಾಕ್", "ಜಯನಗರ", "ಬೆಂಗಳೂರು", "ಬೆಂಗಳೂರು ನಗರ", "ಕರ್ನಾಟಕ"},
	{"11", "Thekkethil House, TC 25/1234", "MG Road", "Near Pattom Junction", "Pattom", "Thiruvananthapuram", "Thiruvananthapuram", "Thiruvananthapuram", "Kerala", "695004", "Pattom Palace", "തെക്കേതിൽ വീട്, ടി.സി 25/1234", "എം.ജി റോഡ്", "പട്ടം", "തിരുവനന്തപുരം", "തിരുവനന്തപുരം", "കേരളം"},
	{"16", "H.No. 562, Street 4", "Model Town Extension", "Near Clock Tower", "Model Town", "Ludhiana", "Ludhiana (West)", "Ludhiana", "Punjab", "141002", "Model Town", "ਮਕਾਨ ਨੰ. 562, ਗਲੀ 4", "ਮਾਡਲ ਟਾਊਨ ਐਕਸਟੈਂਸ਼ਨ", "ਮਾਡਲ ਟਾਊਨ", "ਲੁਧਿਆਣਾ", "ਲੁਧਿਆਣਾ", "ਪੰਜਾਬ"},
}

// w28DLDoc is a document DigiLocker lists as issued to the user: what it
// tells of its holder (a disability card, a vaccination certificate, a
// caste certificate) and from which age one holds it.
type w28DLDoc struct {
	name, doctype, issuerid, issuer, cat string
	minAge                               int
}

var w28DLDocs = []w28DLDoc{
	{"Aadhaar Card", "ADHAR", "in.gov.uidai", "Unique Identification Authority of India (UIDAI)", "", 0},
	{"PAN Verification Record", "PANCR", "in.gov.pan", "Income Tax Department", "", 18},
	{"Driving License", "DRVLC", "in.gov.transport", "Ministry of Road Transport and Highways", "", 18},
	{"Registration of Vehicles", "RVCER", "in.gov.transport", "Ministry of Road Transport and Highways", "", 18},
	{"Class X Marksheet", "SSCER", "in.gov.cbse", "Central Board of Secondary Education", "", 16},
	{"Class XII Marksheet", "HSCER", "in.gov.cbse", "Central Board of Secondary Education", "", 18},
	{"Birth Certificate", "BTCER", "in.gov.crsorgi", "Office of the Registrar General, India", "", 0},
	{"Insurance Policy", "INPOL", "in.gov.licindia", "Life Insurance Corporation of India", "", 18},
	{"COVID-19 Vaccination Certificate", "CVDCR", "in.gov.mohfw", "Ministry of Health and Family Welfare", "health", 12},
	{"Unique Disability ID Card", "UDIDC", "in.gov.swavlambancard", "Department of Empowerment of Persons with Disabilities", "health", 0},
	{"Caste Certificate", "CASCR", "in.gov.maharashtra.revenue", "Revenue and Forest Department, Government of Maharashtra", "ethnicity", 0},
}

// w28DLPartners are the fintechs pulling DigiLocker data for KYC, with
// the product a minor's account is opened for by a guardian.
var w28DLPartners = []struct{ name, host, product, minorProduct string }{
	{"Kuber Wealth", "api.kuberwealth.example", "mutual_fund_kyc", "minor_folio"},
	{"PaisaSetu", "kyc.paisasetu.example", "savings_account", "junior_savings"},
	{"Tijori Securities", "onboarding.tijori.example", "demat_account", "minor_demat"},
	{"Saral Insure", "api.saralinsure.example", "term_insurance", "child_plan"},
}

// The countries NRIs of the corpus live in.
var w28NRICountries = []string{"AE", "AE", "US", "GB", "SG", "SA", "AU", "CA"}

// w28XMLEsc escapes an XML attribute value.
var w28XMLEsc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// w28Photo is a small JPEG in base64, as the e-Aadhaar's Pht carries the
// holder's photograph.
func (g *gen) w28Photo() string {
	b := make([]byte, 180+g.r.IntN(120))
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + base64.StdEncoding.EncodeToString(b)
}

// w28DLDocID is the document id part of an issued document's URI, as
// its issuer numbers it.
func (g *gen) w28DLDocID(d w28DLDoc, pan string) string {
	switch d.doctype {
	case "PANCR":
		return pan
	case "DRVLC":
		return pick(g.r, []string{"MH12", "DL04", "KA03", "TN09", "UP15", "GJ01"}) + fmt.Sprint(2005+g.r.IntN(20)) + pattern(g.r, "#######")
	case "RVCER":
		return pick(g.r, []string{"MH12", "DL4C", "KA03", "TN09", "UP15", "GJ01"}) + pattern(g.r, "AA####")
	case "SSCER", "HSCER":
		return fmt.Sprint(g.p.dob.Year()+16+map[bool]int{true: 2, false: 0}[d.doctype == "HSCER"]) + pattern(g.r, "########")
	case "INPOL":
		return pattern(g.r, "#########")
	}
	return strings.ToUpper(g.hex(24))
}

func digilockerKYCPull(g *gen) *node {
	kind := pick(g.r, []string{"resident", "resident", "resident", "resident", "resident", "resident", "nri", "nri", "minor", "minor"})
	nriCC := ""
	if kind == "nri" {
		nriCC = pick(g.r, w28NRICountries)
		g.w28Abroad("IN", nriCC)
	} else {
		g.w28Redraw("IN")
	}
	p := g.p
	if kind != "nri" {
		p.cit = p.c
	}
	nm := pick(g.r, w28INNames)
	g.w28SetName(w28Name{nm.given, nm.family, strings.ToLower(nm.givenL), strings.ToLower(nm.familyL), nm.female}, []string{"gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"})
	if kind == "minor" {
		g.w28Age(10, 17)
	} else {
		g.w28Age(18, 75)
	}
	// The mobile number linked to the Aadhaar is Indian, wherever its
	// holder lives now.
	g.w28SetPhone("IN")
	nsn := g.w28NSN()
	latinName := nm.givenL + " " + nm.familyL
	if g.r.IntN(3) == 0 {
		latinName = strings.ToUpper(latinName)
	}
	gender := map[bool]string{true: "F", false: "M"}[nm.female]
	aadhaar := strings.ReplaceAll(genAadhaar(g.r, p.dob, p.female, [2]string{}), " ", "")
	pan := genPAN(g.r, p.dob, p.female, [2]string{nm.givenL, nm.familyL})
	dlID := g.uuid()
	refKey := w28SHA(aadhaar + g.hex(16))
	// The address: one of the holder's language when there is one.
	var addrs []w28INAddr
	for _, a := range w28INAddrs {
		if a.lang == nm.lang {
			addrs = append(addrs, a)
		}
	}
	if len(addrs) == 0 || g.r.IntN(5) == 0 {
		addrs = w28INAddrs
	}
	a := pick(g.r, addrs)
	// The parent or guardian: the care-of of a minor's Aadhaar, and the
	// one who consents for them.
	var guardian w28INName
	for {
		guardian = pick(g.r, w28INNames)
		if guardian.lang == nm.lang && guardian.givenL != nm.givenL {
			break
		}
	}
	// A family name shared in the family; Kaur, Singh and Beevi are not.
	if !strings.Contains("Kaur Singh Beevi", nm.familyL) && !strings.Contains("Kaur Singh Beevi", guardian.familyL) {
		guardian.family, guardian.familyL = nm.family, nm.familyL
	}
	relation := map[bool]string{true: "MOTHER", false: "FATHER"}[guardian.female]
	co := map[bool]string{true: "D/O", false: "S/O"}[nm.female] + ": " + guardian.givenL + " " + guardian.familyL
	if guardian.female {
		co = "C/O: " + guardian.givenL + " " + guardian.familyL
	}
	if kind != "minor" && nm.female && g.r.IntN(3) == 0 {
		h := pick(g.r, w28INNames)
		for h.female {
			h = pick(g.r, w28INNames)
		}
		co = "W/O: " + h.givenL + " " + nm.familyL
	}
	partner := pick(g.r, w28DLPartners)
	product := partner.product
	if kind == "minor" {
		product = partner.minorProduct
	}
	customerID := "CUST" + pattern(g.r, "##########")
	sessionID := "dlk_" + g.b62(20)
	clientID := pattern(g.r, "AA####AA")
	clientSecret := g.hex(40)
	redirect := "https://" + partner.host + "/v1/kyc/digilocker/callback"
	state := g.b62(24)
	verifier := g.b62(43) + g.chars("-._~", 1) + g.b62(20)
	challenge := strings.TrimRight(base64.URLEncoding.EncodeToString([]byte(w28SHA(verifier)[:32])), "=")
	code := g.hex(40)
	accessToken := g.hex(40)
	refreshToken := g.hex(40)
	const base = "https://digilocker.meripehchaan.gov.in/public/oauth2"
	loc := time.FixedZone("IST", 19800)
	ist := func(d time.Duration) string { return g.t.Add(d).In(loc).Format("2006-01-02T15:04:05.000-07:00") }

	// What DigiLocker returns of the user, in the token response and the
	// user details.
	userFields := func(o *node, withMobile bool) *node {
		o.set("digilockerid", P(dlID))
		o.set("name", P(latinName))
		o.set("dob", g.dob("02012006"))
		o.set("gender", P(gender))
		o.set("eaadhaar", N("Y"))
		o.set("reference_key", P(refKey))
		if withMobile {
			if g.r.IntN(3) == 0 {
				// Masked: no country to tell.
				if p.showPhone {
					o.set("mobile", P("XXXXXX"+nsn[len(nsn)-4:]))
				}
			} else if ph := g.phone(nsn); ph != nil {
				o.set("mobile", ph)
			}
		}
		return o
	}
	scope := "openid files.issueddocs userdetails"
	if p.showResidence {
		scope += " eaadhaar"
	}
	tokenCall := func() *node {
		f := []string{"code", "grant_type", "client_id", "client_secret", "redirect_uri", "code_verifier"}
		v := []*node{C(code), N("authorization_code"), N(clientID), C(clientSecret), N(redirect), C(verifier)}
		parts := make([]string, len(f))
		for i := range f {
			parts[i] = f[i] + "=" + url.QueryEscape(v[i].raw)
		}
		body := w28Raw(strings.Join(parts, "&"), v)
		resp := O("access_token", C(accessToken), "expires_in", N(3600), "token_type", N("Bearer"), "scope", N(scope),
			"refresh_token", C(refreshToken))
		userFields(resp, false)
		resp.set("new_account", N(pick(g.r, []string{"N", "N", "N", "Y"})))
		return O("method", N("POST"), "url", N(base+"/1/token"),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded")),
			"body", body, "status", N(200), "response", resp)
	}
	auth := func() *node { return O("Authorization", C("Bearer "+accessToken)) }
	userCall := func() *node {
		return O("method", N("GET"), "url", N(base+"/1/user"), "headers", auth(), "status", N(200), "response", userFields(O(), true))
	}
	// The issued documents: what a holder of that age has.
	age := g.ageAt()
	var docs []*node
	for _, d := range w28DLDocs {
		if age < d.minAge {
			continue
		}
		keep := d.doctype == "ADHAR" || g.r.IntN(3) == 0
		if d.cat != "" {
			keep = g.r.IntN(6) == 0
		}
		if !keep {
			continue
		}
		if d.doctype == "CASCR" && a.st != "Maharashtra" {
			continue
		}
		uri := d.issuerid + "-" + d.doctype + "-" + g.w28DLDocID(d, pan)
		// The date DigiLocker shows: when the issuer last pushed it, in
		// the years the holder has used DigiLocker.
		issued := g.t.AddDate(0, 0, -1-g.r.IntN(6*365))
		if first := p.dob.AddDate(d.minAge, 0, 1); issued.Before(first) {
			issued = first.AddDate(0, 0, g.r.IntN(200))
		}
		if !issued.Before(g.t) {
			issued = g.t.AddDate(0, 0, -1)
		}
		mime := A(N("application/pdf"))
		if g.r.IntN(2) == 0 {
			mime.arr = append(mime.arr, N("application/xml"))
		}
		uriNode := P(uri)
		if d.cat != "" {
			uriNode = S(uri, d.cat)
		}
		// A revenue department issues much else: only the disability
		// and health issuers tell what their document says.
		issuerCat := d.cat
		if d.doctype == "CASCR" {
			issuerCat = ""
		}
		docs = append(docs, O("name", w28Text(d.name, d.cat), "type", N("file"), "size", N(""), "date", N(issued.Format("02-01-2006")),
			"parent", N(""), "mime", mime, "uri", uriNode, "doctype", w28Text(d.doctype, d.cat), "description", w28Text(d.name, d.cat),
			"issuerid", w28Text(d.issuerid, issuerCat), "issuer", w28Text(d.issuer, issuerCat)))
	}
	filesCall := func() *node {
		return O("method", N("GET"), "url", N(base+"/2/files/issued"), "headers", auth(), "status", N(200),
			"response", O("items", A(docs...), "resource", N("issued")))
	}

	// The e-Aadhaar: Poi, Poa in English, LData in the holder's language
	// and the photograph, as XML and as the backend parses it.
	type attr struct {
		k string
		v *node
	}
	kycTS := ist(-time.Duration(g.r.IntN(30)) * time.Second)
	txn := "UKC:" + g.hex(40)
	kycCode := g.hex(32)
	uid := "xxxxxxxx" + aadhaar[8:]
	photo := g.w28Photo()
	eaadhaar := func() (parsed *node, xml *node) {
		india := N("India")
		g.lab.Residence = addCountry(g.lab.Residence, "IN")
		poi := []attr{{"dob", g.dob("02-01-2006")}, {"gender", P(gender)}, {"name", P(latinName)}}
		poa := []attr{{"co", P(co)}, {"country", india}, {"dist", P(a.dist)}, {"house", P(a.house)}, {"lm", P(a.lm)},
			{"loc", P(a.loc)}, {"pc", P(a.pc)}, {"po", P(a.po)}, {"state", N(a.st)}, {"street", P(a.street)},
			{"subdist", P(a.subdist)}, {"vtc", P(a.vtc)}}
		native := nm.given + " " + nm.family
		ldata := []attr{{"country", N(" ")}, {"dist", P(a.nDist)}, {"house", P(a.nHouse)}, {"lang", N(a.lang)},
			{"loc", P(a.nLoc)}, {"name", P(native)}, {"pc", P(a.pc)}, {"state", N(a.nState)}, {"street", P(a.nStreet)}, {"vtc", P(a.nVtc)}}
		if a.lang != nm.lang {
			// The name is written in the script of the address's
			// language only when it is the holder's.
			ldata[5].v = P(latinName)
		}
		obj := func(as []attr) *node {
			o := O()
			for _, x := range as {
				o.set(x.k, x.v)
			}
			return o
		}
		el := func(tag string, as []attr) string {
			var b strings.Builder
			b.WriteString("<" + tag)
			for _, x := range as {
				b.WriteString(" " + x.k + `="` + w28XMLEsc.Replace(x.v.raw) + `"`)
			}
			b.WriteString("/>")
			return b.String()
		}
		pht := P(photo)
		sigValue := N(base64.StdEncoding.EncodeToString([]byte(g.hex(96))))
		parsed = O(
			"KycRes", O("code", N(kycCode), "ret", N("Y"), "ts", N(kycTS), "ttl", N(g.t.AddDate(1, 0, 0).In(loc).Format("2006-01-02T15:04:05")), "txn", N(txn),
				"UidData", O("tkn", N(""), "uid", P(uid), "Poi", obj(poi), "Poa", obj(poa), "LData", obj(ldata), "Pht", pht)))
		text := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Certificate><CertificateData><KycRes code="` + kycCode + `" ret="Y" ts="` + kycTS +
			`" ttl="` + g.t.AddDate(1, 0, 0).In(loc).Format("2006-01-02T15:04:05") + `" txn="` + txn + `"><UidData tkn="" uid="` + uid + `">` +
			el("Poi", poi) + el("Poa", poa) + el("LData", ldata) + "<Pht>" + photo + "</Pht></UidData></KycRes></CertificateData>" +
			`<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/></SignedInfo><SignatureValue>` +
			sigValue.raw + "</SignatureValue></Signature></Certificate>"
		var leaves []*node
		for _, as := range [][]attr{poi, poa, ldata} {
			for _, x := range as {
				leaves = append(leaves, x.v)
			}
		}
		leaves = append(leaves, pht)
		return parsed, w28Raw(text, leaves)
	}
	eaadhaarCall := func(raw bool) *node {
		parsed, xml := eaadhaar()
		c := O("method", N("GET"), "url", N(base+"/3/xml/eaadhaar"), "headers", auth(), "status", N(200))
		if raw {
			c.set("content_type", N("application/xml"))
			c.set("response", xml)
		} else {
			c.set("response", parsed)
		}
		return c
	}

	// The fintech's own KYC record of the customer.
	kycRecord := func() *node {
		status := pick(g.r, []string{"VERIFIED", "VERIFIED", "VERIFIED", "PENDING_REVIEW", "NAME_MISMATCH"})
		r := O("kyc_id", N("kyc_"+g.b62(16)), "customer_id", P(customerID), "product", N(product), "source", N("DIGILOCKER"),
			"status", N(status), "digilocker_id", P(dlID), "name_as_per_aadhaar", P(latinName), "aadhaar_last4", P(aadhaar[8:]))
		if kind != "minor" || g.r.IntN(3) == 0 {
			r.set("pan", P(pan))
			r.set("pan_name_match_score", N(80+g.r.IntN(21)))
		}
		r.set("date_of_birth", g.dob("2006-01-02"))
		r.set("gender", P(map[string]string{"F": "FEMALE", "M": "MALE"}[gender]))
		r.set("email", P(p.email))
		if ph := g.phone(g.e164()); ph != nil {
			r.set("mobile", ph)
		}
		switch kind {
		case "nri":
			r.set("residential_status", N("NON_RESIDENT_INDIAN"))
			if p.showResidence {
				r.set("overseas_address", O("line1", g.addr(p.street), "city", g.addr(p.city), "zip", g.addr(p.post),
					"country", g.residence(englishName[nriCC])))
				r.set("tax_residency", g.residence(nriCC))
			}
			if p.showPhone && g.r.IntN(2) == 0 {
				e, _ := phoneNumber(g.r, nriCC)
				g.lab.Weak = addCountry(g.lab.Weak, nriCC)
				r.set("overseas_mobile", P(e))
			}
		default:
			r.set("residential_status", N("RESIDENT_INDIVIDUAL"))
		}
		if p.showCitizenship {
			r.set("nationality", g.citizenship(pick(g.r, []string{"INDIAN", "IN", "Indian"})))
		}
		if kind == "minor" {
			gpan := genPAN(g.r, p.dob.AddDate(-28, 0, 0), guardian.female, [2]string{guardian.givenL, guardian.familyL})
			gd := O("name", P(guardian.givenL+" "+guardian.familyL), "relation", P(relation), "pan", P(gpan),
				"mobile", P(g.w28Other("IN")), "digilocker_id", P(g.uuid()),
				"consent", O("purpose", N("Opening of "+strings.ReplaceAll(product, "_", " ")+" for minor"), "consented_at", N(ist(-2*time.Minute)), "ip", P(p.ip)))
			r.set("guardian", gd)
			r.set("is_minor", P(true))
			r.set("majority_date", P(p.dob.AddDate(18, 0, 0).Format("2006-01-02")))
		} else {
			r.set("consent", O("purpose", N("KYC for "+strings.ReplaceAll(product, "_", " ")), "consented_at", N(ist(-2*time.Minute)), "ip", P(p.ip)))
		}
		if p.showResidence && g.r.IntN(2) == 0 {
			g.lab.Residence = addCountry(g.lab.Residence, "IN")
			r.set("permanent_address", O("line1", P(a.house+", "+a.street), "line2", P(a.loc), "city", P(a.vtc), "district", P(a.dist),
				"state", N(a.st), "pincode", P(a.pc), "country", N("IN")))
		}
		if p.showLocale && g.r.IntN(2) == 0 {
			r.set("app_language", g.locale(p.locale))
		}
		r.set("verified_at", N(ist(0)))
		return r
	}
	authorize := func() *node {
		q := url.Values{}
		q.Set("response_type", "code")
		q.Set("client_id", clientID)
		q.Set("redirect_uri", redirect)
		q.Set("state", state)
		q.Set("code_challenge", challenge)
		q.Set("code_challenge_method", "S256")
		return N(base + "/1/authorize?" + q.Encode())
	}

	// The calls are made into nodes only when the event carries them, so
	// that the label records only what the event says.
	calls := []func() *node{tokenCall}
	if g.r.IntN(3) != 0 {
		calls = append(calls, userCall)
	}
	if g.r.IntN(2) == 0 && len(docs) > 0 {
		calls = append(calls, filesCall)
	}
	pulled := p.showResidence && g.r.IntN(5) != 0
	rawXML := g.r.IntN(2) == 0
	if pulled {
		calls = append(calls, func() *node { return eaadhaarCall(rawXML) })
	}
	logLine := func(c *node) *node {
		return O("ts", N(ist(0)), "level", N("INFO"), "service", N("kyc-digilocker"), "partner", N(partner.name),
			"kyc_session_id", N(sessionID), "customer_id", P(customerID), "call", c, "duration_ms", N(80+g.r.IntN(2500)))
	}
	switch mode := g.r.IntN(10); {
	case mode < 4:
		// The whole session, with the record it made.
		s := O("kyc_session_id", N(sessionID), "customer_id", P(customerID), "partner", N(partner.name), "product", N(product),
			"started_at", N(ist(-3*time.Minute)), "authorize_url", authorize(),
			"callback", O("code", C(code), "state", N(state)))
		var made []*node
		for _, c := range calls {
			made = append(made, c())
		}
		s.set("calls", A(made...))
		if g.r.IntN(3) != 0 {
			s.set("kyc_record", kycRecord())
		}
		return s
	case mode < 7:
		// One call as a log line.
		return logLine(pick(g.r, calls)())
	case mode < 9:
		// The record, with the e-Aadhaar it was made from.
		r := kycRecord()
		if pulled {
			parsed, xml := eaadhaar()
			if g.r.IntN(2) == 0 {
				r.set("eaadhaar", parsed)
			} else {
				r.set("eaadhaar_xml", xml)
			}
		}
		if g.r.IntN(2) == 0 && len(docs) > 0 {
			r.set("issued_documents", A(docs...))
		}
		return O("event", N("kyc.completed"), "occurred_at", N(ist(0)), "data", r)
	}
	// A token refresh before a later pull.
	f := []string{"grant_type", "refresh_token", "client_id", "client_secret"}
	v := []*node{N("refresh_token"), C(refreshToken), N(clientID), C(clientSecret)}
	parts := make([]string, len(f))
	for i := range f {
		parts[i] = f[i] + "=" + url.QueryEscape(v[i].raw)
	}
	resp := O("access_token", C(g.hex(40)), "expires_in", N(3600), "token_type", N("Bearer"), "scope", N(scope), "refresh_token", C(g.hex(40)))
	return logLine(O("method", N("POST"), "url", N(base+"/1/token"), "headers", O("Content-Type", N("application/x-www-form-urlencoded")),
		"body", w28Raw(strings.Join(parts, "&"), v), "status", N(200), "response", userFields(resp, false)))
}
