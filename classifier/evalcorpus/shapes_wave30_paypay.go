package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------------------- PayPay

// w30PPShop is a merchant taking PayPay online: its items (yen) and what
// buying them tells.
type w30PPShop struct {
	name, cat string
	items     []w29Item
}

var w30PPShops = []w30PPShop{
	{"ドラッグストア ミナト 公式オンライン", "", []w29Item{{"ロキソニンS 12錠", 748, "health"}, {"妊娠検査薬 チェックワン 2回用", 1100, "health"}, {"メディキュット 着圧ソックス", 1980, ""}, {"ビオレ UV アクアリッチ", 858, ""}}},
	{"仏壇・仏具の京念堂", "religion", []w29Item{{"本水晶 片手念珠 女性用", 8800, "religion"}, {"お線香 白檀 徳用", 2200, "religion"}, {"ミニ仏壇 桜", 39800, "religion"}}},
	{"ハラールフード東京", "", []w29Item{{"ハラール認証 鶏もも肉 2kg", 2680, "religion"}, {"バスマティライス 5kg", 3200, ""}}},
	{"北海道グルメ便", "", []w29Item{{"いくら醤油漬け 500g", 6980, ""}, {"ズワイガニ ボイル 1kg", 9800, ""}}},
	{"ブックス風見", "", []w29Item{{"日本語能力試験 N2 問題集", 1980, ""}, {"コミック 最新刊セット", 2904, ""}}},
	{"モバイルストア ヒカリ", "", []w29Item{{"ワイヤレスイヤホン", 12800, ""}, {"USB-C 充電器 65W", 4480, ""}}},
}

// w30PPKana are the katakana readings (フリガナ) of the corpus's
// Japanese names and of foreign residents' names as Japanese forms take
// them.
var w30PPKana = map[string]string{
	"shota": "ショウタ", "hina": "ヒナ", "daisuke": "ダイスケ", "sakura": "サクラ", "sato": "サトウ", "suzuki": "スズキ", "takahashi": "タカハシ",
	"wei": "ウェイ", "fang": "ファン", "jing": "ジン", "zihan": "ズーハン", "wang": "ワン", "li": "リー", "zhang": "チャン", "liu": "リュウ",
	"minh": "ミン", "lan": "ラン", "hung": "フン", "thao": "タオ", "nguyen": "グエン", "tran": "チャン", "le": "レ",
	"minjun": "ミンジュン", "seoyeon": "ソヨン", "jihoon": "ジフン", "kim": "キム", "lee": "イ", "park": "パク",
	"gabriel": "ガブリエル", "ana": "アナ", "lucas": "ルーカス", "julia": "ジュリア", "silva": "シルバ", "oliveira": "オリベイラ", "souza": "ソウザ",
	"markanthony": "マークアンソニー", "kristine": "クリスティン", "juan": "フアン", "angelica": "アンジェリカ", "delacruz": "デラクルス", "santos": "サントス", "reyes": "レイエス", "bautista": "バウティスタ",
}

// w30PPNation is a nationality as a Japanese form writes it (国籍).
var w30PPNation = map[string]string{"CN": "中国", "VN": "ベトナム", "KR": "韓国", "BR": "ブラジル", "PH": "フィリピン", "JP": "日本"}

// w30Era writes a date in the Japanese era notation (和暦).
func w30Era(d time.Time, short bool) string {
	type era struct {
		name, abbr string
		from       time.Time
	}
	eras := []era{{"令和", "R", time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)}, {"平成", "H", time.Date(1989, 1, 8, 0, 0, 0, 0, time.UTC)}, {"昭和", "S", time.Date(1926, 12, 25, 0, 0, 0, 0, time.UTC)}}
	for _, e := range eras {
		if !d.Before(e.from) {
			y := d.Year() - e.from.Year() + 1
			if short {
				return fmt.Sprintf("%s%02d.%02d.%02d", e.abbr, y, d.Month(), d.Day())
			}
			ys := fmt.Sprint(y)
			if y == 1 {
				ys = "元"
			}
			return fmt.Sprintf("%s%s年%d月%d日", e.name, ys, d.Month(), d.Day())
		}
	}
	return d.Format("2006年01月02日")
}

func paypayOPAPayment(g *gen) *node {
	foreign := g.r.IntN(4) == 0
	if foreign {
		g.w30Abroad(pick(g.r, []string{"CN", "VN", "VN", "KR", "BR", "PH"}), "JP")
	} else {
		g.w30Redraw("JP")
	}
	p := g.p
	if g.r.IntN(7) == 0 && !foreign {
		g.w29Age(15, 17) // a high-school pupil's own PayPay account
	} else {
		g.w29Age(18, 80)
	}
	if p.phoneCC != "JP" {
		g.w29SetPhone("JP") // a PayPay account is opened with a Japanese mobile number
	}
	shop := pick(g.r, w30PPShops)
	item := g.w29Special(shop.items, 2)
	qty := 1 + g.r.IntN(2)
	amount := item.price * qty
	jst := time.FixedZone("JST", 9*3600)
	created := g.t.Add(-time.Duration(20+g.r.IntN(600)) * time.Second)
	merchantPaymentID := "ord-" + created.In(jst).Format("20060102") + "-" + pattern(g.r, "######")
	paymentID := pattern(g.r, "0###################")
	merchantID := pattern(g.r, "6###############")
	storeID := pattern(g.r, "###################")
	uaid := g.uuid()
	customerID := fmt.Sprint(100000 + g.r.IntN(900000))
	state := pick(g.r, []string{"COMPLETED", "COMPLETED", "COMPLETED", "CANCELED", "EXPIRED", "FAILED"})

	// The merchant's customer record: kanji name, フリガナ, postcode,
	// address, phone and birth date as a Japanese form takes them.
	name := p.fullName()
	kana := ""
	if k1, k2 := w30PPKana[p.familyL], w30PPKana[w29Clean(p.givenL)]; k1 != "" && k2 != "" {
		kana = k1 + " " + k2
	}
	if foreign && g.r.IntN(2) == 0 {
		name = strings.ToUpper(p.familyL + " " + p.givenL)
	}
	birth := func() *node {
		g.lab.BirthDate = p.dob.Format("2006-01-02")
		switch g.r.IntN(4) {
		case 0:
			return P(w30Era(p.dob, false))
		case 1:
			return P(w30Era(p.dob, true))
		case 2:
			return P(p.dob.Format("2006年01月02日"))
		}
		return P(p.dob.Format("2006/01/02"))
	}
	customer := func() *node {
		c := O("customer_id", P(customerID), "氏名", P(name))
		if kana != "" {
			c.set("フリガナ", P(kana))
		}
		if p.showResidence {
			g.lab.Residence = addCountry(g.lab.Residence, "JP")
			c.set("郵便番号", P("〒"+p.post))
			c.set("住所", P(p.city+p.street))
		}
		c.set("電話番号", g.phone(p.phoneNat))
		c.set("メールアドレス", P(p.email))
		if g.r.IntN(2) == 0 || p.minor {
			c.set("生年月日", birth())
		}
		if foreign && p.showCitizenship {
			c.set("国籍", g.citizenship(w30PPNation[p.cit.code]))
			c.set("在留カード番号", P(pattern(g.r, "AA########AA")))
			c.set("在留資格", P(pick(g.r, []string{"技術・人文知識・国際業務", "留学", "永住者", "特定技能1号", "日本人の配偶者等"})))
		}
		if p.minor {
			c.set("保護者同意", N(true))
		}
		return c
	}

	// PayPay's Transaction webhook: nothing of the user but the order.
	webhook := func() *node {
		w := O("notification_type", N("Transaction"), "merchant_id", N(merchantID), "store_id", N(storeID), "pos_id", N(""),
			"order_id", N(paymentID), "merchant_order_id", N(merchantPaymentID),
			"authorized_at", N(created.In(jst).Format("2006-01-02T15:04:05Z07:00")), "expires_at", N(created.Add(5*time.Minute).In(jst).Format("2006-01-02T15:04:05Z07:00")))
		if state == "COMPLETED" {
			w.set("paid_at", N(g.t.In(jst).Format("2006-01-02T15:04:05Z07:00")))
		} else {
			w.set("paid_at", N(nil))
		}
		w.set("order_amount", N(amount))
		w.set("state", N(state))
		return w
	}
	apiKey := "a_" + g.b62(10) + "_" + g.b62(4)
	opaAuth := func(method, path string) *node {
		nonce := g.b62(8)
		epoch := fmt.Sprint(g.t.Unix())
		mac := base64.StdEncoding.EncodeToString(w29HMAC(g.b62(32), path+"\n"+method+"\n"+nonce+"\n"+epoch+"\nempty\n"))
		return C("hmac OPA-Auth:" + apiKey + ":" + mac + ":" + nonce + ":" + epoch + ":empty")
	}
	details := func() *node {
		path := "/v2/codes/payments/" + merchantPaymentID
		status := map[string]string{"COMPLETED": "COMPLETED", "CANCELED": "CANCELED", "EXPIRED": "EXPIRED", "FAILED": "FAILED"}[state]
		d := O("paymentId", N(paymentID), "status", N(status), "acceptedAt", N(created.Unix()), "refunds", O("data", A()),
			"merchantPaymentId", N(merchantPaymentID))
		if g.r.IntN(2) == 0 {
			d.set("userAuthorizationId", P(uaid))
		}
		d.set("amount", O("amount", N(amount), "currency", N("JPY")))
		d.set("requestedAt", N(created.Unix()))
		d.set("storeId", N(storeID))
		d.set("orderDescription", w29Text(shop.name+" ご注文", shop.cat))
		d.set("orderItems", A(O("name", w29Text(item.name, item.cat), "category", N(pick(g.r, []string{"general", "food", "medical"})),
			"quantity", N(qty), "productId", N(pattern(g.r, "P#####")), "unitPrice", O("amount", N(item.price), "currency", N("JPY")))))
		d.set("metadata", O("customer_id", P(customerID)))
		return O("request", O("method", N("GET"), "url", N("https://api.paypay.ne.jp"+path),
			"headers", O("Authorization", opaAuth("GET", path), "X-ASSUME-MERCHANT", N(merchantID), "Content-Type", N("application/json;charset=UTF-8;"))),
			"response", O("status", N(200), "body", O("resultInfo", O("code", N("SUCCESS"), "message", N("Success"), "codeId", N("08100001")), "data", d)))
	}
	// The account-link redirect: a JWT signed with the API secret,
	// carrying the user authorization and the masked phone.
	accountLink := func() *node {
		p.showPhone = true
		nsn := g.w29NSN()
		masked := "0" + nsn[:2] + "****" + nsn[len(nsn)-4:]
		claims := O("iss", N("paypay.ne.jp"), "aud", N(apiKey), "iat", N(g.t.Unix()), "result", N("succeeded"),
			"profileIdentifier", g.phone(masked), "nonce", N(g.b62(16)), "userAuthorizationId", P(uaid), "referenceId", P(customerID))
		tok := w30JWT(`{"alg":"HS256","typ":"JWT"}`, claims, g.b62(40))
		return O("received_at", g.w29Stamp(time.Second), "path", N("/paypay/link/callback"),
			"query", O("responseToken", C(tok)), "decoded", claims, "customer", customer())
	}
	profile := func() *node {
		nsn := g.w29NSN()
		return O("request", O("method", N("GET"), "url", P("https://api.paypay.ne.jp/v2/user/profile/secure?userAuthorizationId="+uaid),
			"headers", O("Authorization", opaAuth("GET", "/v2/user/profile/secure"))),
			"response", O("status", N(200), "body", O("resultInfo", O("code", N("SUCCESS"), "message", N("Success"), "codeId", N("08100001")),
				"data", O("phoneNumber", P(strings.Repeat("*", len(nsn)-3)+nsn[len(nsn)-4:])))))
	}
	switch mode := g.r.IntN(10); {
	case mode < 2:
		// The webhook as received: no one's data, no country.
		return O("received_at", g.w29Stamp(time.Duration(200+g.r.IntN(800))*time.Millisecond), "method", N("POST"), "path", N("/webhooks/paypay"),
			"headers", O("Content-Type", N("application/json")), "body", webhook())
	case mode < 4:
		return O("webhook", webhook(), "customer", customer())
	case mode < 6:
		return details()
	case mode < 8:
		return accountLink()
	case mode < 9:
		return profile()
	}
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "msg", N("決済完了"), "order", O("merchant_order_id", N(merchantPaymentID),
		"shop", w29Text(shop.name, shop.cat), "item", w29Text(item.name, item.cat), "amount", N(amount), "state", N(state)), "customer", customer(),
		"paypay", O("userAuthorizationId", P(uaid), "linked", N(true)))
}
