package geo

import "testing"

func TestAddressCountry(t *testing.T) {
	for _, tc := range []struct{ in, cc string }{
		{"東京都千代田区丸の内1-1-1", "JP"},
		{"大阪市北区梅田3-1", "JP"},
		{"なごや市中区3丁目", "JP"},
		{"서울특별시 강남구 테헤란로 1", "KR"},
		{"广东省深圳市南山区科技园", "CN"},
		{"北京市朝阳区建国路1号", "CN"},
		{"Hauptstraße 5, Berlin", ""},
		{"台北市信義區市府路1號", "TW"}, // Taiwan, not mainland China
		{"中区", ""},
		// Short division names, as Kakao's and Daum's postcode services
		// write them; prose about a place is not an address.
		{"서울 강남구 도산대로 123", "KR"},
		{"인천 연수구 송도과학로 32", "KR"},
		{"경기 성남시 분당구 판교역로 235", "KR"},
		{"서울 출신입니다", ""},
		{"서울 강남구", ""},
	} {
		cc, ok := AddressCountry(tc.in)
		if cc != tc.cc || ok != (tc.cc != "") {
			t.Errorf("AddressCountry(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}

func TestScriptAddress(t *testing.T) {
	for _, tc := range []struct {
		v, want string
	}{
		{"302 ถนนพหลโยธิน แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร 10110", "TH"},
		{"99/1 หมู่ 5 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200", "TH"},
		{"ჭავჭავაძის გამზირი 12, თბილისი 0179", "GE"},
		{"Մաշտոցի պողոտա 5, Երևան 0002", "AM"},
		{"רחוב הרצל 12, תל אביב", "IL"},
		{"สั่งซื้อ 2 ชิ้น ขอบคุณค่ะ", ""}, // Thai text with a number, no address word
		{"თბილისი", ""},                      // no number
		{"302 Phahonyothin Rd, Bangkok", ""}, // Latin: not by script
	} {
		got, ok := AddressCountry(tc.v)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("AddressCountry(%q) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestAddressLine(t *testing.T) {
	ix := NewIndex(nil)
	for _, tc := range []struct{ in, cc string }{
		{"12 Long Street, Cape Town, 8001", "ZA"},
		{"45 Jan Smuts Avenue, Parktown, Johannesburg, 2193", "ZA"},
		{"House 221, Block J, Johar Town, Lahore", "PK"},
		{"House 12, Street 5, F-7/2, Rawalpindi", "PK"},
		{"ул. Ленина 1, Москва, 101000", "RU"},
		{"Lenina 1, Moscow, 101000, Russia", "RU"},
		{"12 Long Street, Cape Town, 8001, Namibia", "NA"}, // the named country wins
		{"Flat 2, 10 Downing St, Lahore 54000", "PK"},      // the postal code after the city
		{"Cape Town, 2 nights, 3 guests", ""},              // the city opens a list
		{"Lahore office, floor 3", ""},
		{"Lahore, Karachi, Islamabad", ""}, // places, no number
		{"Johannesburg, 2193", "ZA"},       // a city and its postal code
		{"12 Long Street, Springfield, 8001", ""},
		{"a, b, c, d, e, f, g, h, Lahore 1", ""}, // a list
		{"Lahore", ""},
	} {
		cc, ok := ix.AddressLine(tc.in)
		if cc != tc.cc || ok != (tc.cc != "") {
			t.Errorf("AddressLine(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}

func TestScriptCountry(t *testing.T) {
	for _, tc := range []struct{ in, cc string }{
		{"Trần Thị Bích Ngọc", "VN"},
		{"Nguyễn Minh", "VN"},
		{"최지우", "KR"},
		{"สมชาย ใจดี", "TH"},
		{"やまだ たろう", "JP"},
		{"ნინო", "GE"},
		{"Nguyen Minh", ""}, // unaccented: written so everywhere
		{"Đorđe Petrović", ""},
		{"王伟", ""}, // Han: China, Taiwan, Hong Kong, Singapore, Japan
		{"Иван Петров", ""},
		{"محمد", ""},
	} {
		cc, ok := ScriptCountry(tc.in)
		if cc != tc.cc || ok != (tc.cc != "") {
			t.Errorf("ScriptCountry(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}

func TestCurrencySymbolCountry(t *testing.T) {
	for _, tc := range []struct{ in, cc string }{
		{"Rp", "ID"}, {"Rp.", "ID"}, {"₫", "VN"}, {"₩", "KR"}, {"R$", "BR"},
		{"$", ""}, {"Rs", ""}, {"kr", ""}, {"R", ""}, {"¥", ""}, {"€", ""},
	} {
		cc, ok := CurrencySymbolCountry(tc.in)
		if cc != tc.cc || ok != (tc.cc != "") {
			t.Errorf("CurrencySymbolCountry(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}

func TestNorthAmericanTowns(t *testing.T) {
	ix := NewIndex(nil)
	for _, tc := range []struct{ in, country, line string }{
		{"100 Central Ave, St. Petersburg, FL 33701", "US", "US"},
		{"12 Main Street, Shanghai, WV 25427", "US", "US"},
		{"12 Main Street, Cairo, IL 62914", "US", "US"},
		{"1 Main St, Moscow, ID 83843-1234", "US", "US"},
		{"10 King St, London, N6A 3K7", "CA", "CA"},
		{"10 King St, London, ON N6A 3K7", "CA", "CA"},
		{"Athens, GA", "", ""},                       // Georgia or Greece: no guess
		{"12 Main St, Warsaw, IN", "", ""},           // Indiana, not India nor Poland
		{"Berlin, DE", "DE", ""},                     // the city's own country code
		{"ул. Ленина 1, Москва, 101000", "RU", "RU"}, // no state code
		{"10 Downing Street, London, SW1A 2AA", "GB", "GB"},
	} {
		if cc, ok := ix.Country(tc.in); cc != tc.country || ok != (tc.country != "") {
			t.Errorf("Country(%q) = %q %v, want %q", tc.in, cc, ok, tc.country)
		}
		if cc, ok := ix.AddressLine(tc.in); cc != tc.line || ok != (tc.line != "") {
			t.Errorf("AddressLine(%q) = %q %v, want %q", tc.in, cc, ok, tc.line)
		}
	}
}

func TestNorthAmericanCodesOfOtherCountries(t *testing.T) {
	ix := NewIndex(nil)
	for _, tc := range []struct{ in, cc string }{
		{"Hauptstr. 5, München, DE 80331", "DE"},
		{"Via Roma 1, Milano, MI 20121", "IT"},
		{"Jl. Thamrin 1, Jakarta, ID 10110", "ID"},
		{"100 Central Ave, St. Petersburg, FL 33701", "US"},
	} {
		if cc, ok := ix.Country(tc.in); cc != tc.cc || !ok {
			t.Errorf("Country(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
		if cc, ok := ix.AddressLine(tc.in); cc != tc.cc || !ok {
			t.Errorf("AddressLine(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}

func TestZipRegions(t *testing.T) {
	ix := NewIndex(nil)
	for _, tc := range []struct{ in, cc string }{
		{"1200 Main St, Vancouver, WA 98660", "US"},
		{"1 Ocean Dr, Melbourne, FL 32901", "US"},
		{"5 Main St, Milan, MI 48160", "US"},
		{"12 Main Street, Delhi, NY 13753", "US"},
		{"Via Roma 1, Milano, MI 20121", "IT"},
		{"1 Rue X, Montréal, QC H2X 1Y4", "CA"},
	} {
		if cc, ok := ix.AddressLine(tc.in); cc != tc.cc || !ok {
			t.Errorf("AddressLine(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}
