package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// guard lets through only the requests that who allows.
func (s *Server) guard(who access, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.authorize(who, r); err != nil {
			s.fail(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) authorize(who access, r *http.Request) error {
	switch who {
	case writer:
		if s.cfg.WriteToken == "" { // InsecureOpenWrites
			return nil
		}
	case reader:
		if s.cfg.ReadToken == "" {
			return nil
		}
	default:
		return nil
	}
	token, err := bearer(r)
	if err != nil {
		return err
	}
	switch {
	case s.cfg.WriteToken != "" && sameToken(token, s.cfg.WriteToken):
		return nil
	case who == reader && sameToken(token, s.cfg.ReadToken):
		return nil
	case s.cfg.ReadToken != "" && sameToken(token, s.cfg.ReadToken):
		return partnermatch.Errorf(CodeForbidden, "the read token does not allow writes; this request needs the write token")
	}
	return partnermatch.Errorf(CodeUnauthorized, "the bearer token is not one this server accepts")
}

// isWriter reports whether the request carries the write token: only
// writers see the email of individuals.
func (s *Server) isWriter(r *http.Request) bool {
	if s.cfg.WriteToken == "" {
		return false // open writes: nobody can prove to be the operator
	}
	token, err := bearer(r)
	return err == nil && sameToken(token, s.cfg.WriteToken)
}

// bearer returns the token of an "Authorization: Bearer TOKEN" header.
func bearer(r *http.Request) (string, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return "", partnermatch.Errorf(CodeUnauthorized, "this request needs an Authorization: Bearer TOKEN header")
	}
	scheme, token, ok := strings.Cut(h, " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", partnermatch.Errorf(CodeUnauthorized, "the Authorization header must read \"Bearer TOKEN\"")
	}
	return token, nil
}

// sameToken compares tokens in constant time. Hashing first makes the time
// independent of the lengths too, which subtle.ConstantTimeCompare is not.
func sameToken(given, want string) bool {
	a, b := sha256.Sum256([]byte(given)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}
