package classifier

import "testing"

func TestRecipientInText(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"Delivered - signed by W. ZHANG", true},
		{"Signed for by: SCHMIDT", true},
		{"Zugestellt an Herrn Müller", true},
		{"Получено: Петров И.И.", true},
		{"Entregue a: JOAO P. SILVA", true},
		{"Livré à M. DUPONT", true},
		{"Delivered to reception (K. Tanaka)", true},
		{"Refused by recipient: Ivan P.", true},
		{"Awaiting approval from Dr. Weber", true},
		{"已签收，签收人：王伟", true},
		{"配達完了（受取人：山田様）", true},
		{"Delivered to Front Door", false},
		{"Delivered to the front door", false},
		{"Delivered to neighbour at No 5 High Street", false},
		{"Signed by sender", false},
		{"Collected by DHL", false},
		{"Approved by Manager", false},
		{"Shipped by FedEx from Memphis", false},
		{"已签收", false},
		// Red team 23 (F7).
		{"快件已被王伟签收", true},
		{"您的快件已由【王伟】签收", true},
		{"인수자: 김철수", true},
		{"ผู้รับ: สมชาย ใจดี", true},
		{"تم التسليم إلى: محمد أحمد", true},
		{"Отримано: Шевченко Т.", true},
		{"Doręczono, odebrał: Kowalski J.", true},
		{"Afgeleverd, getekend door: J. de Vries", true},
		{"Zugestellt an Nachbar Herrn Weber", true},
		{"快件已签收，感谢使用", false},
		{"In transit", false},
	} {
		if got := recipientInText(tc.v); got != tc.want {
			t.Errorf("recipientInText(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}
