// Command gen-conversations writes synthetic ru/en CRM conversations in the unified contract for the
// demo. All names, phones and e-mails are invented. -from and -n pick a window of the deterministic
// sequence, so a later window is "new data" for the incremental pull; -malformed appends one broken
// line to show quarantine.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/iml/iml/internal/sampledata"
)

func main() {
	from := flag.Int("from", 0, "first conversation index")
	n := flag.Int("n", 30, "number of conversations")
	seed := flag.Int64("seed", 42, "seed")
	malformed := flag.Bool("malformed", false, "append one malformed line")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	err := sampledata.WriteJSONL(w, *seed, *from, *n)
	if err == nil && *malformed {
		_, err = fmt.Fprintln(w, `{"kind":"communication","source":{"system":"demo"},"channel":"chat"`)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen-conversations:", err)
		os.Exit(1)
	}
}
