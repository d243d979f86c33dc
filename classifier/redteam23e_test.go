package classifier_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// redTeam23Fields checks each event's field at path has category cat.
func redTeam23Fields(t *testing.T, cases []struct{ name, ev, path, cat string }) {
	t.Helper()
	rs := benchRuleset(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
			if f := field(d, tc.path); f == nil || f.Category != tc.cat {
				t.Fatalf("%s: got %+v, want %s", tc.path, f, tc.cat)
			}
		})
	}
}

// Red team 23 (F3): header lists in other producers' shapes name their
// values: Node's flat rawHeaders, {header, val} pairs, HAR cookies.
func TestRedTeam23HeaderLists(t *testing.T) {
	const payload = `,"payload":{"email":"a@example.de","country":"DE"}}`
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"Node's rawHeaders: an HMAC after its name",
			`{"request":{"rawHeaders":["Host","api.example.com","X-Shopify-Hmac-Sha256","XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJJAweH5Jo4bM=","User-Agent","Shopify-Captain-Hook"]}` + payload,
			"/request/rawHeaders/3", "credentials.secret"},
		{"rawHeaders: an API key of low entropy",
			`{"request":{"rawHeaders":["host","api.example.com","x-api-key","Sommer2024"]}` + payload,
			"/request/rawHeaders/3", "credentials.secret"},
		{"rawHeaders: a host is no secret",
			`{"request":{"rawHeaders":["host","api.example.com","x-api-key","Sommer2024"]}` + payload,
			"/request/rawHeaders/1", "unknown"},
		{"{header, val} pairs",
			`{"request":{"headers":[{"header":"X-Hub-Signature-256","val":"sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}]}` + payload,
			"/request/headers/0/val", "credentials.secret"},
		{"HAR's session cookie",
			`{"user":{"email":"a@example.de","country":"DE"},"entry":{"request":{"method":"GET","url":"https://api.example.com/v1/me","cookies":[{"name":"sessionid","value":"k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7","path":"/","httpOnly":true}]}}}`,
			"/entry/request/cookies/0/value", "credentials.secret"},
		{"HAR's _session_id",
			`{"user":{"email":"a@example.de","country":"DE"},"entry":{"request":{"cookies":[{"name":"_session_id","value":"3f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c"}]}}}`,
			"/entry/request/cookies/0/value", "credentials.secret"},
		{"a cookie list's bare sessionid",
			`{"request":{"cookies":[{"name":"sessionid","value":"k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7"}]}` + payload,
			"/request/cookies/0/value", "credentials.secret"},
	})
}

// Red team 23 (F5): capability URLs (incoming webhooks, automation
// hooks, recording and share links, payment sessions) are credentials
// wherever they appear; an ordinary page of the same services is not.
func TestRedTeam23CapabilityURLs(t *testing.T) {
	ref := func(u string) string {
		return `{"user":{"email":"a@example.de","country":"DE"},"context":{"page":{"referrer":"` + u + `"}}}`
	}
	const secret, page = "credentials.secret", "meta.referrer"
	var cases []struct{ name, ev, path, cat string }
	for _, tc := range []struct{ name, url, cat string }{
		{"a Teams incoming webhook", "https://contoso.webhook.office.com/webhookb2/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d@72f988bf-86f1-41af-91ab-2d7cd011db47/IncomingWebhook/9f8e7d6c5b4a4f3e8d2c1b0a9f8e7d6c/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", secret},
		{"a legacy Office 365 connector", "https://outlook.office.com/webhook/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d@72f988bf-86f1-41af-91ab-2d7cd011db47/IncomingWebhook/9f8e7d6c5b4a4f3e8d2c1b0a9f8e7d6c/0a1b2c3d", secret},
		{"a Zapier catch hook", "https://hooks.zapier.com/hooks/catch/1234567/abcdefg/", secret},
		{"a Make hook", "https://hook.eu1.make.com/abcdefghijklmnopqrstuvwxyz123456", secret},
		{"an IFTTT maker key", "https://maker.ifttt.com/trigger/door_open/with/key/dAbCdEfGhIjKlMnOpQrStU", secret},
		{"a Feishu bot", "https://open.feishu.cn/open-apis/bot/v2/hook/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", secret},
		{"a Zoom recording share", "https://zoom.us/rec/share/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789.abcdefghIJKLmnop", secret},
		{"a SharePoint share link", "https://contoso-my.sharepoint.com/:b:/g/personal/anna_schmidt_contoso_com/EbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIj", secret},
		{"a Midtrans snap session", "https://app.midtrans.com/snap/v3/redirection/66e4fa55-fdac-4ef9-91b5-733b97d1b862", secret},
		{"a YooKassa checkout's order in the query", "https://yoomoney.ru/checkout/payments/v2/contract?orderId=2c5a1b3e-000f-5000-9000-1a2b3c4d5e6f", secret},
		{"a Mercado Pago preference", "https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=123456789-8f14e45f-ceea-167a-5a36-dedd4bea2543", secret},
		{"a PayPal invoice in the fragment", "https://www.paypal.com/invoice/p/#ABCDEFGH12345678", secret},
		{"an SBP payment link", "https://qr.nspk.ru/AS1000670LSS7DN18SJQDNP4B05KLJL2?type=01&bank=100000000111&sum=10000&cur=RUB&crc=AB75", secret},
		// Negative: the services' own pages and a checkout's campaign.
		{"Zapier's app page", "https://zapier.com/apps/slack/integrations", page},
		{"Make's pricing", "https://www.make.com/en/pricing", page},
		{"Zoom's recordings list", "https://zoom.us/recording", page},
		{"a SharePoint site", "https://contoso.sharepoint.com/sites/Team/Shared%20Documents/Forms/AllItems.aspx", page},
		{"a checkout step", "https://shop.example.com/checkout?step=2&lang=de", page},
		{"a checkout's campaign", "https://shop.example.com/checkout/cart?utm_campaign=spring_sale_2024_newsletter&utm_content=banner_top_2024_v2", page},
		{"PayPal's invoicing page", "https://www.paypal.com/invoice/", page},
		{"Microsoft's Teams page", "https://www.microsoft.com/en-us/microsoft-teams/group-chat-software", page},
	} {
		cases = append(cases, struct{ name, ev, path, cat string }{tc.name, ref(tc.url), "/context/page/referrer", tc.cat})
	}
	cases = append(cases, struct{ name, ev, path, cat string }{"a Teams webhook under an integration's URL",
		`{"user":{"email":"a@example.de","country":"DE"},"integration":{"webhook_url":"https://hooks.zapier.com/hooks/catch/1234567/abcdefg/"}}`,
		"/integration/webhook_url", secret})
	redTeam23Fields(t, cases)
}

// Red team 23 (F4): a parameter holding base64 of a form body (PayU's
// data, CCAvenue's encRequest) is read as that form body; base64 of
// base64 JSON and an SSO state's document too.
func TestRedTeam23EncodedForms(t *testing.T) {
	pay := func(member, u string) string {
		return `{"user":{"email":"a@example.de","country":"DE"},"payment":{"` + member + `":"` + u + `"}}`
	}
	redTeam23Fields(t, []struct{ name, ev, path, cat string }{
		{"PayU's data: a name, an e-mail, a phone",
			pay("redirect_url", "https://www.payu.in/_payment?hash=abc&data=a2V5PWd0S0ZGeCZ0eG5pZD1UMSZmaXJzdG5hbWU9QW5uYSZlbWFpbD1hbm5hLnNjaG1pZHRAZXhhbXBsZS5kZSZwaG9uZT05ODc2NTQzMjEw"),
			"/payment/redirect_url", "identity.name"},
		{"CCAvenue's encRequest",
			pay("redirect_url", "https://secure.example.com/pg?encRequest=bWVyY2hhbnRfaWQ9MTIzJm9yZGVyX2lkPTEmYmlsbGluZ19uYW1lPUFubmEgU2NobWlkdCZiaWxsaW5nX2VtYWlsPWFubmEuc2NobWlkdEBleGFtcGxlLmRl"),
			"/payment/redirect_url", "contact.email"},
		{"an e-mail and a name",
			pay("return_url", "https://shop.example.com/return?data=ZW1haWw9YW5uYS5zY2htaWR0QGV4YW1wbGUuZGUmbmFtZT1Bbm5hIFNjaG1pZHQ="),
			"/payment/return_url", "contact.email"},
		{"a password",
			pay("redirect_url", "https://shop.example.com/return?data=cGFzc3dvcmQ9U29tbWVyMjAyNCE="),
			"/payment/redirect_url", "credentials.secret"},
		{"an access token",
			pay("callback_url", "https://shop.example.com/return?data=YWNjZXNzX3Rva2VuPWE4ZjVmMTY3ZjQ0ZjQ5NjRlNmM5OThkZWU4MjcxMTBj"),
			"/payment/callback_url", "credentials.secret"},
		{"an e-mail and a password",
			pay("return_url", "https://shop.example.com/return?data=dXNlcj1hbm5hLnNjaG1pZHRAZXhhbXBsZS5kZSZwYXNzd29yZD1Tb21tZXIyMDI0IQ=="),
			"/payment/return_url", "credentials.secret"},
		{"a token among a merchant's fields",
			pay("return_url", "https://shop.example.com/return?data=bWVyY2hhbnQ9MTIzJnRva2VuPWE4ZjVmMTY3ZjQ0ZjQ5NjRlNmM5OThkZWU4MjcxMTBjJmFtb3VudD0xMA=="),
			"/payment/return_url", "credentials.secret"},
		{"a state's base64 JSON token under redirect",
			pay("redirect", "https://shop.example.com/return?state=eyJ0b2tlbiI6ICJhOGY1ZjE2N2Y0NGY0OTY0ZTZjOTk4ZGVlODI3MTEwYyJ9"),
			"/payment/redirect", "credentials.secret"},
		{"base64 of base64 JSON",
			pay("return_url", "https://shop.example.com/return?p=ZXlKaFkyTmxjM05mZEc5clpXNGlPaUFpWVRobU5XWXhOamRtTkRSbU5EazJOR1UyWXprNU9HUmxaVGd5TnpFeE1HTWlmUT09"),
			"/payment/return_url", "credentials.secret"},
		// Negative: a form of a merchant's own fields names no one.
		{"an order's own fields",
			pay("return_url", "https://shop.example.com/return?data=bWVyY2hhbnRfaWQ9MTIzJm9yZGVyX2lkPTQ1NiZhbW91bnQ9MTA="),
			"/payment/return_url", "meta.referrer"},
	})
}

// Red team 23 (F9): names run together in CamelCase, in Han or Hangul, or
// a Cyrillic surname, with a date or in a file's name, are data keys:
// neither in a record but full nor in an audit path.
func TestRedTeam23NameKeys(t *testing.T) {
	rs := benchRuleset(t)
	for _, key := range []string{"AnnaSchmidt_19900401", "SchmidtAnna1990", "AnnaSchmidt.pdf", "Resume_JohnSmith.pdf",
		"王伟_1990-04-01", "王伟1990", "身份证_王伟.jpg", "履歴書_山田太郎.pdf", "김철수_신분증.jpg", "Иванов_паспорт.pdf"} {
		ev := `{"user":{"email":"t@example.de","country":"DE"},"files":{"` + key + `":{"size":12345}}}`
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, f := range d.Fields {
			if strings.Contains(f.Path, key) {
				t.Errorf("%s: path %q in clear", key, f.Path)
			}
		}
		for _, r := range recs {
			if r.Projection != "full" && bytes.Contains(r.Value, []byte(key)) {
				t.Errorf("%s: in the %s record", key, r.Projection)
			}
		}
	}
	// Schema names with a year or a file's extension stay schema.
	for _, key := range []string{"MaxSize_2019", "FileSize2020", "AnnualReport_2020.pdf", "月报_2024.pdf", "Отчет_2024.pdf", "UserData2024"} {
		ev := `{"user":{"email":"t@example.de","country":"DE"},"stats":{"` + key + `":{"size":1}}}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if field(d, "/stats/"+key+"/size") == nil {
			t.Errorf("%s: schema key taken for data: %+v", key, d.Fields)
		}
	}
}

// Red team 23 (F9, address books): a surname over an initial, a given
// name in Han, or contact labels keeps neither name in clear.
func TestRedTeam23AddressBooks(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev   string
		keys []string
	}{
		{`{"user":{"email":"a@example.cn","country":"DE"},"address_book":{"王":{"伟":{"phone":"+8613812345678"}}}}`, []string{"王", "伟"}},
		{`{"user":{"email":"a@example.de","country":"DE"},"address_book":{"Schmidt":{"A.":{"phone":"+4915112345678"}}}}`, []string{"Schmidt", "A."}},
		{`{"user":{"email":"a@example.de","country":"DE"},"address_book":{"Schmidt":{"home":{"phone":"+4915112345678"},"work":{"phone":"+4930123456"}}}}`, []string{"Schmidt"}},
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1"})
		for _, key := range tc.keys {
			for _, f := range d.Fields {
				if strings.Contains(f.Path, "/"+key+"/") {
					t.Errorf("%s: path %q in clear", key, f.Path)
				}
			}
			for _, r := range recs {
				if r.Projection != "full" && bytes.Contains(r.Value, []byte(`"`+key+`"`)) {
					t.Errorf("%s: in the %s record", key, r.Projection)
				}
			}
		}
	}
	// A settings map's sections stay schema.
	d, _ := process(rs, classifier.Input{Value: []byte(`{"user":{"email":"a@example.de","country":"DE"},"address_book":{"settings":{"sync":{"enabled":true}}}}`), Source: "t/0/1"})
	if field(d, "/address_book/settings/sync/enabled") == nil {
		t.Errorf("schema taken for data: %+v", d.Fields)
	}
}
