package main

import (
	"fmt"
	"html"
	"math"
	"sort"
	"strings"
)

// latencySVG draws suggest latency (p50 and p99, one client) against
// directory size on log-log axes, one line per method and series, as a
// self-contained SVG.
func latencySVG(rows []row) string {
	type line struct {
		label  string
		color  string
		dash   string
		marker int
		pts    [][2]float64 // size, ms
	}
	var seriesNames []string
	seriesIndex := map[string]int{}
	lines := map[string]*line{}
	var order []string
	for _, r := range rows {
		if r.Phase != "suggest" || r.Clients != 1 || r.P50 <= 0 {
			continue
		}
		s := r.series()
		if _, ok := seriesIndex[s]; !ok {
			seriesIndex[s] = len(seriesNames)
			seriesNames = append(seriesNames, s)
		}
		for _, p := range []struct {
			name string
			v    float64
			dash string
		}{{"p50", r.P50, ""}, {"p99", r.P99, "6 4"}} {
			key := s + "|" + r.Method + "|" + p.name
			l, ok := lines[key]
			if !ok {
				color := "#1f6fb4"
				if r.Method == "baseline" {
					color = "#d0542a"
				}
				l = &line{label: r.Method + " " + p.name, color: color, dash: p.dash, marker: seriesIndex[s]}
				lines[key] = l
				order = append(order, key)
			}
			l.pts = append(l.pts, [2]float64{float64(r.Size), p.v})
		}
	}
	const (
		width, height            = 760.0, 460.0
		left, right, top, bottom = 70.0, 230.0, 50.0, 60.0
	)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>` + "\n")
	fmt.Fprintf(&b, `<text x="%.0f" y="24" font-size="15" font-weight="bold">Suggest latency against directory size (1 client)</text>`+"\n", left)
	if len(order) == 0 {
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f">no suggest runs yet</text></svg>`+"\n", left, height/2)
		return b.String()
	}
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		sort.Slice(l.pts, func(i, j int) bool { return l.pts[i][0] < l.pts[j][0] })
		for _, p := range l.pts {
			minX, maxX = math.Min(minX, p[0]), math.Max(maxX, p[0])
			minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
		}
	}
	lx0, lx1 := math.Log10(minX)-0.25, math.Log10(maxX)+0.25
	ly0, ly1 := math.Floor(math.Log10(minY)), math.Ceil(math.Log10(maxY))
	if ly1-ly0 < 1 {
		ly1 = ly0 + 1
	}
	pw, ph := width-left-right, height-top-bottom
	px := func(x float64) float64 { return left + (math.Log10(x)-lx0)/(lx1-lx0)*pw }
	py := func(y float64) float64 { return top + ph - (math.Log10(y)-ly0)/(ly1-ly0)*ph }

	// Grid and y ticks at 1, 2, 5 x 10^k milliseconds.
	for e := ly0; e <= ly1; e++ {
		for _, m := range []float64{1, 2, 5} {
			y := m * math.Pow(10, e)
			if math.Log10(y) > ly1+1e-9 {
				continue
			}
			stroke := "#eeeeee"
			if m == 1 {
				stroke = "#cccccc"
			}
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"/>`+"\n", left, py(y), left+pw, py(y), stroke)
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end">%s</text>`+"\n", left-6, py(y)+4, tickLabel(y))
		}
	}
	// x ticks at the measured sizes.
	var sizes []float64
	seen := map[float64]bool{}
	for _, l := range lines {
		for _, p := range l.pts {
			if !seen[p[0]] {
				seen[p[0]] = true
				sizes = append(sizes, p[0])
			}
		}
	}
	sort.Float64s(sizes)
	for _, s := range sizes {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#cccccc"/>`+"\n", px(s), top, px(s), top+ph)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", px(s), top+ph+18, sizeLabel(s))
	}
	fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="none" stroke="#444444"/>`+"\n", left, top, pw, ph)
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">organizations in the directory (log scale)</text>`+"\n", left+pw/2, height-16)
	fmt.Fprintf(&b, `<text transform="translate(18 %.1f) rotate(-90)" text-anchor="middle">milliseconds per query (log scale)</text>`+"\n", top+ph/2)

	for i, key := range order {
		l := lines[key]
		var pts []string
		for _, p := range l.pts {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", px(p[0]), py(p[1])))
		}
		dash := ""
		if l.dash != "" {
			dash = ` stroke-dasharray="` + l.dash + `"`
		}
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s/>`+"\n", strings.Join(pts, " "), l.color, dash)
		for _, p := range l.pts {
			b.WriteString(marker(l.marker, px(p[0]), py(p[1]), l.color))
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="10" fill="%s">%s</text>`+"\n", px(p[0])+6, py(p[1])-6, l.color, tickLabel(p[1]))
		}
		// Legend.
		ly := top + 10 + float64(i)*20
		lx := left + pw + 20
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2"%s/>`+"\n", lx, ly, lx+28, ly, l.color, dash)
		b.WriteString(marker(l.marker, lx+14, ly, l.color))
		label := l.label
		if len(seriesNames) > 1 {
			label += " (" + seriesNames[l.marker] + ")"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f">%s</text>`+"\n", lx+36, ly+4, html.EscapeString(label))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func marker(kind int, x, y float64, color string) string {
	switch kind % 3 {
	case 1:
		return fmt.Sprintf(`<rect x="%.1f" y="%.1f" width="7" height="7" fill="%s"/>`+"\n", x-3.5, y-3.5, color)
	case 2:
		return fmt.Sprintf(`<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="%s"/>`+"\n", x, y-4.5, x-4.5, y+3.5, x+4.5, y+3.5, color)
	}
	return fmt.Sprintf(`<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"/>`+"\n", x, y, color)
}

func tickLabel(ms float64) string {
	switch {
	case ms >= 1000:
		return fmt.Sprintf("%g s", math.Round(ms/100)/10)
	case ms >= 10 || ms >= 1 && math.Abs(ms-math.Round(ms)) < 1e-9:
		return fmt.Sprintf("%.0f", ms)
	case ms >= 1:
		return fmt.Sprintf("%.1f", ms)
	}
	return fmt.Sprintf("%.2f", ms)
}

func sizeLabel(n float64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%gM", n/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%gk", n/1e3)
	}
	return fmt.Sprintf("%g", n)
}
