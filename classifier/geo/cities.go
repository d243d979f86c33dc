package geo

// cityCountry maps the folded names of large cities to their country: a
// signup that names only its city ("city": "Москва") still names where
// its subject lives, weakly (a city is a place, not a home country, and
// some names repeat abroad). Cities whose name is as common elsewhere
// (Córdoba, Valencia, San José, Hyderabad, Perth, Birmingham, Victoria)
// are left out on purpose: they would guess.
var cityCountry = func() map[string]string {
	m := map[string]string{}
	for cc, names := range map[string][]string{
		"RU": {"Moscow", "Москва", "Moskva", "Saint Petersburg", "St. Petersburg", "Санкт-Петербург", "Novosibirsk", "Новосибирск", "Yekaterinburg", "Екатеринбург", "Kazan", "Казань", "Nizhny Novgorod", "Нижний Новгород", "Chelyabinsk", "Челябинск", "Samara", "Самара", "Omsk", "Омск", "Rostov-on-Don", "Ростов-на-Дону", "Ufa", "Уфа", "Krasnoyarsk", "Красноярск", "Voronezh", "Воронеж", "Perm", "Пермь", "Volgograd", "Волгоград", "Krasnodar", "Краснодар", "Vladivostok", "Владивосток"},
		"UA": {"Kyiv", "Kiev", "Київ", "Киев", "Kharkiv", "Харків", "Odesa", "Odessa", "Одеса", "Dnipro", "Дніпро", "Lviv", "Львів", "Zaporizhzhia", "Запоріжжя"},
		"BY": {"Minsk", "Мінск", "Минск", "Gomel", "Homel", "Гомель", "Brest", "Брест", "Grodno", "Гродно", "Vitebsk", "Витебск"},
		"KZ": {"Almaty", "Алматы", "Astana", "Астана", "Nur-Sultan", "Shymkent", "Шымкент", "Karaganda", "Qaraghandy", "Караганда", "Aktobe", "Актобе"},
		"UZ": {"Tashkent", "Toshkent", "Ташкент", "Samarkand", "Samarqand", "Самарканд", "Bukhara", "Buxoro", "Namangan"},
		"KG": {"Bishkek", "Бишкек", "Osh", "Ош"},
		"TJ": {"Dushanbe", "Душанбе"},
		"AM": {"Yerevan", "Երևան", "Ереван"},
		"GE": {"Tbilisi", "თბილისი", "Тбилиси", "Batumi", "ბათუმი"},
		"AZ": {"Baku", "Bakı", "Баку"},
		"MD": {"Chisinau", "Chișinău", "Кишинёв"},
		"CN": {"Beijing", "北京", "Shanghai", "上海", "Guangzhou", "广州", "Shenzhen", "深圳", "Chengdu", "成都", "Chongqing", "重庆", "Tianjin", "天津", "Wuhan", "武汉", "Hangzhou", "杭州", "Nanjing", "南京", "Xi'an", "西安"},
		"TW": {"Taipei", "臺北", "台北", "台北市", "臺北市", "New Taipei", "新北", "新北市", "Tainan", "台南", "臺南", "Taoyuan", "桃園", "Kaohsiung", "高雄", "Taichung", "臺中", "台中"},
		"HK": {"Hong Kong", "香港", "Kowloon", "九龍", "九龙", "Tsim Sha Tsui", "尖沙咀", "Mong Kok", "旺角", "Sha Tin", "沙田"},
		"MO": {"Macau", "Macao", "澳門", "澳门"},
		"JP": {"Tokyo", "東京", "Osaka", "大阪", "Yokohama", "横浜", "Nagoya", "名古屋", "Sapporo", "札幌", "Fukuoka", "福岡", "Kyoto", "京都", "Kobe", "神戸"},
		"KR": {"Seoul", "서울", "Busan", "부산", "Incheon", "인천", "Daegu", "대구", "Daejeon", "대전", "Gwangju", "광주"},
		"VN": {"Hanoi", "Hà Nội", "Ha Noi", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Saigon", "Sài Gòn", "Da Nang", "Đà Nẵng", "Hai Phong", "Hải Phòng", "Can Tho", "Cần Thơ"},
		"TH": {"Bangkok", "กรุงเทพมหานคร", "กรุงเทพฯ", "Chiang Mai", "เชียงใหม่", "Phuket", "ภูเก็ต", "Pattaya"},
		"ID": {"Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Denpasar", "Yogyakarta"},
		"MY": {"Kuala Lumpur", "George Town", "Johor Bahru", "Ipoh", "Shah Alam"},
		"SG": {"Singapore", "新加坡", "Singapura"},
		"PH": {"Manila", "Quezon City", "Davao City", "Cebu City", "Makati"},
		"IN": {"Mumbai", "Bombay", "मुंबई", "Delhi", "New Delhi", "नई दिल्ली", "दिल्ली", "Bengaluru", "Bangalore", "Chennai", "Madras", "Kolkata", "Calcutta", "Pune", "Ahmedabad", "Jaipur", "Lucknow", "Kanpur", "Nagpur", "Surat", "Kochi"},
		"PK": {"Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Peshawar", "کراچی", "لاہور"},
		"BD": {"Dhaka", "ঢাকা", "Chittagong", "Chattogram", "Khulna"},
		"LK": {"Colombo", "කොළඹ", "Kandy"},
		"NP": {"Kathmandu", "काठमाडौं", "Pokhara"},
		"TR": {"Istanbul", "İstanbul", "Ankara", "Izmir", "İzmir", "Bursa", "Antalya", "Adana", "Konya", "Gaziantep"},
		"IL": {"Tel Aviv", "תל אביב", "Jerusalem", "ירושלים", "Haifa", "חיפה"},
		"AE": {"Dubai", "دبي", "Abu Dhabi", "أبو ظبي", "Sharjah", "الشارقة"},
		"SA": {"Riyadh", "الرياض", "Jeddah", "جدة", "Mecca", "Makkah", "مكة", "Medina", "Dammam", "الدمام"},
		"QA": {"Doha", "الدوحة"},
		"KW": {"Kuwait City", "مدينة الكويت"},
		"BH": {"Manama", "المنامة"},
		"OM": {"Muscat", "مسقط"},
		"JO": {"Amman", "عمّان", "عمان"},
		"LB": {"Beirut", "بيروت"},
		"EG": {"Cairo", "القاهرة", "Giza", "الجيزة"},
		"MA": {"Casablanca", "الدار البيضاء", "Rabat", "الرباط", "Marrakesh", "Marrakech", "Fes", "Fès", "Tangier", "Tanger"},
		"TN": {"Tunis", "تونس", "Sfax"},
		"DZ": {"Algiers", "Alger", "الجزائر", "Oran", "وهران"},
		"NG": {"Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt"},
		"GH": {"Accra", "Kumasi"},
		"KE": {"Nairobi", "Mombasa", "Kisumu"},
		"UG": {"Kampala"},
		"TZ": {"Dar es Salaam", "Dodoma"},
		"RW": {"Kigali"},
		"ET": {"Addis Ababa", "አዲስ አበባ"},
		"ZA": {"Johannesburg", "Cape Town", "Kaapstad", "Durban", "Pretoria", "Soweto"},
		"ZM": {"Lusaka"},
		"ZW": {"Harare", "Bulawayo"},
		"SN": {"Dakar"},
		"CI": {"Abidjan", "Yamoussoukro"},
		"DE": {"Berlin", "Hamburg", "Munich", "München", "Cologne", "Köln", "Frankfurt", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Dusseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Hanover", "Nuremberg", "Nürnberg"},
		"FR": {"Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille", "Rennes"},
		"ES": {"Madrid", "Barcelona", "Seville", "Sevilla", "Zaragoza", "Málaga", "Malaga", "Bilbao", "Palma", "Las Palmas"},
		"IT": {"Rome", "Roma", "Milan", "Milano", "Naples", "Napoli", "Turin", "Torino", "Palermo", "Genoa", "Genova", "Bologna", "Florence", "Firenze", "Venice", "Venezia"},
		"PT": {"Lisbon", "Lisboa", "Porto", "Braga", "Coimbra"},
		"NL": {"Amsterdam", "Rotterdam", "The Hague", "Den Haag", "'s-Gravenhage", "Utrecht", "Eindhoven"},
		"BE": {"Brussels", "Bruxelles", "Brussel", "Antwerp", "Antwerpen", "Ghent", "Gent", "Liège", "Liege"},
		"AT": {"Vienna", "Wien", "Graz", "Linz", "Salzburg", "Innsbruck"},
		"CH": {"Zurich", "Zürich", "Geneva", "Genève", "Genf", "Basel", "Bern", "Lausanne"},
		"PL": {"Warsaw", "Warszawa", "Kraków", "Krakow", "Łódź", "Lodz", "Wrocław", "Wroclaw", "Poznań", "Poznan", "Gdańsk", "Gdansk", "Szczecin", "Lublin", "Katowice"},
		"CZ": {"Prague", "Praha", "Brno", "Ostrava", "Plzeň", "Plzen"},
		"SK": {"Bratislava", "Košice", "Kosice"},
		"HU": {"Budapest", "Debrecen", "Szeged"},
		"RO": {"Bucharest", "București", "Bucuresti", "Cluj-Napoca", "Timișoara", "Timisoara", "Iași", "Iasi", "Constanța", "Constanta"},
		"BG": {"Sofia", "София", "Plovdiv", "Пловдив", "Varna", "Варна"},
		"GR": {"Athens", "Αθήνα", "Thessaloniki", "Θεσσαλονίκη", "Patras", "Πάτρα"},
		"RS": {"Belgrade", "Beograd", "Београд", "Novi Sad", "Нови Сад"},
		"HR": {"Zagreb", "Split"},
		"SE": {"Stockholm", "Gothenburg", "Göteborg", "Malmö", "Malmo", "Uppsala"},
		"NO": {"Oslo", "Bergen", "Trondheim", "Stavanger"},
		"DK": {"Copenhagen", "København", "Aarhus", "Århus", "Odense"},
		"FI": {"Helsinki", "Helsingfors", "Espoo", "Tampere", "Turku", "Oulu"},
		"IE": {"Dublin", "Cork", "Galway", "Limerick"},
		"GB": {"London", "Manchester", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Bristol", "Sheffield", "Cardiff", "Belfast", "Newcastle upon Tyne", "Nottingham", "Leicester"},
		"LT": {"Vilnius", "Kaunas"},
		"LV": {"Riga", "Rīga"},
		"EE": {"Tallinn", "Tartu"},
		"US": {"New York", "New York City", "NYC", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego", "Dallas", "Austin", "Jacksonville", "San Francisco", "Seattle", "Denver", "Boston", "Atlanta", "Miami", "Detroit", "Las Vegas", "Washington, D.C.", "Washington DC"},
		"CA": {"Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Ottawa", "Winnipeg", "Quebec City", "Québec"},
		"MX": {"Mexico City", "Ciudad de México", "CDMX", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "León", "Cancún", "Cancun", "Mérida"},
		"BR": {"São Paulo", "Sao Paulo", "Rio de Janeiro", "Brasília", "Brasilia", "Salvador", "Fortaleza", "Belo Horizonte", "Manaus", "Curitiba", "Recife", "Porto Alegre", "Goiânia", "Belém"},
		"AR": {"Buenos Aires", "Rosario", "Mendoza", "La Plata", "Mar del Plata"},
		"CL": {"Santiago de Chile", "Valparaíso", "Valparaiso", "Concepción", "Antofagasta", "Viña del Mar"},
		"CO": {"Bogotá", "Bogota", "Medellín", "Medellin", "Cali", "Barranquilla", "Cartagena de Indias"},
		"PE": {"Lima", "Arequipa", "Trujillo", "Cusco", "Cuzco"},
		"UY": {"Montevideo"},
		"EC": {"Quito", "Guayaquil"},
		"AU": {"Sydney", "Melbourne", "Brisbane", "Adelaide", "Canberra", "Gold Coast"},
		"NZ": {"Auckland", "Wellington", "Christchurch"},
		"MN": {"Ulaanbaatar", "Улаанбаатар"},
		"KH": {"Phnom Penh", "ភ្នំពេញ"},
	} {
		for _, n := range names {
			m[Fold(n)] = cc
		}
	}
	return m
}()

// City returns the country of a large city written by its name in
// English or in its own language ("Москва", "München", "서울"), or false
// for any other place.
func City(v string) (string, bool) {
	if len(v) < 2 || len(v) > 80 {
		return "", false
	}
	cc, ok := cityCountry[Fold(v)]
	return cc, ok
}
