package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------------------ WeChat Pay

// w30WXShop is a merchant taking WeChat Pay: its mini program's appid,
// what it sells (price in fen) and whether it is a pharmacy, which must
// record who takes a prescription medicine (用药人).
type w30WXShop struct {
	name, appid string
	pharmacy    bool
	cat         string // what buying here at all tells
	items       []w29Item
}

var w30WXShops = []w30WXShop{
	{"康安大药房官方旗舰店", "wx8c3f1a27b9d04e61", true, "", []w29Item{{"盐酸二甲双胍缓释片 0.5g*30片", 3280, "health"}, {"阿托伐他汀钙片 20mg*7片", 4650, "health"}, {"孕妇叶酸片 0.4mg*93片", 5900, "health"}, {"恩替卡韦分散片 0.5mg*28片", 16800, "health"}, {"医用外科口罩 50只装", 1990, ""}, {"维生素C咀嚼片 100片", 2590, ""}}},
	{"普陀山佛教文化用品", "wx51d7e0b3c2a98f14", false, "religion", []w29Item{{"小叶紫檀108颗佛珠手串", 26800, "religion"}, {"天然老山檀香盘香 48盘", 8800, "religion"}, {"《金刚经》抄经本 10册", 3900, "religion"}, {"观音菩萨铜像 供奉摆件", 59900, "religion"}}},
	{"圣保禄宗教用品社", "wx2e6b98d1f0c7a345", false, "religion", []w29Item{{"圣母玫瑰念珠 橄榄木", 6800, "religion"}, {"思高本圣经 中型", 9500, "religion"}, {"十字苦像 挂墙 30cm", 12800, "religion"}}},
	{"伊清源清真食品", "wx7a04c6e9b1d2f853", false, "", []w29Item{{"清真五香牛肉干 500g", 8900, "religion"}, {"清真手抓羊肉 真空装 1kg", 15800, "religion"}, {"宁夏枸杞 特级 500g", 4500, ""}}},
	{"良品小铺", "wx93b1e5a0d8c6f274", false, "", []w29Item{{"每日坚果 30袋礼盒", 12900, ""}, {"猪肉脯 200g*2", 4590, ""}, {"芒果干 500g", 3290, ""}}},
	{"墨香书城", "wx04f2d9c1a7e3b586", false, "", []w29Item{{"《三体》全集 珍藏版", 9300, ""}, {"高考英语词汇 3500", 2980, ""}, {"《活着》余华", 2450, ""}}},
	{"米家数码优选", "wxc1e8a2f7d05b3964", false, "", []w29Item{{"无线蓝牙耳机 降噪版", 29900, ""}, {"65W 氮化镓充电器", 9900, ""}, {"智能手环 8", 24900, ""}}},
}

// w30WXNotes are what buyers write in 订单备注: most about delivery, some
// telling of a condition, a pregnancy or a faith.
var w30WXNotes = []bioLine{
	{"", "请用顺丰发货，谢谢"}, {"", "放快递柜就行"}, {"", "周末送货，工作日家里没人"}, {"", "不要放发票"},
	{"health", "孕妇用的，麻烦尽快发货"}, {"health", "给我爸买的，他有高血压和糖尿病，请核对药品"}, {"health", "我是乙肝患者，长期服用，请每月提醒"},
	{"religion", "家中佛堂供奉用，请小心包装"}, {"religion", "受洗礼物，请附一张祝福卡"}, {"religion", "斋月前能到吗？"},
}

// w30WXRegion is where a buyer outside the mainland says they are in a
// mainland merchant's address picker, and the country names in Chinese.
var w30WXRegion = map[string]string{"HK": "香港特别行政区", "MO": "澳门特别行政区", "TW": "台湾"}
var w30WXAbroad = map[string]string{"US": "美国", "JP": "日本", "AU": "澳大利亚", "GB": "英国", "CA": "加拿大", "SG": "新加坡", "DE": "德国", "MY": "马来西亚"}

func wechatpayNotify(g *gen) *node {
	var cc string
	switch x := g.r.IntN(20); {
	case x < 11:
		cc = "CN"
		g.w30Redraw("CN")
	case x < 17:
		cc = pick(g.r, []string{"HK", "MO", "TW"})
		g.w30Redraw(cc)
	default:
		cc = pick(g.r, []string{"US", "JP", "AU", "GB", "CA", "SG", "DE", "MY"})
		g.w30Abroad("CN", cc)
	}
	p := g.p
	shop := pick(g.r, w30WXShops)
	if shop.pharmacy || g.r.IntN(6) != 0 {
		g.w29Age(18, 75)
	} else {
		g.w29Age(14, 17) // a pupil buying books or snacks with their own WeChat
	}
	item := g.w29Special(shop.items, 2)
	qty := 1 + g.r.IntN(3)
	total := item.price * qty
	coupon := 0
	if g.r.IntN(3) == 0 {
		coupon = pick(g.r, []int{300, 500, 1000})
		if coupon >= total {
			coupon = 0
		}
	}
	payerTotal := total - coupon
	currency, payerCurrency, rate := "CNY", "CNY", 1.0
	switch cc {
	case "HK":
		payerCurrency, rate = "HKD", 1.08
	case "MO":
		payerCurrency, rate = "MOP", 1.11
	}
	state := pick(g.r, []string{"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "REFUND", "PAYERROR", "CLOSED"})
	stateDesc := map[string]string{"SUCCESS": "支付成功", "REFUND": "转入退款", "PAYERROR": "支付失败，请重新下单支付", "CLOSED": "已关闭"}[state]
	tradeType := pick(g.r, []string{"JSAPI", "JSAPI", "JSAPI", "NATIVE", "APP", "MWEB"})
	mchid := "16" + pattern(g.r, "########")
	cst := time.FixedZone("CST", 8*3600)
	created := g.t.Add(-time.Duration(30+g.r.IntN(900)) * time.Second)
	outTradeNo := created.In(cst).Format("20060102150405") + pattern(g.r, "######")
	txID := "42000" + pattern(g.r, "#####") + created.In(cst).Format("20060102") + pattern(g.r, "##########")
	openid := "o" + g.chars(b64Set, 27)
	bank := pick(g.r, []string{"OTHERS", "CMB_DEBIT", "ICBC_DEBIT", "CCB_CREDIT", "BOC_DEBIT", "ABC_DEBIT", "SPDB_CREDIT"})
	if cc == "HK" || cc == "MO" {
		bank = pick(g.r, []string{"OTHERS", "HSBC_DEBIT", "BOCHK_CREDIT"})
	}
	userID := fmt.Sprint(10000000 + g.r.IntN(89999999))
	ip := p.ip
	var note bioLine
	hasNote := g.r.IntN(2) == 0
	if hasNote {
		note = g.w29Note(w30WXNotes, 3)
		if note.cat == "religion" && shop.cat != "religion" && !strings.Contains(note.text, "斋月") || note.cat == "health" && !shop.pharmacy {
			note = w30WXNotes[g.r.IntN(4)]
		}
	}

	// attach: what the merchant put in the order to get back in the
	// callback (its own user id, a channel, a coupon).
	attachText := pick(g.r, []string{"uid=" + userID, `{"uid":"` + userID + `","src":"miniprogram"}`, "src=miniprogram&ver=3.2.1", ""})
	attach := func() *node {
		if strings.Contains(attachText, userID) {
			return P(attachText)
		}
		return N(attachText)
	}

	// The transaction the callback's resource decrypts to.
	promotion := func() *node {
		if coupon == 0 {
			return nil
		}
		return A(O("coupon_id", N(pattern(g.r, "##########")), "name", N("新人立减券"), "scope", N("GLOBAL"), "type", N("CASH"),
			"amount", N(coupon), "stock_id", N(pattern(g.r, "########")), "wechatpay_contribute", N(0), "merchant_contribute", N(coupon),
			"other_contribute", N(0), "currency", N(currency)))
	}
	transaction := func() *node {
		t := O("appid", N(shop.appid), "mchid", N(mchid), "out_trade_no", N(outTradeNo), "transaction_id", N(txID),
			"trade_type", N(tradeType), "trade_state", N(state), "trade_state_desc", N(stateDesc), "bank_type", N(bank), "attach", attach())
		if state == "SUCCESS" || state == "REFUND" {
			t.set("success_time", N(g.t.In(cst).Format("2006-01-02T15:04:05+08:00")))
		}
		t.set("payer", O("openid", P(openid)))
		amt := O("total", N(total), "payer_total", N(payerTotal), "currency", N(currency), "payer_currency", N(payerCurrency))
		if payerCurrency != currency {
			amt.set("payer_total", N(int(float64(payerTotal)*rate)))
			amt.set("exchange_rate", O("type", N("SETTLEMENT_RATE"), "rate", N(int64(rate*100000000))))
		}
		t.set("amount", amt)
		if tradeType == "NATIVE" || g.r.IntN(3) == 0 {
			t.set("scene_info", O("device_id", N("POS"+pattern(g.r, "####"))))
		}
		if pr := promotion(); pr != nil {
			t.set("promotion_detail", pr)
		}
		return t
	}
	ciphertext := base64.StdEncoding.EncodeToString([]byte(g.hex(300 + g.r.IntN(200))))
	nonce := g.b62(12)
	notice := func() *node {
		return O("id", N(g.uuid()), "create_time", N(g.t.In(cst).Format("2006-01-02T15:04:05+08:00")), "resource_type", N("encrypt-resource"),
			"event_type", N(map[bool]string{true: "TRANSACTION.SUCCESS", false: "TRANSACTION.FAIL"}[state == "SUCCESS" || state == "REFUND"]),
			"summary", N(map[bool]string{true: "支付成功", false: "支付失败"}[state == "SUCCESS" || state == "REFUND"]),
			"resource", O("original_type", N("transaction"), "algorithm", N("AEAD_AES_256_GCM"), "ciphertext", N(ciphertext),
				"associated_data", N(pick(g.r, []string{"transaction", ""})), "nonce", N(nonce)))
	}
	// WeChat Pay signs the callback with its platform key (RSA): anyone
	// may verify it with the public key; it opens nothing.
	wxHeaders := func() *node {
		return O("Content-Type", N("application/json"), "Wechatpay-Nonce", N(g.b62(32)),
			"Wechatpay-Serial", N(pick(g.r, []string{"PUB_KEY_ID_01" + pattern(g.r, "##################"), strings.ToUpper(g.hex(40))})),
			"Wechatpay-Signature", N(base64.StdEncoding.EncodeToString([]byte(g.hex(256)))[:344]),
			"Wechatpay-Signature-Type", N("WECHATPAY2-SHA256-RSA2048"), "Wechatpay-Timestamp", N(fmt.Sprint(g.t.Unix())),
			"User-Agent", N("Mozilla/4.0"))
	}

	// The merchant's own order: the recipient, the address from the
	// address picker, the buyer's note; a pharmacy's record of who takes
	// the medicine (用药人), as the rules on online drug sales ask.
	place := pick(g.r, []struct{ prov, city, dist, detail string }{
		{"广东省", "深圳市", "南山区", "粤海街道科技园南区高新南七道 18 号 2 栋 1203"},
		{"北京市", "北京市", "朝阳区", "建国路 88 号 SOHO 现代城 5 号楼 1806 室"},
		{"上海市", "上海市", "浦东新区", "世纪大道 100 号 2 号楼 901"},
		{"浙江省", "杭州市", "西湖区", "文三路 90 号东部软件园 3 幢"},
		{"四川省", "成都市", "武侯区", "天府大道北段 1700 号 9 栋 2 单元 501"},
		{"宁夏回族自治区", "银川市", "兴庆区", "解放东街 215 号 3 单元 402"},
	})
	name := p.fullName()
	mobile := ""
	switch p.phoneCC {
	case "CN":
		mobile = strings.ReplaceAll(p.phoneNat, " ", "")
	default:
		mobile = g.w29Intl()
	}
	receiver := func() *node {
		r := O("name", P(name))
		if ph := g.phone(mobile); ph != nil {
			r.set("mobile", ph)
		}
		if !p.showResidence {
			return r
		}
		// A delivery address says where the buyer lives.
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
		switch {
		case cc == "CN":
			r.set("province", N(place.prov))
			r.set("city", N(place.city))
			r.set("district", P(place.dist))
			r.set("detail", P(place.detail))
		case w30WXRegion[cc] != "":
			r.set("province", N(w30WXRegion[cc]))
			r.set("city", P(p.city))
			r.set("detail", P(p.street))
		default:
			r.set("country", N(w30WXAbroad[cc]))
			r.set("city", P(p.city))
			r.set("detail", P(p.street))
			if p.post != "" {
				r.set("postcode", P(p.post))
			}
		}
		return r
	}
	sex := map[bool]string{true: "女", false: "男"}
	drugUser := func() *node {
		if !shop.pharmacy || item.cat != "health" {
			return nil
		}
		diag := map[string]string{"盐酸二甲双胍缓释片 0.5g*30片": "2型糖尿病", "阿托伐他汀钙片 20mg*7片": "高脂血症", "孕妇叶酸片 0.4mg*93片": "备孕/孕早期", "恩替卡韦分散片 0.5mg*28片": "慢性乙型病毒性肝炎"}[item.name]
		u := O()
		switch x := g.r.IntN(10); {
		case x < 7: // the buyer
			u.set("relation", N("本人"))
			u.set("name", P(name))
			if p.idValue != "" && cc == "CN" {
				u.set("id_card", P(p.idValue))
			}
			u.set("gender", P(sex[p.female]))
			u.set("birthday", g.dob("2006-01-02"))
		default: // a parent the buyer orders for
			other := g.w29OtherName(p.cit)
			u.set("relation", N(pick(g.r, []string{"父母", "配偶"})))
			u.set("name", P(p.family+other.given))
			u.set("gender", P(sex[other.female]))
			u.set("age", P(fmt.Sprintf("%d岁", 45+g.r.IntN(35))))
		}
		u.set("diagnosis", S(diag, "health"))
		u.set("has_prescription", N(true))
		u.set("allergy", S(pick(g.r, []string{"无", "青霉素过敏", "磺胺类过敏"}), "health"))
		if item.name == "孕妇叶酸片 0.4mg*93片" {
			u.set("pregnant", S(true, "health"))
		}
		return u
	}
	status := map[string]string{"SUCCESS": "待发货", "REFUND": "退款中", "PAYERROR": "待支付", "CLOSED": "已关闭"}[state]
	record := func() *node {
		r := O("order_no", N(outTradeNo), "created_at", N(created.In(cst).Format("2006-01-02 15:04:05")), "status", N(status),
			"shop", w29Text(shop.name, shop.cat), "buyer", O("user_id", P(userID), "openid", P(openid)),
			"items", A(O("title", w29Text(item.name, item.cat), "qty", N(qty), "price", N(w30Money(item.price)))),
			"total_fee", N(w30Money(total)), "discount", N(w30Money(coupon)), "pay_fee", N(w30Money(payerTotal)),
			"receiver", receiver())
		if u := drugUser(); u != nil {
			r.set("drug_user", u)
		}
		if hasNote {
			if note.cat == "" {
				r.set("remark", N(note.text))
			} else {
				r.set("remark", w29About(note.text, note.cat))
			}
		}
		r.set("pay", O("channel", N("wechatpay"), "transaction_id", N(txID), "trade_state", N(state)))
		return r
	}

	// The merchant's JSAPI order call, signed with its private key in the
	// Authorization header, and the prepay_id it got back.
	jsapi := func() *node {
		nonceStr := strings.ToUpper(g.hex(32))
		auth := C(fmt.Sprintf(`WECHATPAY2-SHA256-RSA2048 mchid="%s",nonce_str="%s",signature="%s",timestamp="%d",serial_no="%s"`,
			mchid, nonceStr, base64.StdEncoding.EncodeToString([]byte(g.hex(256)))[:344], created.Unix(), strings.ToUpper(g.hex(40))))
		body := O("appid", N(shop.appid), "mchid", N(mchid), "description", w29Text(shop.name+"-"+item.name, item.cat),
			"out_trade_no", N(outTradeNo), "time_expire", N(created.Add(30*time.Minute).In(cst).Format("2006-01-02T15:04:05+08:00")),
			"attach", attach(), "notify_url", N("https://api.shop.example.cn/pay/wechat/notify"),
			"amount", O("total", N(total), "currency", N(currency)), "payer", O("openid", P(openid)))
		if g.r.IntN(2) == 0 {
			body.set("scene_info", O("payer_client_ip", P(ip), "device_id", N("MINIPROGRAM")))
		}
		prepay := "wx" + created.In(cst).Format("02150405") + g.hex(24)
		return O("request", O("method", N("POST"), "url", N("https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi"),
			"headers", O("Authorization", auth, "Accept", N("application/json"), "Content-Type", N("application/json"), "User-Agent", N("WechatPay-Java/0.2.12")),
			"body", body),
			"response", O("status", N(200), "body", O("prepay_id", N(prepay))),
			"order", record())
	}
	received := func(raw bool) *node {
		out := O("received_at", g.w29Stamp(time.Duration(100+g.r.IntN(900))*time.Millisecond), "method", N("POST"),
			"path", N(pick(g.r, []string{"/pay/wechat/notify", "/api/v1/payments/wxpay/callback", "/notify/wechatpay"})), "headers", wxHeaders())
		body := notice()
		if raw {
			out.set("raw_body", w29Raw(string(render(body, &Label{})), w29Leaves(body)))
		} else {
			out.set("body", body)
		}
		out.set("decrypted", transaction())
		out.set("reply", O("status", N(200), "body", O("code", N("SUCCESS"), "message", N("成功"))))
		return out
	}
	switch mode := g.r.IntN(10); {
	case mode < 4:
		r := received(false)
		r.set("order", record())
		return r
	case mode < 5:
		return received(true)
	case mode < 7:
		return O("ts", N(g.t.UTC().Format(time.RFC3339Nano)), "level", N("INFO"), "logger", N("order.pay.WechatNotifyHandler"),
			"msg", N("微信支付回调处理完成"), "out_trade_no", N(outTradeNo), "transaction", transaction(), "order", record())
	case mode < 8:
		return jsapi()
	}
	// The merchant's query of the order when no callback came.
	q := O("request", O("method", N("GET"), "url", N("https://api.mch.weixin.qq.com/v3/pay/transactions/out-trade-no/"+outTradeNo+"?mchid="+mchid),
		"headers", O("Authorization", C(fmt.Sprintf(`WECHATPAY2-SHA256-RSA2048 mchid="%s",nonce_str="%s",signature="%s",timestamp="%d",serial_no="%s"`,
			mchid, strings.ToUpper(g.hex(32)), base64.StdEncoding.EncodeToString([]byte(g.hex(256)))[:344], g.t.Unix(), strings.ToUpper(g.hex(40)))),
			"Accept", N("application/json"))),
		"response", O("status", N(200), "body", transaction()))
	if g.r.IntN(2) == 0 {
		q.set("order", record())
	}
	return q
}
