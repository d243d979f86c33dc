package geo

import "strings"

// railsZones maps the time-zone names of Ruby on Rails
// (ActiveSupport::TimeZone::MAPPING, the names a Rails app stores from its
// time_zone_select, "Moscow", "Pacific Time (US & Canada)") to IANA zones,
// whose country zoneCountry gives. Keys are lower case.
//
// Rails picks its IANA zone for the UTC offset, not the place: "Hanoi" is
// Asia/Bangkok, "Abu Dhabi" Asia/Muscat, "Astana" Asia/Dhaka, "Quito"
// America/Lima. A user who picks "Hanoi" says where they are, so those map
// to a zone of the place named. Names that name no one country give
// nothing and are left out: "International Date Line West", "Mid-Atlantic",
// "Central America", "West Central Africa", "UTC", and the four
// "... Time (US & Canada)" zones, which span two countries.
var railsZones = map[string]string{
	"midway island": "Pacific/Midway", "american samoa": "Pacific/Pago_Pago", "hawaii": "Pacific/Honolulu",
	"alaska": "America/Juneau", "tijuana": "America/Tijuana", "arizona": "America/Phoenix",
	"chihuahua": "America/Chihuahua", "mazatlan": "America/Mazatlan", "saskatchewan": "America/Regina",
	"guadalajara": "America/Mexico_City", "mexico city": "America/Mexico_City", "monterrey": "America/Monterrey",
	"indiana (east)": "America/Indiana/Indianapolis", "bogota": "America/Bogota", "lima": "America/Lima",
	"quito": "America/Guayaquil", "atlantic time (canada)": "America/Halifax", "caracas": "America/Caracas",
	"la paz": "America/La_Paz", "santiago": "America/Santiago", "newfoundland": "America/St_Johns",
	"brasilia": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires", "montevideo": "America/Montevideo",
	"georgetown": "America/Guyana", "puerto rico": "America/Puerto_Rico", "greenland": "America/Nuuk",
	"azores": "Atlantic/Azores", "cape verde is.": "Atlantic/Cape_Verde", "dublin": "Europe/Dublin",
	"edinburgh": "Europe/London", "lisbon": "Europe/Lisbon", "london": "Europe/London",
	"casablanca": "Africa/Casablanca", "monrovia": "Africa/Monrovia", "belgrade": "Europe/Belgrade",
	"bratislava": "Europe/Bratislava", "budapest": "Europe/Budapest", "ljubljana": "Europe/Ljubljana",
	"prague": "Europe/Prague", "sarajevo": "Europe/Sarajevo", "skopje": "Europe/Skopje", "warsaw": "Europe/Warsaw",
	"zagreb": "Europe/Zagreb", "brussels": "Europe/Brussels", "copenhagen": "Europe/Copenhagen",
	"madrid": "Europe/Madrid", "paris": "Europe/Paris", "amsterdam": "Europe/Amsterdam", "berlin": "Europe/Berlin",
	"bern": "Europe/Zurich", "zurich": "Europe/Zurich", "rome": "Europe/Rome", "stockholm": "Europe/Stockholm",
	"vienna": "Europe/Vienna", "bucharest": "Europe/Bucharest", "cairo": "Africa/Cairo", "helsinki": "Europe/Helsinki",
	"kyiv": "Europe/Kyiv", "kyev": "Europe/Kyiv", "riga": "Europe/Riga", "sofia": "Europe/Sofia", "tallinn": "Europe/Tallinn",
	"vilnius": "Europe/Vilnius", "athens": "Europe/Athens", "istanbul": "Europe/Istanbul", "minsk": "Europe/Minsk",
	"jerusalem": "Asia/Jerusalem", "harare": "Africa/Harare", "pretoria": "Africa/Johannesburg",
	"kaliningrad": "Europe/Kaliningrad", "moscow": "Europe/Moscow", "st. petersburg": "Europe/Moscow",
	"volgograd": "Europe/Volgograd", "samara": "Europe/Samara", "kuwait": "Asia/Kuwait", "riyadh": "Asia/Riyadh",
	"nairobi": "Africa/Nairobi", "baghdad": "Asia/Baghdad", "tehran": "Asia/Tehran", "abu dhabi": "Asia/Dubai",
	"muscat": "Asia/Muscat", "baku": "Asia/Baku", "tbilisi": "Asia/Tbilisi", "yerevan": "Asia/Yerevan",
	"kabul": "Asia/Kabul", "ekaterinburg": "Asia/Yekaterinburg", "islamabad": "Asia/Karachi", "karachi": "Asia/Karachi",
	"tashkent": "Asia/Tashkent", "chennai": "Asia/Kolkata", "kolkata": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
	"new delhi": "Asia/Kolkata", "kathmandu": "Asia/Kathmandu", "astana": "Asia/Almaty", "dhaka": "Asia/Dhaka",
	"sri jayawardenepura": "Asia/Colombo", "almaty": "Asia/Almaty", "novosibirsk": "Asia/Novosibirsk",
	"rangoon": "Asia/Rangoon", "bangkok": "Asia/Bangkok", "hanoi": "Asia/Ho_Chi_Minh", "jakarta": "Asia/Jakarta",
	"krasnoyarsk": "Asia/Krasnoyarsk", "beijing": "Asia/Shanghai", "chongqing": "Asia/Chongqing",
	"hong kong": "Asia/Hong_Kong", "urumqi": "Asia/Urumqi", "kuala lumpur": "Asia/Kuala_Lumpur",
	"singapore": "Asia/Singapore", "taipei": "Asia/Taipei", "perth": "Australia/Perth", "irkutsk": "Asia/Irkutsk",
	"ulaanbaatar": "Asia/Ulaanbaatar", "ulaan bataar": "Asia/Ulaanbaatar", "seoul": "Asia/Seoul", "osaka": "Asia/Tokyo",
	"sapporo": "Asia/Tokyo", "tokyo": "Asia/Tokyo", "yakutsk": "Asia/Yakutsk", "darwin": "Australia/Darwin",
	"adelaide": "Australia/Adelaide", "canberra": "Australia/Melbourne", "melbourne": "Australia/Melbourne",
	"sydney": "Australia/Sydney", "brisbane": "Australia/Brisbane", "hobart": "Australia/Hobart",
	"vladivostok": "Asia/Vladivostok", "guam": "Pacific/Guam", "port moresby": "Pacific/Port_Moresby",
	"magadan": "Asia/Magadan", "srednekolymsk": "Asia/Srednekolymsk", "solomon is.": "Pacific/Guadalcanal",
	"new caledonia": "Pacific/Noumea", "fiji": "Pacific/Fiji", "kamchatka": "Asia/Kamchatka",
	"marshall is.": "Pacific/Majuro", "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
	"nuku'alofa": "Pacific/Tongatapu", "tokelau is.": "Pacific/Fakaofo", "chatham is.": "Pacific/Chatham",
	"samoa": "Pacific/Apia",
}

// railsZoneCountry reads a Rails zone name, bare ("Moscow") or as Rails
// and Windows label it ("(GMT+03:00) Moscow", "(UTC+05:30) Chennai,
// Kolkata, Mumbai, New Delhi"). A label listing places of several
// countries ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome") gives nothing.
func railsZoneCountry(v string) (string, bool) {
	if len(v) > 120 {
		return "", false
	}
	v = strings.ToLower(strings.TrimSpace(v))
	if strings.HasPrefix(v, "(gmt") || strings.HasPrefix(v, "(utc") {
		k := strings.IndexByte(v, ')')
		if k < 0 {
			return "", false
		}
		v = strings.TrimSpace(v[k+1:])
		if c, ok := zoneFolded()[v]; ok {
			return c, true // Strava's "(GMT+09:00) Asia/Seoul": an IANA name behind its offset
		}
	}
	if z, ok := railsZones[v]; ok {
		c, ok := zoneCountry[z]
		return c, ok
	}
	if !strings.Contains(v, ",") {
		return "", false
	}
	country := ""
	for _, part := range strings.Split(v, ",") {
		z, ok := railsZones[strings.TrimSpace(part)]
		if !ok {
			return "", false
		}
		c := zoneCountry[z]
		if c == "" || country != "" && c != country {
			return "", false
		}
		country = c
	}
	return country, country != ""
}
