package evalcorpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// wave6Shapes are a sixth set of producers, each written from its own
// public documentation before the classifier was scored on it, chosen for
// countries and channels the earlier waves did not reach: two national
// identity providers (Kakao in Korea, Yandex ID in Russia and its
// neighbours), WeChat's web authorization (China), a Latin American
// marketplace account (Mercado Libre), three payment notifications of
// other continents (Razorpay in India, Paystack in Nigeria, South Africa
// and Kenya, Safaricom's M-Pesa C2B confirmation in Kenya), an ad
// platform's lead form (Meta Lead Ads), a recruiting system's application
// webhook with its equal-opportunity survey (Greenhouse) and a webinar
// registration webhook (Zoom). Their first figures measure producers the
// classifier had not seen.
var wave6Shapes = []Shape{
	{Name: "kakao_user", Doc: "developers.kakao.com/docs/latest/en/kakaologin/rest-api#req-user-info (GET kapi.kakao.com/v2/user/me: id, has_signed_up, connected_at, synched_at, properties{nickname, profile_image, thumbnail_image}, kakao_account{profile_needs_agreement, profile{nickname, thumbnail_image_url, profile_image_url, is_default_image, is_default_nickname}, name, email, is_email_valid, is_email_verified, age_range \"20~29\", birthyear YYYY, birthday MMDD, birthday_type SOLAR/LUNAR, gender, phone_number \"+82 10-0000-0000\", ci, ci_authenticated_at, is_korean, legal_name, legal_birth_date, legal_gender, each with its *_needs_agreement}) and the Account model of the Kakao SDK reference (developers.kakao.com/sdk/reference)", build: kakaoUser},
	{Name: "yandex_id_user", Doc: "yandex.com/dev/id/doc/en/user-information (GET login.yandex.ru/info?format=json: login, old_social_login, default_email, id, client_id, emails[], psuid, default_avatar_id, is_avatar_empty, birthday YYYY-MM-DD with unknown parts as zeros or null, first_name, last_name, display_name, real_name, sex male/female/null, default_phone{id, number}); avatars at avatars.yandex.net/get-yapic/<default_avatar_id>/<size>", build: yandexUser},
	{Name: "wechat_oauth_user", Doc: "developers.weixin.qq.com/doc/offiaccount/en/OA_Web_Apps/Wechat_webpage_authorization.html and developers.weixin.qq.com/doc/service/en/api/webdev/access/api_snsuserinfo.html (sns/oauth2/access_token response: access_token, expires_in, refresh_token, openid, scope, unionid; sns/userinfo: openid, nickname, sex 1/2/0, province, city, country, headimgurl ending in the size /0 /46 /64 /96 /132, privilege[], unionid; since 2021-10 sex 0 and empty region for new authorizations), as a login service publishes the exchange with the profile it fetched", build: wechatUser},
	{Name: "mercadolibre_user", Doc: "developers.mercadolibre.com.ar/en_us/queries-about-the-user and developers.mercadolivre.com.br/en_us/queries-about-the-user (GET api.mercadolibre.com/users/me: id, nickname, registration_date, first_name, last_name, gender, country_id, email, identification{type DNI/CPF/RFC, number}, address{address, city, state \"AR-C\", zip_code}, phone{area_code, extension, number, verified}, alternative_phone, user_type, tags, logo, points, site_id MLA/MLB/MLM, permalink perfil.mercadolibre.<tld>/<NICKNAME>, thumbnail{picture_id, picture_url}, seller_experience, bill_data, seller_reputation{level_id, power_seller_status, transactions{canceled, completed, period, ratings, total}}, buyer_reputation{tags}, status{site_status, ...})", build: mercadolibreUser},
	{Name: "razorpay_payment_captured", Doc: "razorpay.com/docs/webhooks/payments (payment.captured: entity event, account_id, event, contains[payment], payload.payment.entity, created_at) with the payment entity of razorpay.com/docs/api/payments (id pay_, entity, amount in paise, currency, status, order_id, invoice_id, international, method card/upi/netbanking/wallet, amount_refunded, refund_status, captured, description, card_id, card{id, entity, name, last4, network, type, issuer, international, emi, sub_type, token_iin}, bank, wallet, vpa, email, contact, customer_id, token_id, notes{}, fee, tax, error_code, error_description, error_source, error_step, error_reason, acquirer_data{auth_code | rrn, upi_transaction_id | bank_transaction_id}, upi{payer_account_type, vpa, flow}, created_at)", build: razorpayPaymentCaptured},
	{Name: "paystack_charge_success", Doc: "paystack.com/docs/payments/webhooks (charge.success: event, data{id, domain, status, reference, amount, message, gateway_response, paid_at, created_at, channel card/bank_transfer/mobile_money, currency NGN/ZAR/KES, ip_address, metadata{custom_fields[{display_name, variable_name, value}], referrer}, fees_breakdown, log{start_time, time_spent, attempts, errors, success, mobile, input, history[{type, message, time}]}, fees, fees_split, authorization{authorization_code, bin, last4, exp_month, exp_year, channel, card_type, bank, country_code, brand, reusable, signature, account_name, sender_*, mobile_money_number}, customer{id, first_name, last_name, email, customer_code, phone, metadata, risk_action, international_format_phone}, plan, subaccount, split, order_id, paidAt, requested_amount, pos_transaction_data, source}) and the sample payloads of github.com/PaystackOSS/doc-code-snippets", build: paystackChargeSuccess},
	{Name: "mpesa_c2b_confirmation", Doc: "developer.safaricom.co.ke/APIs/CustomerToBusinessRegisterURL (Daraja C2B confirmation callback: TransactionType Pay Bill/Buy Goods, TransID, TransTime yyyyMMddHHmmss in East Africa Time, TransAmount, BusinessShortCode, BillRefNumber, InvoiceNumber, OrgAccountBalance, ThirdPartyTransID, MSISDN as 2547XXXXXXXX, masked or SHA-256 hashed in production, FirstName, MiddleName, LastName)", build: mpesaC2BConfirmation},
	{Name: "meta_lead", Doc: "developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving and developers.facebook.com/docs/marketing-api/reference/user-lead-gen-info (GET /<lead-id>?fields=id,created_time,ad_id,ad_name,adset_id,campaign_id,campaign_name,form_id,is_organic,platform,field_data,custom_disclaimer_responses: field_data[{name, values[]}] keyed by the standard questions (full_name, first_name, last_name, email, phone_number, street_address, city, state, zip_code, country, date_of_birth, gender, marital_status, job_title, company_name) and by the text of custom questions; custom_disclaimer_responses[{checkbox_key, is_checked}])", build: metaLead},
	{Name: "greenhouse_application", Doc: "developers.greenhouse.io/webhooks.html#application-created (action new_candidate_application, payload.application{id, rejected_at, prospect, status, applied_at, last_activity_at, url, source, credited_to, rejection_reason, rejection_details, current_stage{interviews[{interview_kit{url, content, questions}}]}, prospect_detail, custom_fields, candidate{id, first_name, last_name, title, company, created_at, external_id, photo_url, url, is_private, can_email, phone_numbers, email_addresses, addresses, website_addresses, social_media_addresses, educations, employments, recruiter, coordinator, attachments[{filename, url, type}] (time-limited signed URLs), tags, custom_fields}, jobs[{offices[{location}]}]}) with the application's answers[{question, answer}] and the EEOC object of developers.greenhouse.io/harvest.html#eeoc (race{id, description}, gender{id, description}, veteran_status{id, message}, disability_status{id, description}, submitted_at) a connector adds from the Harvest API", build: greenhouseApplication},
	{Name: "zoom_webinar_registrant", Doc: "developers.zoom.us/docs/api/rest/reference/zoom-api/events/#operation/webinar.registration_created (event, event_ts, payload{account_id, object{uuid, id, host_id, topic, type, start_time, duration, timezone, registrant{id, first_name, last_name, email, address, city, country (ISO alpha-2), zip, state, phone, industry, org, job_title, purchasing_time_frame, role_in_purchase_process, no_of_employees, comments, custom_questions[{title, value}], status, join_url with the registrant's tk token, participant_pin_code, language}}})", build: zoomWebinarRegistrant},
}

// redraw replaces the subject with one living in one of the countries a
// producer serves.
func (g *gen) redraw(codes ...string) {
	g.p = newPerson(g.r, countryByCode(pick(g.r, codes)), g.t)
}

// nsn is the national significant number of the person's phone: E.164
// without the plus and the country calling code.
func (g *gen) nsn() string {
	return strings.TrimPrefix(g.p.phoneE164, "+"+callingCode(g.p.phoneE164))
}

// digitsOf keeps the digits of s.
func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// ageRange is Kakao's age band of an age.
func ageRange(age int) string {
	switch {
	case age < 10:
		return "1~9"
	case age < 15:
		return "10~14"
	case age < 20:
		return "15~19"
	case age >= 90:
		return "90~"
	}
	d := age / 10 * 10
	return fmt.Sprintf("%d~%d", d, d+9)
}

func kakaoUser(g *gen) *node {
	// Kakao's accounts are mostly Korean; the rest are people abroad.
	if g.r.IntN(100) < 85 {
		g.redraw("KR")
	}
	p := g.p
	id := 1000000000 + g.r.Int64N(3000000000)
	connected := g.at(time.Duration(g.r.IntN(600))*time.Second, "2006-01-02T15:04:05Z")
	img := fmt.Sprintf("http://k.kakaocdn.net/dn/%s/%s/img_640x640.jpg", g.b62(6), g.b62(22))
	thumb := strings.Replace(img, "640x640", "110x110", 1)
	nick := p.given
	if g.r.IntN(3) == 0 {
		nick = p.username
	}
	acct := O(
		"profile_nickname_needs_agreement", N(false),
		"profile_image_needs_agreement", N(false),
		"profile", O(
			"nickname", P(nick),
			"thumbnail_image_url", P(thumb),
			"profile_image_url", P(img),
			"is_default_image", N(false),
			"is_default_nickname", N(false),
		),
	)
	// Every other item is given only when the user agreed to it; the
	// flag says whether the app may still ask.
	agreed := func(item string) bool {
		if g.r.IntN(4) == 0 {
			acct.set(item+"_needs_agreement", N(true))
			return false
		}
		acct.set(item+"_needs_agreement", N(false))
		return true
	}
	if agreed("name") {
		acct.set("name", P(p.fullName()))
	}
	if agreed("email") {
		acct.set("is_email_valid", N(true))
		acct.set("is_email_verified", N(true))
		acct.set("email", P(p.email))
	}
	if agreed("age_range") {
		acct.set("age_range", P(ageRange(g.ageAt())))
	}
	year, day := agreed("birthyear"), agreed("birthday")
	if year && day {
		g.dobAt() // the two parts make the whole date
	}
	if year {
		acct.set("birthyear", P(fmt.Sprint(p.dob.Year())))
	}
	if day {
		acct.set("birthday", P(p.dob.Format("0102")))
		acct.set("birthday_type", N("SOLAR"))
	}
	if agreed("gender") {
		acct.set("gender", P(g.gender()))
	}
	if ph := g.phone(g.intl()); ph != nil {
		acct.set("phone_number_needs_agreement", N(false))
		acct.set("phone_number", ph)
	} else {
		acct.set("phone_number_needs_agreement", N(true))
	}
	if g.r.IntN(3) == 0 {
		// Connecting information: the same value for this person at every
		// service, derived from their resident registration number.
		acct.set("ci_needs_agreement", N(false))
		acct.set("ci", P(g.chars(b62Set+"+/", 86)+"=="))
		acct.set("ci_authenticated_at", N(g.at(time.Duration(1+g.r.IntN(900))*24*time.Hour, "2006-01-02T15:04:05Z")))
	}
	if p.showCitizenship {
		// Whether the user is a Korean national: a nationality.
		acct.set("is_korean_needs_agreement", N(false))
		if p.cit.code == "KR" {
			g.lab.Citizenship = addCountry(g.lab.Citizenship, "KR")
			acct.set("is_korean", P(true))
		} else {
			acct.set("is_korean", P(false))
		}
	}
	if g.r.IntN(5) == 0 {
		// Apps allowed to ask for the legal identity (finance, age checks).
		acct.set("legal_name_needs_agreement", N(false))
		acct.set("legal_name", P(p.fullName()))
		acct.set("legal_birth_date_needs_agreement", N(false))
		acct.set("legal_birth_date", g.dob("20060102"))
		acct.set("legal_gender_needs_agreement", N(false))
		acct.set("legal_gender", P(g.gender()))
	}
	user := O(
		"id", P(id),
		"connected_at", N(connected),
	)
	if g.r.IntN(3) == 0 {
		user.set("synched_at", N(connected))
	}
	if g.r.IntN(2) == 0 {
		user.set("properties", O("nickname", P(nick), "profile_image", P(img), "thumbnail_image", P(thumb)))
	}
	user.set("kakao_account", acct)
	return user
}

func yandexUser(g *gen) *node {
	domain := "yandex.ru"
	switch x := g.r.IntN(10); {
	case x < 7:
		g.redraw("RU")
	case x == 7:
		g.redraw("KZ")
		domain = "yandex.kz"
	case x == 8:
		g.redraw("BY")
		domain = "yandex.by"
	default:
		domain = "yandex.com" // someone elsewhere with a Yandex account
	}
	p := g.p
	login := strings.ToLower(strings.ReplaceAll(p.givenL+"-"+p.familyL, " ", ""))
	if g.r.IntN(2) == 0 {
		login = strings.ToLower(p.username)
	}
	yaMail := login + "@" + domain
	u := O("login", P(login))
	if g.r.IntN(5) == 0 {
		// Accounts first made through a social network keep that login.
		u.set("old_social_login", P("uid-"+strings.ToLower(g.chars("abcdefghijklmnopqrstuvwxyz234567", 8))))
	}
	emails := A(P(yaMail))
	if g.r.IntN(2) == 0 {
		emails = A(P(yaMail), P(p.email))
	}
	u.set("default_email", P(yaMail))
	u.set("id", P(fmt.Sprint(1000000000+g.r.Int64N(900000000))))
	u.set("client_id", N(g.hex(32)))
	u.set("emails", emails)
	// Made of the user's and the app's ids: the user at this app.
	u.set("psuid", P("1.AA"+g.chars(b64Set, 4)+"."+g.chars(b64Set, 22)+"."+g.chars(b64Set, 27)))
	if g.r.IntN(4) == 0 {
		u.set("default_avatar_id", N("0/0-0"))
		u.set("is_avatar_empty", N(true))
	} else {
		u.set("default_avatar_id", P(fmt.Sprintf("%d/%s-%d", 10000+g.r.IntN(60000), g.b62(26), 1+g.r.IntN(5))))
		u.set("is_avatar_empty", N(false))
	}
	switch x := g.r.IntN(8); {
	case x < 5:
		u.set("birthday", g.dob("2006-01-02"))
	case x == 5:
		// The year left out: no whole date.
		u.set("birthday", P("0000-"+p.dob.Format("01-02")))
	default:
		u.set("birthday", N(nil))
	}
	u.set("first_name", P(p.given))
	u.set("last_name", P(p.family))
	display := login
	if g.r.IntN(2) == 0 {
		display = p.given
	}
	u.set("display_name", P(display))
	u.set("real_name", P(p.given+" "+p.family))
	if g.r.IntN(5) == 0 {
		u.set("sex", N(nil))
	} else {
		u.set("sex", P(g.gender()))
	}
	if ph := g.phone(g.e164()); ph != nil {
		u.set("default_phone", O("id", P(10000000+g.r.Int64N(90000000)), "number", ph))
	}
	return u
}

func wechatUser(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 15:
		g.redraw("CN")
	case x < 17:
		g.redraw("TW")
	}
	p := g.p
	openid := "o" + g.chars(b64Set, 27)
	unionid := "o" + g.chars(b64Set, 27)
	var nick *node
	switch g.r.IntN(5) {
	case 0:
		nick = N("微信用户") // the default nickname: nothing of the person
	case 1:
		nick = P(p.fullName())
	case 2:
		nick = P(p.givenL + fmt.Sprint(g.r.IntN(1000)))
	default:
		nick = P(p.given)
	}
	info := O("openid", P(openid), "nickname", nick)
	// The region and sex stored with the profile when the user first
	// authorized the app (before 2021-10); later authorizations return
	// sex 0 and empty strings, which say nothing.
	if g.r.IntN(3) == 0 {
		info.set("sex", P(map[bool]int{true: 2, false: 1}[p.female]))
		// With lang=zh_CN the names come in Chinese, else in English.
		country, province, city, lang := englishName[p.c.code], "", p.city, "en"
		if p.c.code == "CN" {
			country, lang = "中国", "zh_CN"
			province = strings.TrimSuffix(p.region, "省")
			city = strings.TrimSuffix(city, "市")
		}
		info.set("province", orEmpty(g.addrN(province)))
		info.set("city", orEmpty(g.addr(city)))
		info.set("country", orEmpty(g.residence(country)))
		if l := g.locale(lang); l != nil {
			info.set("language", l)
		}
	} else {
		info.set("sex", N(0))
		info.set("province", N(""))
		info.set("city", N(""))
		info.set("country", N(""))
	}
	info.set("headimgurl", P("https://thirdwx.qlogo.cn/mmopen/vi_32/"+g.b62(86)+"/132"))
	privilege := A()
	if g.r.IntN(8) == 0 {
		privilege = A(N("chinaunicom"))
	}
	info.set("privilege", privilege)
	info.set("unionid", P(unionid))
	ev := O("appid", N("wx"+g.hex(16)), "received_at", N(g.at(0, iso)))
	if g.r.IntN(2) == 0 {
		// The token exchange published with the profile: the tokens act
		// for the user at WeChat.
		ev.set("oauth", O(
			"access_token", C(fmt.Sprintf("%d_%s", 70+g.r.IntN(20), g.chars(b64Set, 107))),
			"expires_in", N(7200),
			"refresh_token", C(fmt.Sprintf("%d_%s", 70+g.r.IntN(20), g.chars(b64Set, 107))),
			"openid", P(openid),
			"scope", N("snsapi_userinfo"),
			"unionid", P(unionid),
		))
	}
	ev.set("userinfo", info)
	return ev
}

// orEmpty is n, or an empty string where a producer writes every member.
func orEmpty(n *node) *node {
	if n == nil {
		return N("")
	}
	return n
}

var meliSite = map[string]struct{ site, tld, state, idType string }{
	"AR": {"MLA", "com.ar", "AR-X", "DNI"},
	"BR": {"MLB", "com.br", "BR-SP", "CPF"},
	"MX": {"MLM", "com.mx", "MX-JAL", "RFC"},
}

// rfc is a Mexican RFC of a person: letters of the names, the birth date
// as YYMMDD and a three-character homoclave.
func (g *gen) rfc() string {
	fam := strings.ToUpper(latinOnly(g.p.familyL) + "XX")
	giv := strings.ToUpper(latinOnly(g.p.givenL) + "X")
	vowel := "X"
	for _, c := range fam[1:] {
		if strings.ContainsRune("AEIOU", c) {
			vowel = string(c)
			break
		}
	}
	return fam[:1] + vowel + "X" + giv[:1] + g.p.dob.Format("060102") + strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 3))
}

func mercadolibreUser(g *gen) *node {
	g.redraw("AR", "BR", "MX")
	p := g.p
	// country_id is the country of the account's site: always stated.
	p.showResidence = true
	site := meliSite[p.c.code]
	nickname := strings.ToUpper(strings.ReplaceAll(p.givenL+p.familyL, " ", "")) + fmt.Sprint(g.r.IntN(1000))
	if g.r.IntN(2) == 0 {
		nickname = strings.ToUpper(p.username)
	}
	local := time.FixedZone("", -4*3600)
	var idNumber string
	switch p.c.code {
	case "BR":
		idNumber = digitsOf(p.idValue)
	case "AR":
		idNumber = fmt.Sprint(20000000 + g.r.IntN(25000000))
	default:
		idNumber = g.rfc()
	}
	u := O(
		"id", P(100000000+g.r.Int64N(2000000000)),
		"nickname", P(nickname),
		"registration_date", N(g.t.In(local).Format("2006-01-02T15:04:05.000-07:00")),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"gender", N(""),
		"country_id", g.residence(p.c.code),
		"email", P(p.email),
	)
	if g.r.IntN(3) != 0 {
		u.set("identification", O("number", P(idNumber), "type", N(site.idType)))
	} else {
		u.set("identification", O("number", N(nil), "type", N(nil)))
	}
	addr := O("state", N(site.state), "city", g.addr(p.city))
	if g.r.IntN(2) == 0 {
		addr.set("address", g.addr(p.street))
		addr.set("zip_code", g.addr(p.post))
	}
	u.set("address", addr)
	phone := O("area_code", N(""), "extension", N(""), "number", N(""), "verified", N(false))
	if p.showPhone && p.phoneCC == p.c.code {
		nat := strings.TrimLeft(digitsOf(p.phoneNat), "0")
		cut := 2 // the area code: two digits in Brazil, mostly two or three elsewhere
		if p.c.code != "BR" && !strings.HasPrefix(nat, "55") && !strings.HasPrefix(nat, "33") && !strings.HasPrefix(nat, "11") {
			cut = 3
		}
		phone = O("area_code", P(nat[:cut]), "extension", N(""), "number", g.phone(nat[cut:]), "verified", N(g.r.IntN(2) == 0))
	}
	u.set("phone", phone)
	u.set("alternative_phone", O("area_code", N(""), "extension", N(""), "number", N("")))
	u.set("user_type", N("normal"))
	u.set("tags", A(N("normal")))
	u.set("logo", N(nil))
	// The buyer's reputation and points: this person's record there.
	u.set("points", P(g.r.IntN(3)*100))
	u.set("site_id", N(site.site))
	u.set("permalink", P("http://perfil.mercadolibre."+site.tld+"/"+nickname))
	if g.r.IntN(2) == 0 {
		pic := fmt.Sprintf("%d-%s%d_%d", 600000+g.r.IntN(300000), site.site, 40000000+g.r.IntN(9999999), 2023+g.r.IntN(3))
		u.set("thumbnail", O("picture_id", P(pic), "picture_url", P("https://http2.mlstatic.com/D_"+pic+"-O.jpg")))
	}
	u.set("seller_experience", N("NEWBIE"))
	u.set("bill_data", O("accept_credit_note", N(nil)))
	u.set("seller_reputation", O(
		"level_id", N(nil),
		"power_seller_status", N(nil),
		"transactions", O("canceled", P(0), "completed", P(0), "period", N("historic"), "ratings", O("negative", P(0), "neutral", P(0), "positive", P(0)), "total", P(0)),
	))
	u.set("buyer_reputation", O("tags", A()))
	u.set("status", O(
		"site_status", N("active"),
		"confirmed_email", N(g.r.IntN(2) == 0),
		"user_type", N("eventual"),
		"mercadopago_tc_accepted", N(true),
		"mercadopago_account_type", N("personal"),
		"mercadoenvios", N("not_accepted"),
		"immediate_payment", N(false),
	))
	return u
}

func razorpayPaymentCaptured(g *gen) *node {
	if g.r.IntN(100) < 85 {
		g.redraw("IN")
	}
	p := g.p
	intl := p.c.code != "IN"
	payID := "pay_" + g.b62(14)
	amount := (99 + g.r.IntN(4900)) * 100
	method := pick(g.r, []string{"card", "card", "upi", "upi", "netbanking", "wallet"})
	if intl {
		method = "card"
	}
	e := O(
		"id", P(payID),
		"entity", N("payment"),
		"amount", P(amount),
		"currency", N("INR"),
		"status", N("captured"),
		"order_id", P("order_"+g.b62(14)),
		"invoice_id", N(nil),
		"international", N(intl),
		"method", N(method),
		"amount_refunded", P(0),
		"refund_status", N(nil),
		"captured", N(true),
		"description", N(pick(g.r, []string{"Annual plan", "Course enrolment", "Membership fee"})),
	)
	card, bank, wallet, vpa := N(nil), N(nil), N(nil), N(nil)
	var acquirer, upi *node
	e.set("card_id", N(nil))
	switch method {
	case "card":
		cardID := "card_" + g.b62(14)
		e.set("card_id", P(cardID))
		network := pick(g.r, []string{"Visa", "MasterCard", "RuPay"})
		issuer := N(pick(g.r, []string{"HDFC", "ICIC", "SBIN", "UTIB"}))
		if intl {
			network, issuer = pick(g.r, []string{"Visa", "MasterCard", "American Express"}), N(nil)
		}
		holder := P(strings.ToUpper(p.givenL + " " + p.familyL))
		if g.r.IntN(3) == 0 {
			holder = N("") // saved without a name
		}
		card = O(
			"id", P(cardID),
			"entity", N("card"),
			"name", holder,
			"last4", P(fmt.Sprintf("%04d", g.r.IntN(10000))),
			"network", N(network),
			"type", N(pick(g.r, []string{"credit", "debit"})),
			"issuer", issuer,
			"international", N(intl),
			"emi", N(false),
			"sub_type", N("consumer"),
			"token_iin", N(nil),
		)
		acquirer = O("auth_code", P(fmt.Sprintf("%06d", g.r.IntN(1000000))))
	case "upi":
		// A UPI id is often the payer's own mobile number, else a name.
		id := strings.ToLower(latinOnly(p.givenL)) + "." + strings.ToLower(latinOnly(p.familyL)) + "@okhdfcbank"
		vpa = P(id)
		if p.phoneCC == "IN" && g.r.IntN(2) == 0 {
			if ph := g.phone(g.nsn() + "@ybl"); ph != nil {
				vpa = ph
			}
		}
		upi = O("payer_account_type", N("bank_account"), "vpa", vpa, "flow", N(pick(g.r, []string{"collect", "intent"})))
		acquirer = O("rrn", P(fmt.Sprint(100000000000+g.r.Int64N(899999999999))), "upi_transaction_id", P(strings.ToUpper(g.hex(32))))
	case "netbanking":
		bank = N(pick(g.r, []string{"HDFC", "ICIC", "SBIN", "KKBK"}))
		acquirer = O("bank_transaction_id", P(fmt.Sprint(1000000+g.r.IntN(9000000))))
	default:
		wallet = N(pick(g.r, []string{"paytm", "phonepe", "amazonpay", "mobikwik"}))
		acquirer = O("transaction_id", N(nil))
	}
	e.set("card", card)
	e.set("bank", bank)
	e.set("wallet", wallet)
	e.set("vpa", vpa)
	e.set("email", P(p.email))
	contact := g.phone(g.e164())
	if contact == nil {
		contact = N("")
	}
	e.set("contact", contact)
	if g.r.IntN(2) == 0 {
		e.set("customer_id", P("cust_"+g.b62(14)))
		if method == "card" {
			e.set("token_id", P("token_"+g.b62(14)))
		}
	}
	// Notes carry whatever the merchant's payment page asked.
	notes := O()
	if g.r.IntN(3) != 0 {
		notes.set("name", P(p.fullName()))
		if p.showResidence && g.r.IntN(2) == 0 {
			notes.set("address", g.addr(p.street+", "+p.city))
			notes.set("pincode", g.addr(p.post))
			if g.r.IntN(2) == 0 {
				notes.set("country", g.residence(g.english()))
			}
		}
		if g.r.IntN(3) == 0 {
			notes.set("date_of_birth", g.dob(""))
		}
		if k, v := g.idLeaf(); v != nil && p.c.code == "IN" {
			notes.set(k, v)
		}
		if b := g.bio(); b != nil && g.r.IntN(2) == 0 {
			notes.set("message", b)
		}
	}
	e.set("notes", notes)
	// Fee and tax are what the merchant pays Razorpay: the merchant's.
	fee := amount * 2 / 100
	e.set("fee", N(fee))
	e.set("tax", N(fee*18/100))
	e.set("error_code", N(nil))
	e.set("error_description", N(nil))
	e.set("error_source", N(nil))
	e.set("error_step", N(nil))
	e.set("error_reason", N(nil))
	e.set("acquirer_data", acquirer)
	e.set("upi", upi)
	e.set("created_at", N(g.t.Unix()-int64(g.r.IntN(60))))
	return O(
		"entity", N("event"),
		"account_id", N("acc_"+g.b62(14)),
		"event", N("payment.captured"),
		"contains", A(N("payment")),
		"payload", O("payment", O("entity", e)),
		"created_at", N(g.t.Unix()),
	)
}

func paystackChargeSuccess(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 12:
		g.redraw("NG")
	case x < 15:
		g.redraw("ZA")
	case x < 18:
		g.redraw("KE")
	}
	p := g.p
	currency := map[string]string{"NG": "NGN", "ZA": "ZAR", "KE": "KES"}[p.c.code]
	if currency == "" {
		currency = "NGN" // a card of elsewhere paying a Nigerian merchant
	}
	channel := "card"
	switch {
	case p.c.code == "NG" && g.r.IntN(3) == 0:
		channel = "bank_transfer"
	case p.c.code == "KE" && p.phoneCC == "KE" && g.r.IntN(2) == 0:
		channel = "mobile_money"
	}
	amount := (10 + g.r.IntN(500)) * 10000
	created := g.t.Add(-time.Duration(5+g.r.IntN(300)) * time.Second)
	nameOr := func(v string) *node {
		if g.r.IntN(4) == 0 {
			return N("") // Paystack writes "" for a name not given
		}
		return P(v)
	}
	var auth *node
	authCode := C("AUTH_" + strings.ToLower(g.b62(10)))
	switch channel {
	case "card":
		brand := pick(g.r, []string{"visa", "mastercard", "verve"})
		// The issuing country of the card: where the bank is, a hint.
		issued := p.c.code
		if p.cit != p.c && g.r.IntN(2) == 0 {
			issued = p.cit.code
		}
		g.lab.Weak = addCountry(g.lab.Weak, issued)
		auth = O(
			"authorization_code", authCode,
			// The issuer's range, shared by its cards; the last digits and
			// expiry single out this person's card.
			"bin", N(fmt.Sprintf("%d%05d", 4+g.r.IntN(2), g.r.IntN(100000))),
			"last4", P(fmt.Sprintf("%04d", g.r.IntN(10000))),
			"exp_month", P(fmt.Sprintf("%02d", 1+g.r.IntN(12))),
			"exp_year", P(fmt.Sprint(g.t.Year()+1+g.r.IntN(5))),
			"channel", N("card"),
			"card_type", N(brand+" "),
			"bank", N(pick(g.r, []string{"Guaranty Trust Bank", "Access Bank", "Zenith Bank", "Standard Bank", "Equity Bank"})),
			"country_code", N(issued),
			"brand", N(brand),
			"reusable", N(true),
			// The same for this card wherever it is used: it stands for it.
			"signature", P("SIG_"+g.b62(20)),
			"account_name", N(nil),
		)
	case "bank_transfer":
		acct := fmt.Sprint(1000000000 + g.r.Int64N(8999999999))
		auth = O(
			"authorization_code", authCode,
			"bin", P(acct[:3]+"XXX"),
			"last4", P("X"+acct[7:]),
			"exp_month", N("12"),
			"exp_year", N("9999"),
			"channel", N("bank_transfer"),
			"card_type", N("transfer"),
			"bank", N(nil),
			"country_code", N("NG"),
			"brand", N("Managed Account"),
			"reusable", N(false),
			"signature", N(nil),
			"account_name", N(nil),
			"sender_country", N("NG"),
			"sender_bank", N(pick(g.r, []string{"Access Bank", "First Bank of Nigeria", "Kuda Bank"})),
			"sender_bank_account_number", P("XXXXXX"+acct[6:]),
			"sender_name", P(strings.ToUpper(p.givenL+" "+p.familyL)),
			"narration", P("Transfer from "+strings.ToUpper(p.givenL+" "+p.familyL)),
		)
	default:
		number := strings.TrimPrefix(g.e164(), "+")
		auth = O(
			"authorization_code", authCode,
			// Parts of the payer's number stand where a card's would.
			"bin", P("0"+number[3:5]+"XXX"),
			"last4", P("X"+number[len(number)-3:]),
			"exp_month", N("12"),
			"exp_year", N("9999"),
			"channel", N("mobile_money"),
			"card_type", N(""),
			"bank", N("M-PESA"),
			"country_code", N("KE"),
			"brand", N("M-PESA"),
			"reusable", N(false),
			"signature", N(nil),
			"account_name", N(nil),
			"mobile_money_number", g.phone(number),
		)
	}
	var custom []*node
	if g.r.IntN(3) == 0 {
		custom = append(custom, O("display_name", N("Date of Birth"), "variable_name", N("date_of_birth"), "value", g.dob("")))
	}
	if b := g.bio(); b != nil && g.r.IntN(2) == 0 {
		custom = append(custom, O("display_name", N("Anything we should know?"), "variable_name", N("notes"), "value", b))
	}
	if p.showResidence && g.r.IntN(2) == 0 {
		custom = append(custom, O("display_name", N("Delivery address"), "variable_name", N("delivery_address"), "value", g.addr(p.street+", "+p.city)))
	}
	custom = append(custom, O("display_name", N("Plan"), "variable_name", N("plan"), "value", N(pick(g.r, []string{"Monthly", "Annual"}))))
	fields := A(custom...)
	var typedPhone *node = N(nil)
	var intlPhone *node = N(nil)
	if g.r.IntN(2) == 0 {
		if ph := g.phone(p.phoneNat); ph != nil {
			typedPhone = ph.withRaw(digitsOf(p.phoneNat))
			intlPhone = g.phone(g.e164())
		}
	}
	var history []*node
	spent := 0
	for _, step := range []string{"Set payment method to: " + channel, "Attempted to pay", "Successfully paid"} {
		spent += 1 + g.r.IntN(20)
		typ := "action"
		if strings.HasPrefix(step, "Successfully") {
			typ = "success"
		}
		history = append(history, O("type", N(typ), "message", N(step), "time", N(spent)))
	}
	return O(
		"event", N("charge.success"),
		"data", O(
			"id", P(4000000000+g.r.Int64N(999999999)),
			"domain", N("live"),
			"status", N("success"),
			"reference", P("T"+fmt.Sprint(100000000000000+g.r.Int64N(899999999999999))),
			"amount", P(amount),
			"message", N(nil),
			"gateway_response", N(pick(g.r, []string{"Successful", "Approved"})),
			"paid_at", N(g.at(0, "2006-01-02T15:04:05.000Z")),
			"created_at", N(created.UTC().Format("2006-01-02T15:04:05.000Z")),
			"channel", N(channel),
			"currency", N(currency),
			"ip_address", P(p.ip),
			"metadata", O("custom_fields", fields, "referrer", N("https://paystack.com/pay/acme-membership")),
			"fees_breakdown", N(nil),
			"log", O(
				"start_time", N(created.Unix()),
				"time_spent", N(spent),
				"attempts", N(1),
				"errors", N(0),
				"success", N(true),
				"mobile", N(g.r.IntN(2) == 0),
				"input", A(),
				"history", A(history...),
			),
			"fees", N(amount*15/1000),
			"fees_split", N(nil),
			"authorization", auth,
			"customer", O(
				"id", P(100000000+g.r.Int64N(200000000)),
				"first_name", nameOr(p.given),
				"last_name", nameOr(p.family),
				"email", P(p.email),
				"customer_code", P("CUS_"+strings.ToLower(g.b62(15))),
				"phone", typedPhone,
				"metadata", N(nil),
				"risk_action", N("default"),
				"international_format_phone", intlPhone,
			),
			"plan", O(),
			"subaccount", O(),
			"split", O(),
			"order_id", N(nil),
			"paidAt", N(g.at(0, "2006-01-02T15:04:05.000Z")),
			"requested_amount", P(amount),
			"pos_transaction_data", N(nil),
			"source", N(nil),
		),
	)
}

func mpesaC2BConfirmation(g *gen) *node {
	// M-Pesa C2B takes payments from Safaricom lines: Kenyan numbers.
	g.redraw("KE")
	p := g.p
	if p.phoneCC != "KE" {
		p.phoneCC = "KE"
		p.phoneE164, p.phoneNat = phoneNumber(g.r, "KE")
	}
	p.showPhone = true
	msisdn := strings.TrimPrefix(g.e164(), "+")
	var number *node
	switch g.r.IntN(3) {
	case 0:
		number = g.phone(msisdn)
	case 1:
		// Masked in production: the country code and last digits remain.
		number = g.phone(msisdn[:4] + " ***** " + msisdn[len(msisdn)-3:])
	default:
		// Hashed in production: the number pseudonymized, no country.
		sum := sha256.Sum256([]byte(msisdn))
		number = P(hex.EncodeToString(sum[:]))
	}
	kind := pick(g.r, []string{"Pay Bill", "Buy Goods"})
	short := pick(g.r, []string{"600638", "174379", "888880"})
	billRef := N("")
	if kind == "Pay Bill" {
		// The account number the payer typed: their own, at this business.
		switch g.r.IntN(3) {
		case 0:
			billRef = g.phone("0" + g.nsn())
		case 1:
			billRef = P(strings.ToUpper(p.givenL[:min(len(p.givenL), 4)]) + fmt.Sprint(1000+g.r.IntN(9000)))
		default:
			billRef = P("ACC" + fmt.Sprint(100000+g.r.IntN(900000)))
		}
	}
	middle, last := N(""), N("")
	if g.r.IntN(2) == 0 {
		last = P(strings.ToUpper(p.family))
		if g.r.IntN(2) == 0 {
			middle = P(pick(g.r, []string{"Njeri", "Wambui", "Ochieng", "Kiprono"}))
		}
	}
	eat := time.FixedZone("EAT", 3*3600)
	return O(
		"TransactionType", N(kind),
		"TransID", P(strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10))),
		"TransTime", N(g.t.In(eat).Format("20060102150405")),
		"TransAmount", P(fmt.Sprintf("%d.00", 50+g.r.IntN(5000))),
		"BusinessShortCode", N(short),
		"BillRefNumber", billRef,
		"InvoiceNumber", N(""),
		// The business's own balance after the payment.
		"OrgAccountBalance", N(fmt.Sprintf("%d.%02d", 10000+g.r.IntN(900000), g.r.IntN(100))),
		"ThirdPartyTransID", N(""),
		"MSISDN", number,
		"FirstName", P(strings.ToUpper(p.given)),
		"MiddleName", middle,
		"LastName", last,
	)
}

// snake writes a custom question's text as Meta keys it.
func snake(q string) string {
	return strings.ReplaceAll(strings.ToLower(q), " ", "_")
}

func metaLead(g *gen) *node {
	p := g.p
	var fields []*node
	add := func(name string, v *node) {
		if v != nil {
			fields = append(fields, O("name", N(name), "values", A(v)))
		}
	}
	if g.r.IntN(2) == 0 {
		add("full_name", P(p.fullName()))
	} else {
		add("first_name", P(p.given))
		add("last_name", P(p.family))
	}
	add("email", P(p.email))
	add("phone_number", g.phone(g.e164()))
	if p.showResidence {
		if g.r.IntN(2) == 0 {
			add("street_address", g.addr(p.street))
			add("zip_code", g.addr(p.post))
		}
		add("city", g.addr(p.city))
		if g.r.IntN(2) == 0 {
			add("state", g.addrN(p.region))
		}
		add("country", g.residence(p.c.code))
	}
	switch g.r.IntN(4) {
	case 0:
		add("date_of_birth", g.dob("01/02/2006"))
	case 1:
		add(snake("What is your age?"), P(fmt.Sprint(g.ageAt())))
	}
	if g.r.IntN(3) == 0 {
		add("gender", P(g.gender()))
	}
	if g.r.IntN(4) == 0 {
		add("marital_status", P(pick(g.r, []string{"single", "married", "divorced"})))
	}
	if g.r.IntN(3) == 0 {
		add("job_title", P(pick(g.r, []string{"Nurse", "Accountant", "Teacher", "Software Engineer", "Store Manager"})))
		add("company_name", P(pick(g.r, []string{"Northwind Traders", "Globex Logistics", "Initech Health", "Umbrella Retail"})))
	}
	if k, v := g.idLeaf(); v != nil && p.c.code == "BR" {
		add(k, v) // Meta's government-id question (CPF)
	}
	if c := g.citizenship(englishName[p.cit.code]); c != nil {
		add(snake("What is your nationality?"), c)
	}
	add(snake("When would you like to start?"), N(pick(g.r, []string{"this_week", "within_a_month", "just_browsing"})))
	if b := g.bio(); b != nil {
		add(snake("Is there anything our coach should know about you?"), b)
	}
	ev := O(
		"id", P(fmt.Sprint(1000000000000000+g.r.Int64N(8999999999999999))),
		"created_time", N(g.at(0, "2006-01-02T15:04:05-0700")),
	)
	organic := g.r.IntN(6) == 0
	if !organic {
		ev.set("ad_id", N(fmt.Sprint(23850000000000000+g.r.Int64N(99999999999999))))
		ev.set("ad_name", N("Spring trial - carousel"))
		ev.set("adset_id", N(fmt.Sprint(23850000000000000+g.r.Int64N(99999999999999))))
		ev.set("campaign_id", N(fmt.Sprint(23850000000000000+g.r.Int64N(99999999999999))))
		ev.set("campaign_name", N("Lead gen - free trial"))
	}
	ev.set("form_id", N(fmt.Sprint(1000000000000000+g.r.Int64N(999999999999999))))
	ev.set("is_organic", N(organic))
	ev.set("platform", N(pick(g.r, []string{"fb", "ig"})))
	ev.set("field_data", A(fields...))
	ev.set("custom_disclaimer_responses", A(O("checkbox_key", N("marketing_opt_in"), "is_checked", N(pick(g.r, []string{"1", ""})))))
	return ev
}

// eeocRace is the race a Greenhouse EEOC answer most likely gives for a
// subject of the country (id, description).
func eeocRace(cc string) (int, string) {
	switch cc {
	case "NG", "KE", "RW", "ZA":
		return 3, "Black or African American"
	case "CN", "TW", "JP", "KR", "IN", "ID", "VN", "TH", "SG":
		return 2, "Asian"
	case "MX", "AR", "BR":
		return 4, "Hispanic or Latino"
	}
	return 5, "White"
}

func greenhouseApplication(g *gen) *node {
	p := g.p
	const app = "https://app.greenhouse.io"
	candID := 60000000 + g.r.Int64N(40000000)
	appID := 70000000 + g.r.Int64N(90000000)
	created := g.at(0, "2006-01-02T15:04:05Z")
	candURL := fmt.Sprintf("%s/people/%d", app, candID)
	title := pick(g.r, []string{"Data Analyst", "Staff Nurse", "Backend Engineer", "Account Manager"})
	employer := pick(g.r, []string{"Northwind Traders", "Globex Logistics", "Initech", "Umbrella Retail"})
	phones := A()
	if ph := g.phone(""); ph != nil {
		phones = A(O("value", ph, "type", N("mobile")))
	}
	addresses := A()
	if p.showResidence {
		// Typed as one text: the country is in it.
		g.residence(g.english())
		addresses = A(O("value", P(fmt.Sprintf("%s\n%s %s\n%s", p.street, p.post, p.city, g.english())), "type", N("home")))
	}
	var educations, employments *node = A(), A()
	if g.ageAt() >= 22 {
		start := p.dob.Year() + 18
		educations = A(O(
			"school_name", P(pick(g.r, []string{"University of Lagos", "Seoul National University", "Technische Universität München", "Universidad de Buenos Aires", "University of Toronto"})),
			"degree", P("Bachelor's Degree"),
			"discipline", P(pick(g.r, []string{"Computer Science", "Nursing", "Economics"})),
			"start_date", P(fmt.Sprintf("09/01/%d", start)),
			"end_date", P(fmt.Sprintf("06/30/%d", start+4)),
		))
		employments = A(O("company_name", P(employer), "title", P(title), "start_date", P(fmt.Sprintf("%02d/01/%d", 1+g.r.IntN(12), start+4)), "end_date", N(nil)))
	}
	file := strings.ReplaceAll(p.givenL+"_"+p.familyL, " ", "_") + "_CV.pdf"
	if g.r.IntN(3) == 0 {
		file = p.given + " " + p.family + " - CV.pdf"
	}
	amzDate := g.t.UTC().Format("20060102T150405Z")
	// Time-limited signed links: whoever holds one reads the CV.
	signed := func(name string) *node {
		return C(fmt.Sprintf("https://prod-heroku.s3.amazonaws.com/person_attachments/data/%d/original/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F%s%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",
			400000000+g.r.Int64N(99999999), strings.ReplaceAll(name, " ", "+"), strings.ToUpper(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), g.t.UTC().Format("20060102"), amzDate, g.hex(64)))
	}
	attachments := A(O("filename", P(file), "url", signed(file), "type", N("resume")))
	if g.r.IntN(3) == 0 {
		cl := strings.Replace(file, "CV", "Cover_Letter", 1)
		attachments = A(O("filename", P(file), "url", signed(file), "type", N("resume")), O("filename", P(cl), "url", signed(cl), "type", N("cover_letter")))
	}
	login := strings.ToLower(strings.ReplaceAll(p.givenL+"-"+p.familyL, " ", ""))
	recruiter := O("id", P(92000+g.r.IntN(5000)), "email", P("maya.okoro@northwind-careers.example"), "name", P("Maya Okoro"), "employee_id", P("E"+fmt.Sprint(1000+g.r.IntN(9000))))
	candidate := O(
		"id", P(candID),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"title", orNull(Pif(map[bool]string{true: title}[g.ageAt() >= 22])),
		"company", orNull(Pif(map[bool]string{true: employer}[g.ageAt() >= 22])),
		"created_at", N(created),
		"external_id", N(nil),
		"photo_url", N(nil),
		"url", P(candURL),
		"is_private", N(false),
		"can_email", N(true),
		"phone_numbers", phones,
		"email_addresses", A(O("value", P(p.email), "type", N("personal"))),
		"addresses", addresses,
		"website_addresses", A(),
		"social_media_addresses", A(O("value", P("https://www.linkedin.com/in/"+login+"-"+g.hex(6)))),
		"educations", educations,
		"employments", employments,
		"recruiter", recruiter,
		"coordinator", N(nil),
		"attachments", attachments,
		"tags", A(),
		"custom_fields", O(
			"desired_salary", O("name", N("Desired Salary"), "type", N("short_text"), "value", P(fmt.Sprintf("%d,000", 30+g.r.IntN(120)))),
		),
	)
	var answers []*node
	answers = append(answers, O("question", N("LinkedIn Profile"), "answer", P("https://www.linkedin.com/in/"+login)))
	answers = append(answers, O("question", N("Are you at least 18 years of age?"), "answer", P(map[bool]string{true: "No", false: "Yes"}[g.ageAt() < 18])))
	if c := g.citizenship(englishName[p.cit.code]); c != nil {
		answers = append(answers, O("question", N("What is your citizenship?"), "answer", c))
	}
	if b := g.bio(); b != nil {
		answers = append(answers, O("question", N("Is there anything else you would like us to know?"), "answer", b))
	}
	jobID := 274000 + g.r.Int64N(9000)
	opening := pick(g.r, []string{"Senior Data Scientist", "Clinical Operations Lead", "Platform Engineer", "Customer Success Manager"})
	office := pick(g.r, []string{"London, United Kingdom", "Berlin, Germany", "Remote - Americas", "Singapore"})
	application := O(
		"id", P(appID),
		"rejected_at", N(nil),
		"prospect", N(false),
		"status", N("active"),
		"applied_at", N(created),
		"last_activity_at", N(created),
		"url", P(fmt.Sprintf("%s?application_id=%d", candURL, appID)),
		"source", O("id", N(pick(g.r, []int{2, 16, 7})), "name", N(pick(g.r, []string{"Jobs page on your website", "LinkedIn", "Referral"}))),
		"credited_to", recruiter,
		"rejection_reason", N(nil),
		"rejection_details", N(nil),
		"current_stage", O(
			"id", N(2944000+g.r.IntN(1000)),
			"name", N("Application Review"),
			"interviews", A(O(
				"id", N(4368000+g.r.IntN(1000)),
				"name", N("Application Review"),
				"status", N("collect_feedback"),
				"interview_kit", O(
					// The guide for interviewing this candidate.
					"url", P(fmt.Sprintf("%s/guides/%d/people/%d?application_id=%d", app, 4368100+g.r.IntN(100), candID, appID)),
					"content", N("<p>Review the CV against the role's must-haves.</p>"),
					"questions", A(O("id", N(3136352), "question", N("Could you tell me about your previous experience?"))),
				),
				"interviewers", A(),
			)),
		),
		"prospect_detail", O("prospect_pool", N(nil), "prospect_stage", N(nil), "prospect_owner", N(nil)),
		"custom_fields", O("referral_code", O("name", N("Referral Code"), "type", N("short_text"), "value", N(nil))),
		"candidate", candidate,
		"jobs", A(O(
			"id", N(jobID),
			"name", N(opening),
			"requisition_id", N(fmt.Sprintf("REQ-%d", 100+g.r.IntN(900))),
			"notes", N(nil),
			"confidential", N(false),
			"status", N("open"),
			"created_at", N("2026-01-12T09:00:00Z"),
			"opened_at", N("2026-01-15T09:00:00Z"),
			"closed_at", N(nil),
			"url", N(fmt.Sprintf("%s/sdash/%d", app, jobID)),
			"departments", A(O("id", N(8717), "name", N("Operations"), "external_id", N(nil))),
			// The employer's office, not where the candidate lives.
			"offices", A(O("id", N(16478), "name", N(strings.SplitN(office, ",", 2)[0]), "location", N(office), "external_id", N(nil))),
		)),
		"answers", A(answers...),
	)
	payload := O("application", application)
	if p.c.code == "US" || g.r.IntN(3) == 0 {
		// The voluntary self-identification survey of a US job post.
		declined := g.r.IntN(5) == 0
		raceID, race := eeocRace(p.c.code)
		if g.r.IntN(8) == 0 {
			raceID, race = 7, "Two or More Races"
		}
		raceNode := O("id", S(raceID, "ethnicity"), "description", S(race, "ethnicity"))
		if declined {
			raceNode = O("id", P(8), "description", P("Decline To Self Identify"))
		}
		genderID, gender := 1, "Male"
		if p.female {
			genderID, gender = 2, "Female"
		}
		var disability *node
		switch x := g.r.IntN(6); {
		case x == 0:
			disability = O("id", S(1, "health"), "description", S("Yes, I have a disability (or previously had a disability)", "health"))
		case x < 4:
			disability = O("id", S(2, "health"), "description", S("No, I don't have a disability", "health"))
		default:
			disability = O("id", P(3), "description", P("I don't wish to answer"))
		}
		veteran := O("id", P(1), "message", P("I am not a protected veteran"))
		if g.r.IntN(8) == 0 {
			veteran = O("id", P(2), "message", P("I identify as one or more of the classifications of protected veteran"))
		}
		payload.set("eeoc", O(
			"application_id", P(appID),
			"candidate_id", P(candID),
			"race", raceNode,
			"gender", O("id", P(genderID), "description", P(gender)),
			"veteran_status", veteran,
			"disability_status", disability,
			"submitted_at", N(created),
		))
	}
	return O("action", N("new_candidate_application"), "payload", payload)
}

func zoomWebinarRegistrant(g *gen) *node {
	p := g.p
	webinarID := 81000000000 + g.r.Int64N(9000000000)
	start := g.t.Add(time.Duration(2+g.r.IntN(20)) * 24 * time.Hour).Truncate(time.Hour)
	regID := g.chars(b64Set, 22)
	r := O(
		"id", P(regID),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"email", P(p.email),
		"address", orEmpty(g.addr(p.street)),
		"city", orEmpty(g.addr(p.city)),
		"country", orEmpty(g.residence(p.c.code)),
		"zip", orEmpty(g.addr(p.post)),
		"state", orEmpty(g.addrN(p.region)),
		"phone", orEmpty(g.phone("")),
		"industry", N(pick(g.r, []string{"Healthcare", "Education", "Retail", "Software"})),
		"org", P(pick(g.r, []string{"Northwind Traders", "Globex Logistics", "Initech Health", "City Library"})),
		"job_title", P(pick(g.r, []string{"Nurse", "Teacher", "Product Manager", "Student"})),
		"purchasing_time_frame", P(pick(g.r, []string{"Within a month", "1-3 months", "No timeframe"})),
		"role_in_purchase_process", P(pick(g.r, []string{"Decision Maker", "Evaluator/Recommender", "Influencer", "Not involved"})),
		"no_of_employees", N(pick(g.r, []string{"1-20", "51-100", "500-1,000"})),
	)
	comments := N("")
	if b := g.bio(); b != nil && g.r.IntN(2) == 0 {
		comments = b
	}
	r.set("comments", comments)
	var qs []*node
	if g.r.IntN(3) == 0 {
		qs = append(qs, O("title", N("Date of birth"), "value", g.dob("")))
	}
	if c := g.citizenship(englishName[p.cit.code]); c != nil {
		qs = append(qs, O("title", N("Nationality"), "value", c))
	}
	if g.r.IntN(6) == 0 {
		qs = append(qs, O("title", N("Do you need any accessibility accommodations?"), "value", S(pick(g.r, []string{"I am hard of hearing, live captions please.", "I use a screen reader because I am blind.", "Wheelchair user, I need step-free access at the venue."}), "health")))
	}
	qs = append(qs, O("title", N("How did you hear about this webinar?"), "value", N(pick(g.r, []string{"Newsletter", "LinkedIn", "A colleague"}))))
	r.set("custom_questions", A(qs...))
	r.set("status", N("approved"))
	// The personal link: it admits whoever holds it as this registrant.
	r.set("join_url", C(fmt.Sprintf("https://us06web.zoom.us/w/%d?tk=%s.DQcAAAA%s", webinarID, g.chars(b64Set, 43), g.chars(b64Set, 60))))
	r.set("participant_pin_code", C(100000+g.r.IntN(900000)))
	if l := g.locale(p.locale); l != nil {
		r.set("language", l)
	}
	return O(
		"event", N("webinar.registration_created"),
		"event_ts", N(g.t.UnixMilli()),
		"payload", O(
			"account_id", N(g.chars(b64Set, 22)),
			"object", O(
				"uuid", N(g.chars(b64Set, 22)+"=="),
				"id", N(webinarID),
				// The host: a person too.
				"host_id", P(g.chars(b64Set, 22)),
				"topic", N(pick(g.r, []string{"Spring product update", "Getting started with budgeting", "Hiring in 2026: a panel"})),
				"type", N(5),
				"start_time", N(start.Format("2006-01-02T15:04:05Z")),
				"duration", N(60),
				"timezone", N("Europe/London"),
				"registrant", r,
			),
		),
	)
}
