package server

import (
	"encoding/base64"
	"fmt"
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"

	"github.com/partnermatch/partnermatch"
)

// listQuery is a parsed GET /v1/organizations.
type listQuery struct {
	text, lang         string
	sector             partnermatch.Sector
	lat, lon, radiusKM float64
	hasPoint           bool
	limit, offset      int
}

func parseListQuery(q url.Values) (listQuery, error) {
	var lq listQuery
	p, err := newParams(q, "q", "lang", "sector", "near", "radius_km", "limit", "cursor")
	if err != nil {
		return lq, err
	}
	lq.text = strings.TrimSpace(p.str("q"))
	lq.lang = p.str("lang")
	if lq.lang == "" {
		lq.lang = "en"
	}
	if !partnermatch.KnownLanguage(lq.lang) {
		return lq, fieldError("lang", "%q is not an ISO 639-1 language code (such as en, fr, es)", lq.lang)
	}
	if lq.sector, err = p.sector("sector"); err != nil {
		return lq, err
	}
	if lq.lat, lq.lon, lq.hasPoint, err = p.point("near"); err != nil {
		return lq, err
	}
	if p.has("radius_km") && !lq.hasPoint {
		return lq, fieldError("radius_km", "needs near=lat,lon: a radius around what?")
	}
	if lq.radiusKM, err = p.float("radius_km", DefaultNearRadiusKM, 0.001, partnermatch.MaxRadiusKM); err != nil {
		return lq, err
	}
	if lq.limit, err = p.int("limit", DefaultListLimit, 1, MaxListLimit); err != nil {
		return lq, err
	}
	if p.has("cursor") {
		if lq.offset, err = decodeCursor(p.str("cursor"), lq.fingerprint()); err != nil {
			return lq, err
		}
	}
	return lq, nil
}

// fingerprint identifies the filters of a listing, so that a cursor is not
// used with other filters than those it was issued for.
func (lq listQuery) fingerprint() uint32 {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%v\x00%v,%v,%v", lq.text, lq.lang, lq.sector, lq.hasPoint, lq.lat, lq.lon, lq.radiusKM)
	return h.Sum32()
}

// A cursor is opaque to clients: base64url of "v1.OFFSET.FINGERPRINT".
func encodeCursor(offset int, fingerprint uint32) string {
	return base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "v1.%d.%08x", offset, fingerprint))
}

func decodeCursor(s string, fingerprint uint32) (int, error) {
	bad := fieldError("cursor", "%q is not a cursor this server issued; pass next_cursor from the previous page unchanged", s)
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, bad
	}
	parts := strings.Split(string(raw), ".")
	if len(parts) != 3 || parts[0] != "v1" {
		return 0, bad
	}
	offset, err := strconv.Atoi(parts[1])
	if err != nil || offset < 0 {
		return 0, bad
	}
	fp, err := strconv.ParseUint(parts[2], 16, 32)
	if err != nil {
		return 0, bad
	}
	if uint32(fp) != fingerprint {
		return 0, fieldError("cursor", "was issued for other filters; repeat the q, lang, sector, near and radius_km of the first page with it")
	}
	return offset, nil
}
