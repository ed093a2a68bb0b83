package crm

import (
	"html"
	"regexp"
	"strings"
)

var (
	htmlDrop    = regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)\s*>`)
	htmlBreak   = regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|tr|li|h[1-6]|blockquote)\s*>`)
	htmlAnyTag  = regexp.MustCompile(`(?s)<[^<>]+>`)
	bbTag       = regexp.MustCompile(`\[/?[a-zA-Z*]+(=[^\]]*)?\]`)
	blankLines  = regexp.MustCompile(`\n\s*\n+`)
	spaceTabRun = regexp.MustCompile(`[ \t\f\r]+`)
)

// htmlToText turns an HTML body that a CRM declares as HTML (Bitrix24 DESCRIPTION_TYPE=3) into
// plain text. It is used only where the source says the body is HTML; undeclared markup is left in
// place and then quarantined by Validate.
func htmlToText(s string) string {
	s = htmlDrop.ReplaceAllString(s, "")
	s = htmlBreak.ReplaceAllString(s, "\n")
	s = htmlAnyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	return tidy(s)
}

// bbToText drops BB-code tags ([b], [url=...], [USER=1]) and keeps their content.
func bbToText(s string) string { return tidy(bbTag.ReplaceAllString(s, "")) }

func tidy(s string) string {
	s = spaceTabRun.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	return strings.TrimSpace(blankLines.ReplaceAllString(s, "\n\n"))
}
