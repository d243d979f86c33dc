package classifier

import (
	"crypto/hmac"
	"crypto/sha256"
)

// mac256 appends the token of msg ("category NUL value"): the keyed
// pseudonym of a value, HMAC-SHA-256 under the configured key, with the
// category as a domain separator so equal values of different kinds do not
// join. Unkeyed hashes of e-mails and phones can be reversed by
// enumeration, so there is no fallback without a key.
func (s *scratch) mac256(key, msg, dst []byte) []byte {
	if s.mac == nil || string(s.macKey) != string(key) {
		s.mac = hmac.New(sha256.New, key)
		s.macKey = append(s.macKey[:0], key...)
	}
	s.mac.Reset()
	s.mac.Write(msg)
	s.buf = s.mac.Sum(s.buf[:0])
	dst = append(dst, "tok_"...)
	return appendB64(dst, s.buf[:18])
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

func appendB64(dst, src []byte) []byte {
	for i := 0; i+3 <= len(src); i += 3 {
		v := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], b64[v&63])
	}
	return dst
}
