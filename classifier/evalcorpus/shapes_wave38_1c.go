package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------- 1C:Enterprise OData (standard.odata)

// The odata.metadata URL, DataVersion, DeletionMark, Predefined and
// PredefinedDataName, IsFolder, the zero Parent_Key and the navigation
// link URLs, a document's number, date and posting flag, the keys of
// the organisation, department, position, schedule, accrual and the
// kinds of contact information, LineNumber, the contact information's
// type, the kind of employment and a list query's URL are non-personal;
// so is the address's country (the residence) and its region. A
// person's or counterparty's Ref_Key (in the URL too), code,
// description, full name, surname, name and patronymic, birth date and
// place, sex, INN, IIN, PINFL, SNILS, identity document, the
// contact information's presentation, XML field values and JSON value,
// city, e-mail and domain, phone numbers, the employee key, hire date,
// salary, the responsible user and a sick note's number, dates and
// share paid are personal; the cause of incapacity on a sick note is
// sensitive (health). A citizenship register's country is the
// citizenship. The HTTP Basic credentials of the OData user are
// credentials.

type w38OneCCountry struct{ upper, code, region string }

var w38OneC = map[string]w38OneCCountry{"RU": {"РОССИЯ", "643", "Москва г"}, "KZ": {"КАЗАХСТАН", "398", "Алматы г"}, "BY": {"БЕЛАРУСЬ", "112", "Минская обл"},
	"UZ": {"УЗБЕКИСТАН", "860", "Ташкент г"}, "TJ": {"ТАДЖИКИСТАН", "762", "Душанбе г"}, "AM": {"АРМЕНИЯ", "051", "Ереван г"}, "UA": {"УКРАИНА", "804", "Киев г"}}

// w38Patronymic is a patronymic in the Russian form 1C's forms ask for
// (Belarusian and Uzbek ones as their owners write them at times).
func (g *gen) w38Patronymic(cc string) string {
	f := g.p.female
	switch cc {
	case "BY":
		return pick(g.r, map[bool][]string{false: {"Сяргеевіч", "Аляксандравіч"}, true: {"Сяргееўна", "Аляксандраўна"}}[f])
	case "UZ":
		if g.r.IntN(2) == 0 {
			return pick(g.r, map[bool][]string{false: {"Azizovich", "Rustamovich"}, true: {"Azizovna", "Rustamovna"}}[f])
		}
	case "KZ":
		return pick(g.r, map[bool][]string{false: {"Нурланович", "Серикович"}, true: {"Нурлановна", "Сериковна"}}[f])
	}
	return pick(g.r, map[bool][]string{false: {"Сергеевич", "Александрович", "Иванович"}, true: {"Сергеевна", "Александровна", "Ивановна"}}[f])
}

func (g *gen) w38Guid() string { return g.uuid() }

const w38ZeroGuid = "00000000-0000-0000-0000-000000000000"

// w38OneCContacts is the КонтактнаяИнформация tabular section.
func (g *gen) w38OneCContacts(ref string, cc string) *node {
	p := g.p
	c := w38OneC[cc]
	rows := A()
	line := 1
	if p.showResidence {
		repr := fmt.Sprintf("%s, %s, %s, %s", p.post, c.region, p.city, p.street)
		if g.r.IntN(2) == 0 {
			repr += fmt.Sprintf(", кв. %d", 1+g.r.IntN(200))
		}
		xml := fmt.Sprintf(`<КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Представление="%s"><Комментарий/><Состав xsi:type="Адрес" Страна="%s"><Состав xsi:type="АдресРФ"><СубъектРФ>%s</СубъектРФ><Город>%s</Город><Улица>%s</Улица><Индекс>%s</Индекс></Состав></Состав></КонтактнаяИнформация>`,
			repr, c.upper, c.region, p.city, p.street, p.post)
		if cc != "RU" {
			xml = fmt.Sprintf(`<КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Представление="%s"><Комментарий/><Состав xsi:type="Адрес" Страна="%s"><Состав>%s</Состав></Состав></КонтактнаяИнформация>`,
				repr, c.upper, repr)
		}
		row := O("Ref_Key", P(ref), "LineNumber", N(fmt.Sprint(line)), "Тип", N("Адрес"), "Вид_Key", N(g.w38Guid()), "Представление", P(repr), "ЗначенияПолей", P(xml),
			"Страна", g.residence(c.upper), "Регион", g.addrN(c.region), "Город", g.addr(p.city), "АдресЭП", N(""), "ДоменноеИмяСервера", N(""), "НомерТелефона", N(""), "НомерТелефонаБезКодов", N(""))
		if g.r.IntN(2) == 0 {
			row.set("Значение", P(fmt.Sprintf(`{"value":"%s","type":"Адрес","country":"%s","addressType":"ВСвободнойФорме","countryCode":"%s","ZIPcode":"%s","area":"%s","city":"%s","street":"%s"}`,
				repr, c.upper, c.code, p.post, c.region, p.city, p.street)))
		}
		row.set("ВидДляСписка_Key", N(g.w38Guid()))
		rows.arr = append(rows.arr, row)
		line++
	}
	if ph := g.phone(g.intl()); ph != nil {
		_, area, num := g.w37PhoneParts()
		cc, _, _ := g.w37PhoneParts()
		xml := fmt.Sprintf(`<КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Представление="%s"><Комментарий/><Состав xsi:type="НомерТелефона" КодСтраны="%s" КодГорода="%s" Номер="%s" Добавочный=""/></КонтактнаяИнформация>`,
			ph.raw, cc, area, num)
		rows.arr = append(rows.arr, O("Ref_Key", P(ref), "LineNumber", N(fmt.Sprint(line)), "Тип", N("Телефон"), "Вид_Key", N(g.w38Guid()), "Представление", ph, "ЗначенияПолей", P(xml),
			"Страна", N(""), "Регион", N(""), "Город", N(""), "АдресЭП", N(""), "ДоменноеИмяСервера", N(""), "НомерТелефона", P(g.e164()), "НомерТелефонаБезКодов", P(area+num)))
		line++
	}
	if g.r.IntN(3) != 0 {
		dom := p.email[strings.IndexByte(p.email, '@')+1:]
		rows.arr = append(rows.arr, O("Ref_Key", P(ref), "LineNumber", N(fmt.Sprint(line)), "Тип", N("АдресЭлектроннойПочты"), "Вид_Key", N(g.w38Guid()), "Представление", P(p.email),
			"ЗначенияПолей", P(fmt.Sprintf(`<КонтактнаяИнформация xmlns="http://www.v8.1c.ru/ssl/contactinfo" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Представление="%s"><Комментарий/><Состав xsi:type="ЭлектроннаяПочта" Значение="%s"/></КонтактнаяИнформация>`, p.email, p.email)),
			"Страна", N(""), "Регион", N(""), "Город", N(""), "АдресЭП", P(p.email), "ДоменноеИмяСервера", P(dom), "НомерТелефона", N(""), "НомерТелефонаБезКодов", N("")))
	}
	return rows
}

func oneCODataEntity(g *gen) *node {
	origin := pick(g.r, []string{"RU", "RU", "RU", "KZ", "KZ", "BY", "BY", "UZ", "UZ"})
	g.w37Redraw(origin)
	g.w37Age(18, 70)
	p := g.p
	cc := origin
	if origin != "RU" && g.r.IntN(4) == 0 { // a migrant worker on a Russian payroll
		g.w37Move("RU", g.r.IntN(2) == 0)
		cc = "RU"
		p.cit = countryByCode(origin)
	}
	if origin == "RU" && g.r.IntN(8) == 0 {
		p.cit = countryByCode(pick(g.r, []string{"TJ", "AM", "UA", "UZ"}))
	}
	pat := g.w38Patronymic(origin)
	fio := p.family + " " + p.given + " " + pat
	ref := g.w38Guid()
	base := pick(g.r, []string{"http://1c.local/zup", "https://erp.example.ru/buh", "http://srv1c/hrm_kz", "https://1c.example.by/zup3"})
	entity := pick(g.r, []string{"Catalog_ФизическиеЛица", "Catalog_ФизическиеЛица", "Catalog_Контрагенты", "Document_ПриемНаРаботу", "Document_БольничныйЛист", "InformationRegister_ГражданствоФизическихЛиц"})
	if entity == "InformationRegister_ГражданствоФизическихЛиц" && p.cit == p.c && g.r.IntN(2) == 0 {
		entity = "Catalog_ФизическиеЛица"
	}
	dv := N(base64.StdEncoding.EncodeToString([]byte{0, 0, 0, byte(1 + g.r.IntN(9)), 0, 0, 0, 0}))
	when := g.t.Add(-time.Duration(g.r.IntN(72)) * time.Hour).Format("2006-01-02T15:04:05")
	g.lab.BirthDate = ""
	var obj *node
	single := g.r.IntN(2) == 0
	switch entity {
	case "Catalog_ФизическиеЛица":
		g.lab.BirthDate = p.dob.Format("2006-01-02")
		obj = O("Ref_Key", P(ref), "DataVersion", dv, "DeletionMark", N(false), "Parent_Key", N(w38ZeroGuid), "IsFolder", N(false), "Code", P(fmt.Sprintf("%010d", 1+g.r.IntN(99999))),
			"Description", P(fio), "ДатаРождения", P(p.dob.Format("2006-01-02T15:04:05")), "Пол", P(map[bool]string{true: "Женский", false: "Мужской"}[p.female]))
		switch origin {
		case "RU":
			obj.set("ИНН", P(genINN(g.r, p.dob, p.female, [2]string{})))
			obj.set("СтраховойНомерПФР", P(genSNILS(g.r, p.dob, p.female, [2]string{})))
		case "KZ":
			obj.set("ИИН", P(genIIN(g.r, p.dob, p.female, [2]string{})))
		case "UZ":
			obj.set("ИНН", P(genUZINN(g.r)))
			obj.set("ПИНФЛ", P(genPINFL(g.r, p.dob, p.female)))
		case "BY":
			obj.set("ИНН", N(""))
		}
		if cc == "RU" && origin != "RU" {
			obj.set("СтраховойНомерПФР", P(genSNILS(g.r, p.dob, p.female, [2]string{})))
		}
		born := pick(g.r, countryByCode(origin).cities)
		obj.set("МестоРождения", P("0,"+born+",,,"+w38OneC[origin].upper))
		obj.set("Фамилия", P(p.family))
		obj.set("Имя", P(p.given))
		obj.set("Отчество", P(pat))
		obj.set("ИнициалыИмени", P(string([]rune(p.given)[0])+"."+string([]rune(pat)[0])+"."))
		obj.set("КонтактнаяИнформация", g.w38OneCContacts(ref, cc))
		obj.set("Predefined", N(false))
		obj.set("PredefinedDataName", N(""))
		obj.set("Parent@navigationLinkUrl", P(entity+"(guid'"+ref+"')/Parent"))
	case "Catalog_Контрагенты":
		obj = O("Ref_Key", P(ref), "DataVersion", dv, "DeletionMark", N(false), "Parent_Key", N(w38ZeroGuid), "IsFolder", N(false), "Code", P(fmt.Sprintf("%09d", 1+g.r.IntN(99999))),
			"Description", P(p.family+" "+string([]rune(p.given)[0])+". "+string([]rune(pat)[0])+"."), "НаименованиеПолное", P(pick(g.r, []string{"", "ИП "})+fio),
			"ЮридическоеФизическоеЛицо", N("ФизическоеЛицо"))
		switch origin {
		case "RU":
			obj.set("ИНН", P(genINN(g.r, p.dob, p.female, [2]string{})))
			ser, num := genRUPassport(g.r, g.t.AddDate(-g.r.IntN(15), 0, 0))
			obj.set("ДокументУдостоверяющийЛичность", P(fmt.Sprintf("Паспорт гражданина Российской Федерации, серия: %s, № %s, выдан: %s, %s", ser, num,
				g.t.AddDate(-g.r.IntN(15), -g.r.IntN(12), 0).Format("02.01.2006"), pick(g.r, []string{"ГУ МВД России по г. Москве", "ОУФМС России по Республике Татарстан", "МВД по Новосибирской обл."}))))
		case "KZ":
			obj.set("ИдентификационныйКодЛичности", P(genIIN(g.r, p.dob, p.female, [2]string{})))
		case "UZ":
			obj.set("ИНН", P(genUZINN(g.r)))
		case "BY":
			obj.set("ДокументУдостоверяющийЛичность", P(fmt.Sprintf("Паспорт гражданина Республики Беларусь, серия: %s, № %s", pick(g.r, []string{"MP", "HB", "KH", "AB"}), pattern(g.r, "#######"))))
		}
		obj.set("КПП", N(""))
		obj.set("СтранаРегистрации_Key", N(g.w38Guid()))
		obj.set("ОсновнойБанковскийСчет_Key", P(g.w38Guid()))
		obj.set("КонтактнаяИнформация", g.w38OneCContacts(ref, cc))
		obj.set("Predefined", N(false))
		obj.set("PredefinedDataName", N(""))
	case "Document_ПриемНаРаботу":
		fl := g.w38Guid()
		start := g.t.AddDate(0, -g.r.IntN(6), -g.r.IntN(28))
		obj = O("Ref_Key", N(ref), "DataVersion", dv, "DeletionMark", N(false), "Number", N(fmt.Sprintf("%s-%06d", pick(g.r, []string{"ЗУП0", "0000", "КА00"}), g.r.IntN(1000))),
			"Date", N(when), "Posted", N(true), "Организация_Key", N(g.w38Guid()), "Сотрудник_Key", P(g.w38Guid()), "ФизическоеЛицо_Key", P(fl),
			"ДатаПриема", N(start.Format("2006-01-02T00:00:00")), "Подразделение_Key", N(g.w38Guid()), "Должность_Key", N(g.w38Guid()), "ВидЗанятости", N("ОсновноеМестоРаботы"),
			"ГрафикРаботы_Key", N(g.w38Guid()), "КоличествоСтавок", N(1), "Ответственный_Key", P(g.w38Guid()),
			"Комментарий", P(pick(g.r, []string{"Прием ", "Оформление: "})+p.family+" "+string([]rune(p.given)[0])+"."),
			"Начисления", A(O("Ref_Key", N(ref), "LineNumber", N("1"), "Начисление_Key", N(g.w38Guid()), "Размер", P(1000*(30+g.r.IntN(250))))))
	case "Document_БольничныйЛист":
		from := g.t.AddDate(0, 0, -g.r.IntN(40))
		days := 3 + g.r.IntN(14)
		cause := pick(g.r, []string{"(01) Заболевание", "(01) Заболевание", "(02) Травма", "(03) Карантин", "(09) Уход за больным членом семьи"})
		if p.female && g.r.IntN(4) == 0 {
			cause, days = "(05) Отпуск по беременности и родам", 140
		}
		obj = O("Ref_Key", N(ref), "DataVersion", dv, "DeletionMark", N(false), "Number", N(fmt.Sprintf("0000-%06d", g.r.IntN(100000))), "Date", N(when), "Posted", N(true),
			"Организация_Key", N(g.w38Guid()), "Сотрудник_Key", P(g.w38Guid()), "ФизическоеЛицо_Key", P(g.w38Guid()),
			"НомерЛисткаНетрудоспособности", P(pattern(g.r, "9############")), "ДатаНачала", P(from.Format("2006-01-02T00:00:00")),
			"ДатаОкончания", P(from.AddDate(0, 0, days).Format("2006-01-02T00:00:00")), "ПричинаНетрудоспособности", S(cause, "health"),
			"ПроцентОплаты", P(pick(g.r, []int{60, 80, 100})), "Ответственный_Key", P(g.w38Guid()))
	default: // the citizenship register, with the country expanded
		p.showCitizenship = true
		obj = O("Period", N(g.t.AddDate(-g.r.IntN(10), 0, 0).Format("2006-01-02T00:00:00")), "ФизическоеЛицо_Key", P(ref), "Страна_Key", N(g.w38Guid()),
			"Страна", O("Ref_Key", N(g.w38Guid()), "Description", g.citizenship(w38OneC[p.cit.code].upper), "Code", g.citizenship(w38OneC[p.cit.code].code)),
			"ЛицоБезГражданства", N(false), "ПринятоВГражданство", N(false))
		if w38OneC[p.cit.code].upper == "" {
			obj.set("Страна", O("Description", g.citizenship(strings.ToUpper(w37English(p.cit.code)))))
		}
	}
	meta := base + "/odata/standard.odata/$metadata#" + entity
	auth := C("Basic " + base64.StdEncoding.EncodeToString([]byte(pick(g.r, []string{"odata", "Администратор", "integration"})+":"+g.b62(12))))
	var body *node
	var url *node
	if single && entity != "InformationRegister_ГражданствоФизическихЛиц" {
		body = O("odata.metadata", N(meta+"/@Element"))
		body.obj = append(body.obj, obj.obj...)
		url = P(base + "/odata/standard.odata/" + entity + "(guid'" + ref + "')?$format=json")
	} else {
		body = O("odata.metadata", N(meta), "value", A(obj))
		url = N(base + "/odata/standard.odata/" + entity + "?$format=json&$top=100")
		if entity == "InformationRegister_ГражданствоФизическихЛиц" {
			url = P(base + "/odata/standard.odata/" + entity + "?$format=json&$expand=Страна&$filter=ФизическоеЛицо_Key eq guid'" + ref + "'")
		}
	}
	if g.r.IntN(2) == 0 {
		return body
	}
	return O("request", O("method", N("GET"), "url", url, "headers", O("Authorization", auth, "Accept", N("application/json"))), "response", O("status", N(200), "body", body))
}
