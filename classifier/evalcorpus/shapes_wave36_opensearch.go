package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------- OpenSearch user documents

// A search response's took, timed_out, _shards, total and relation,
// scores, index names, versions, sequence numbers, primary terms,
// found, a bulk response's results and statuses, nested offsets, an
// order's id and totals and a terms aggregation's buckets (country codes
// with counts over every user: no one's evidence) are non-personal; so
// are the document's creation and login dates, status, roles, plan and
// flags. The document _id (the user's id), the user's ids, names, user
// name, e-mail, phone, birth date, gender, pronouns, interests, address,
// sign-up IP, the GeoIP city and point, a KYC document number, the
// highlight fragments and a sort value that is a name are personal; the
// address's country_code is the residence, nationality the citizenship,
// the GeoIP country, locale and time zone weak evidence. A health club's
// medical notes and a bio that tells of a special category are
// sensitive. Other users among the hits are personal and no evidence of
// the subject; so is the support agent who ran the search. The password
// hash and reset token developers indexed and the Authorization header
// are credentials. A _bulk body is one string of NDJSON: personal (or
// sensitive, when a document in it tells of a special category), and the
// residence, phone and birth date written in it are the subject's.

var w36OSCountries = []string{"US", "US", "CA", "MX", "BR", "AR", "CO", "CL", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "CZ", "RO", "HU", "GR", "SE", "NO",
	"DK", "FI", "EE", "LV", "LT", "UA", "RU", "TR", "IL", "AE", "SA", "EG", "NG", "KE", "ZA", "IN", "PK", "ID", "VN", "TH", "PH", "SG", "JP", "KR", "CN", "TW", "AU", "NZ"}

var w36OSIndices = []struct{ index, kind string }{{"customers-v3", "shop"}, {"users", "community"}, {"members_2026", "club"}, {"accounts-prod", "fintech"}}

func openSearchUserHits(g *gen) *node {
	cc := pick(g.r, w36OSCountries)
	g.w34Redraw(cc)
	ix := w36OSIndices[g.r.IntN(len(w36OSIndices))]
	switch ix.kind {
	case "community":
		if g.r.IntN(2) == 0 {
			g.w34Age(13, 17)
		} else {
			g.w34Age(18, 45)
		}
	case "fintech":
		g.w34Age(18, 75)
	default:
		g.w34Age(16, 80)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	subjFirst, subjLast := g.w34Names(g.r.IntN(2) == 0)
	subjID := pick(g.r, []string{fmt.Sprint(10000 + g.r.IntN(9000000)), "usr_" + g.b62(16), g.uuid()})
	withCreds := g.r.IntN(5) == 0

	// doc is a user's document; subject says whether it is the event's
	// subject (whose countries the labels record) or another user.
	doc := func(o *person, id string, subject, noCred bool) *node {
		first, last := subjFirst, subjLast
		if !subject {
			first, last = w34Title(o.givenL), w34Title(o.familyL)
			if g.r.IntN(2) == 0 {
				first, last = o.given, o.family
			}
		}
		d := O(map[string]string{"shop": "customer_id", "community": "user_id", "club": "member_id", "fintech": "account_id"}[ix.kind], P(id))
		d.set("email", P(o.email))
		if ix.kind == "community" {
			d.set("username", P(o.username))
		}
		if g.r.IntN(2) == 0 {
			d.set("first_name", P(first))
			d.set("last_name", P(last))
		} else {
			d.set("full_name", P(first+" "+last))
		}
		if subject {
			d.set("phone", g.phone(g.e164()))
		} else if o.phoneE164 != "" && g.r.IntN(2) == 0 {
			d.set("phone", P(o.phoneE164))
		}
		if subject {
			if ix.kind == "community" || ix.kind == "fintech" || g.r.IntN(2) == 0 {
				d.set("birthdate", g.dob("2006-01-02"))
			}
		} else if g.r.IntN(2) == 0 {
			d.set("birthdate", P(o.dob.Format("2006-01-02")))
		}
		if g.r.IntN(2) == 0 {
			d.set("gender", P(map[bool]string{true: "female", false: "male"}[o.female]))
		}
		if subject {
			if p.showResidence {
				a := O("line1", g.addr(p.street), "city", g.addr(p.city))
				if p.post != "" {
					a.set("postal_code", g.addr(p.post))
				}
				a.set("region", g.addrN(p.region))
				a.set("country_code", g.residence(cc))
				d.set("address", a)
			}
			d.set("locale", g.locale(p.locale))
			d.set("timezone", g.tz(p.tz))
		} else if g.r.IntN(2) == 0 {
			a := O("city", P(o.city), "country_code", N(o.c.code))
			d.set("address", a)
		}
		switch ix.kind {
		case "community":
			if subject {
				d.set("bio", g.bio())
			}
			d.set("interests", A(P(pick(g.r, []string{"anime", "football", "k-pop", "chess", "drawing"})), P(pick(g.r, []string{"gaming", "music", "coding", "skate"}))))
			if g.r.IntN(3) == 0 {
				d.set("pronouns", P(pick(g.r, []string{"she/her", "he/him", "they/them"})))
			}
			if subject && p.minor {
				d.set("parental_consent", N(g.r.IntN(2) == 0))
			}
		case "club":
			d.set("membership", N(pick(g.r, []string{"gold", "off-peak", "student", "family"})))
			if g.r.IntN(2) == 0 {
				if subject {
					d.set("medical_notes", S(g.w36Health(), "health"))
				} else {
					d.set("medical_notes", S(pick(g.r, []string{"Asthma", "Knee surgery 2024", "Hypertension"}), "health"))
				}
			}
		case "fintech":
			if subject {
				kyc := O("status", N("verified"))
				if p.idValue != "" {
					kyc.set("document_type", N(p.idField))
					kyc.set("document_number", P(p.idValue))
				}
				d.set("kyc", kyc)
				d.set("nationality", g.citizenship(p.cit.code))
			} else {
				d.set("kyc", O("status", N(pick(g.r, []string{"pending", "verified"}))))
			}
		case "shop":
			d.set("loyalty_tier", N(pick(g.r, []string{"bronze", "silver", "gold"})))
			d.set("orders_count", N(g.r.IntN(40)))
		}
		if subject {
			d.set("signup_ip", P(p.ip))
			if g.r.IntN(2) == 0 {
				geo := g.w34GeoOf(cc)
				g.w34Weak(geo.cc)
				gi := O("country_iso_code", N(geo.cc), "city_name", Pif(geo.city), "location", O("lat", P(geo.lat), "lon", P(geo.lon)))
				d.set("geoip", gi)
			}
		}
		d.set("created_at", N(g.w36Ago(9000).UTC().Format("2006-01-02T15:04:05Z")))
		d.set("last_login_at", N(g.w36Ago(300).UTC().Format("2006-01-02T15:04:05Z")))
		d.set("status", N(pick(g.r, []string{"active", "active", "suspended", "pending_verification"})))
		d.set("roles", A(N("user")))
		if withCreds && !noCred {
			d.set("password_hash", C(g.bcrypt()))
			if g.r.IntN(2) == 0 {
				d.set("reset_token", C(g.b62(32)))
			}
		}
		return d
	}
	others := func(n int) []*person {
		var out []*person
		for range n {
			out = append(out, g.w34Other(pick(g.r, []string{cc, cc, pick(g.r, w36OSCountries)})))
		}
		return out
	}
	otherID := func() string { return fmt.Sprint(10000 + g.r.IntN(9000000)) }
	shards := func() *node {
		n := pick(g.r, []int{1, 3, 5})
		return O("total", N(n), "successful", N(n), "skipped", N(0), "failed", N(0))
	}
	agent := g.w34Other(pick(g.r, []string{"US", "PH", "IN", "PL", "PT"}))
	wrap := func(method, path string, reqBody, resp *node) *node {
		req := O("method", N(method), "path", N(path))
		if g.r.IntN(2) == 0 {
			req.set("headers", O("Authorization", C("Basic "+w34B64([]byte("support-console:"+g.b62(16)))), "Content-Type", N("application/json")))
		}
		req.set("body", reqBody)
		return O("@timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "service", N(pick(g.r, []string{"support-console", "admin-api", "crm-sync"})),
			"actor", O("id", P(fmt.Sprint(100+g.r.IntN(900))), "email", P(w35Mail(agent, "support.example"))), "request", req, "response", resp)
	}

	switch v := g.r.IntN(10); {
	case v < 5: // a search
		byEmail := g.r.IntN(2) == 0
		var query *node
		var hl *node
		if byEmail {
			query = O("term", O("email.keyword", P(p.email)))
			at := strings.IndexByte(p.email, '@')
			hl = O("email", A(P("<em>"+p.email[:at]+"</em>"+p.email[at:])))
		} else {
			query = O("multi_match", O("query", P(subjLast), "fields", A(N("full_name"), N("last_name"), N("email"))))
			hl = O(pick(g.r, []string{"full_name", "last_name"}), A(P("<em>"+subjLast+"</em>")))
		}
		hitsN := 1
		if !byEmail {
			hitsN = 1 + g.r.IntN(3)
		}
		score := 3 + float64(g.r.IntN(800))/100
		topScore := score
		sortByName := !byEmail && g.r.IntN(3) == 0
		hit := func(o *person, id string, subject bool, sc float64) *node {
			h := O("_index", N(ix.index), "_id", P(id))
			if sortByName {
				h.set("_score", N(nil))
			} else {
				h.set("_score", N(sc))
			}
			h.set("_source", doc(o, id, subject, false))
			if subject {
				h.set("highlight", hl)
			}
			if sortByName {
				h.set("sort", A(P(strings.ToLower(o.familyL)), N(g.w36Ago(9000).UnixMilli())))
			}
			if ix.kind == "shop" && subject && g.r.IntN(3) == 0 {
				inner := O("_index", N(ix.index), "_id", P(id), "_nested", O("field", N("orders"), "offset", N(0)), "_score", N(1.0),
					"_source", O("order_id", N(fmt.Sprintf("ORD-%07d", g.r.IntN(10000000))), "total", N(float64(1000+g.r.IntN(30000))/100), "currency", N("EUR"),
						"shipping_city", g.addr(p.city)))
				h.set("inner_hits", O("orders", O("hits", O("total", O("value", N(1), "relation", N("eq")), "max_score", N(1.0), "hits", A(inner)))))
			}
			return h
		}
		hits := A(hit(p, subjID, true, score))
		for _, o := range others(hitsN - 1) {
			score -= 0.5 + float64(g.r.IntN(100))/100
			hits.arr = append(hits.arr, hit(o, otherID(), false, score))
		}
		maxScore := N(topScore)
		if sortByName {
			maxScore = N(nil)
		}
		resp := O("took", N(1+g.r.IntN(80)), "timed_out", N(false), "_shards", shards(), "hits", O("total", O("value", N(hitsN), "relation", N("eq")), "max_score", maxScore, "hits", hits))
		if g.r.IntN(3) == 0 {
			buckets := A()
			for _, c := range []string{"US", "DE", "GB", "BR", "IN", "FR"}[:2+g.r.IntN(4)] {
				buckets.arr = append(buckets.arr, O("key", N(c), "doc_count", N(10+g.r.IntN(20000))))
			}
			resp.set("aggregations", O("by_country", O("doc_count_error_upper_bound", N(0), "sum_other_doc_count", N(g.r.IntN(5000)), "buckets", buckets)))
		}
		if g.r.IntN(2) == 0 {
			return resp
		}
		body := O("query", query, "size", N(10), "highlight", O("fields", O("email", O(), "full_name", O(), "last_name", O())))
		if sortByName {
			body.set("sort", A(O("last_name.keyword", N("asc")), O("created_at", N("desc"))))
		}
		return wrap("POST", "/"+ix.index+"/_search", body, resp)
	case v < 8: // GET _doc
		resp := O("_index", N(ix.index), "_id", P(subjID), "_version", N(1+g.r.IntN(30)), "_seq_no", N(g.r.IntN(900000)), "_primary_term", N(1+g.r.IntN(4)), "found", N(true),
			"_source", doc(p, subjID, true, false))
		if g.r.IntN(2) == 0 {
			return resp
		}
		return O("@timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "service", N("admin-api"), "method", N("GET"), "path", P("/"+ix.index+"/_doc/"+subjID),
			"status", N(200), "response", resp)
	}
	// a _bulk request: NDJSON lines in one string
	var b strings.Builder
	kind, cat := Personal, ""
	line := func(n *node) {
		var tmp Label
		b.Write(render(n, &tmp))
		b.WriteByte('\n')
		for _, l := range tmp.Leaves {
			if l.Kind == Sensitive {
				kind, cat = Sensitive, l.Category
			}
		}
	}
	ids := []string{subjID}
	line(O("index", O("_index", N(ix.index), "_id", P(subjID))))
	line(doc(p, subjID, true, true))
	for _, o := range others(g.r.IntN(3)) {
		id := otherID()
		ids = append(ids, id)
		line(O("index", O("_index", N(ix.index), "_id", P(id))))
		line(doc(o, id, false, true))
	}
	var bodyLeaf *node
	if kind == Sensitive {
		bodyLeaf = S(b.String(), cat)
	} else {
		bodyLeaf = P(b.String())
	}
	req := O("method", N("POST"), "path", N("/_bulk"), "headers", O("Content-Type", N("application/x-ndjson")), "body", bodyLeaf)
	if g.r.IntN(2) == 0 {
		return req
	}
	items := A()
	for _, id := range ids {
		items.arr = append(items.arr, O("index", O("_index", N(ix.index), "_id", P(id), "_version", N(1), "result", N("created"),
			"_shards", O("total", N(2), "successful", N(2), "failed", N(0)), "_seq_no", N(g.r.IntN(900000)), "_primary_term", N(1), "status", N(201))))
	}
	return O("request", req, "response", O("took", N(5+g.r.IntN(200)), "errors", N(false), "items", items), "logged_at", N(g.t.Add(time.Second).UTC().Format(time.RFC3339)))
}
