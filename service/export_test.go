package service

// SetReloaderLangs sets the term languages the reloader takes the set in
// force to have (the start sets them from the rules directory).
func SetReloaderLangs(r *Reloader, langs ...string) {
	r.langs = map[string]bool{}
	for _, l := range langs {
		r.langs[l] = true
	}
}
